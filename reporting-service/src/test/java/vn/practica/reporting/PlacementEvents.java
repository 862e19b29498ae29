package vn.practica.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.practica.events.CloudEventHeaders;
import vn.practica.events.Topics;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;

/**
 * Placement events for reporting's tests, from the contract's samples: a business's offers, students' applications
 * and placements, each aggregate with its own versions and each event at a given time ({@code ce_time}).
 */
public final class PlacementEvents {
    private final List<SampleEvent> events = new ArrayList<>();

    /** A student: pseudonymous id and school. */
    public record Student(UUID id, UUID school) {
        public static Student of(UUID school) {
            return new Student(UUID.randomUUID(), school);
        }
    }

    /** An offer's terms. */
    public record Offer(UUID id, UUID business, String field, String province, int seats) {
        public static Offer of(UUID business, String field, String province, int seats) {
            return new Offer(UUID.randomUUID(), business, field, province, seats);
        }
    }

    public List<SampleEvent> events() {
        return List.copyOf(events);
    }

    public void send() {
        SampleEvents.send(Topics.PLACEMENT, events.toArray(SampleEvent[]::new));
    }

    public PlacementEvents offer(String type, Offer offer, String status, long version, String time) {
        Map<String, Object> data = new HashMap<>();
        data.put("offerId", offer.id().toString());
        data.put("businessId", offer.business().toString());
        data.put("status", status);
        data.put("fieldCode", offer.field());
        data.put("provinceCode", offer.province());
        data.put("workMode", offer.province() == null ? "REMOTE" : "ONSITE");
        data.put("totalJobOpenings", offer.seats());
        data.put("version", version);
        return add("placement/offer." + type + ".v1.json", offer.id(), data, time);
    }

    public PlacementEvents published(Offer offer, String time) {
        return offer("published", offer, "OPEN", 1, time);
    }

    public PlacementEvents cancelled(Offer offer, long version, String time) {
        return offer("cancelled", offer, "CANCELLED", version, time);
    }

    /** An application's move; {@code type} is submitted, status-changed or withdrawn. */
    public PlacementEvents application(
            String type, UUID application, Offer offer, Student student, String to, long version, String time) {
        Map<String, Object> data = terms(offer);
        data.put("applicationId", application.toString());
        data.put("offerId", offer.id().toString());
        data.put("schoolId", student.school().toString());
        data.put("studentId", student.id().toString());
        data.put("toStatus", to);
        data.put("version", version);
        return add("placement/application." + type + ".v1.json", application, data, time);
    }

    public PlacementEvents applied(UUID application, Offer offer, Student student, String time) {
        return application("submitted", application, offer, student, "SUBMITTED", 1, time);
    }

    /** A placement's change; {@code type} is proposed, withdrawn or terminated. */
    public PlacementEvents placement(
            String type,
            UUID placement,
            UUID application,
            Offer offer,
            Student student,
            String status,
            long version,
            String time) {
        Map<String, Object> data = terms(offer);
        data.put("placementId", placement.toString());
        data.put("applicationId", application.toString());
        data.put("offerId", offer.id().toString());
        data.put("schoolId", student.school().toString());
        data.put("studentId", student.id().toString());
        data.put("status", status);
        data.put("endedBy", "PROPOSED".equals(status) ? null : "WITHDRAWN".equals(status) ? "STUDENT" : "BUSINESS");
        data.put("version", version);
        return add("placement/placement." + type + ".v1.json", placement, data, time);
    }

    /** An accepted application (version 4) and the placement it makes, at the same time. */
    public PlacementEvents placed(UUID placement, UUID application, Offer offer, Student student, String time) {
        application("status-changed", application, offer, student, "ACCEPTED", 4, time);
        return placement("proposed", placement, application, offer, student, "PROPOSED", 1, time);
    }

    public PlacementEvents student(Student student, long version, String time) {
        return student(student, version, time, Map.of());
    }

    /** A student whose field interests are {@code interests} instead of the sample's. */
    public PlacementEvents student(Student student, long version, String time, List<String> interests) {
        return student(student, version, time, Map.of("fieldInterests", interests));
    }

    private PlacementEvents student(Student student, long version, String time, Map<String, Object> more) {
        Map<String, Object> data = new HashMap<>(more);
        data.put("studentId", student.id().toString());
        data.put("schoolId", student.school().toString());
        data.put("version", version);
        return add(
                "placement/student." + (version == 1 ? "registered" : "updated") + ".v1.json",
                student.id(),
                data,
                time);
    }

    private static Map<String, Object> terms(Offer offer) {
        Map<String, Object> data = new HashMap<>();
        data.put("businessId", offer.business().toString());
        data.put("fieldCode", offer.field());
        data.put("provinceCode", offer.province());
        data.put("workMode", offer.province() == null ? "REMOTE" : "ONSITE");
        return data;
    }

    private PlacementEvents add(String sample, UUID key, Map<String, Object> data, String time) {
        SampleEvent event = SampleEvents.sample(sample, key.toString(), data);
        Map<String, String> headers = new HashMap<>(event.headers());
        headers.put(CloudEventHeaders.TIME, time);
        events.add(new SampleEvent(event.key(), headers, event.value()));
        return this;
    }
}
