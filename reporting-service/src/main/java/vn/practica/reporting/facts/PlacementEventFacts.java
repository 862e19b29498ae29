package vn.practica.reporting.facts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.practica.events.placement.ApplicationEventData;
import vn.practica.events.placement.OfferEventData;
import vn.practica.events.placement.PlacementEventData;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.events.placement.StudentEventData;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.inbox.MalformedEventException;
import vn.practica.reporting.facts.FactChange.ApplicationChange;
import vn.practica.reporting.facts.FactChange.Dimensions;
import vn.practica.reporting.facts.FactChange.OfferChange;
import vn.practica.reporting.facts.FactChange.PlacementChange;
import vn.practica.reporting.facts.FactChange.StudentChange;

/**
 * Turns placement events' data into fact changes, refusing (as malformed, skipped for good) data that breaks the
 * event contract: what reaches the tables always fits them, so a batch never fails on one event's data. The
 * event's time is required: the KPIs bucket by it, and "now" would make a replay give other numbers.
 */
public final class PlacementEventFacts {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2,8}");
    private static final Set<String> WORK_MODES = Set.of("ONSITE", "REMOTE", "HYBRID");
    private static final Set<String> KINDS = Set.of("INTERNSHIP", "REAL_PROJECT", "EXPERT_TEACHING", "RESOURCE");
    private static final Set<String> APPLICANTS = Set.of("STUDENT", "SCHOOL");
    private static final Set<String> OFFER_STATUSES = Set.of("OPEN", "CLOSED", "CANCELLED");
    private static final Set<String> APPLICATION_STATUSES = Set.of(
            "SUBMITTED",
            "SHORTLISTED",
            "OFFERED",
            "ACCEPTED",
            "DECLINED",
            "REJECTED",
            "WITHDRAWN",
            "EXPIRED",
            "CANCELLED");
    private static final Set<String> PLACEMENT_STATUSES =
            Set.of("PROPOSED", "AGREED", "ACTIVE", "COMPLETED", "WITHDRAWN", "TERMINATED");
    private static final Set<String> ENDED = Set.of("WITHDRAWN", "TERMINATED");
    private static final Set<String> PARTIES = Set.of("STUDENT", "SCHOOL", "BUSINESS");
    private static final int MAX_SEATS = 10_000;
    private static final int MAX_SOURCED_ID = 255;
    /** Times a database stores and a period label names (four-digit years); anything else is no real event. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private PlacementEventFacts() {}

    public static OfferChange offer(OfferEventData data, Instant at) {
        return new OfferChange(
                id("offerId", data.offerId()),
                id("businessId", data.businessId()),
                dimensions(
                        data.fieldCode(),
                        data.provinceCode(),
                        data.workMode(),
                        data.contributionKind(),
                        data.cooperationModelCode()),
                between("totalJobOpenings", data.totalJobOpenings(), 1, MAX_SEATS),
                oneOf("status", data.status(), OFFER_STATUSES),
                time(at),
                version(data.version()));
    }

    public static ApplicationChange application(String type, ApplicationEventData data, Instant at) {
        String kind = oneOf("applicantKind", data.applicantKind(), APPLICANTS);
        String status = oneOf("toStatus", data.toStatus(), APPLICATION_STATUSES);
        return new ApplicationChange(
                id("applicationId", data.applicationId()),
                id("offerId", data.offerId()),
                id("businessId", data.businessId()),
                id("schoolId", data.schoolId()),
                kind,
                student(kind, data.studentId()),
                dimensions(
                        data.fieldCode(),
                        data.provinceCode(),
                        data.workMode(),
                        data.contributionKind(),
                        data.cooperationModelCode()),
                status,
                PlacementEventTypes.APPLICATION_WITHDRAWN.equals(type),
                time(at),
                version(data.version()));
    }

    public static PlacementChange placement(PlacementEventData data, Instant at) {
        String kind = oneOf("applicantKind", data.applicantKind(), APPLICANTS);
        String status = oneOf("status", data.status(), PLACEMENT_STATUSES);
        return new PlacementChange(
                id("placementId", data.placementId()),
                id("applicationId", data.applicationId()),
                id("offerId", data.offerId()),
                id("businessId", data.businessId()),
                id("schoolId", data.schoolId()),
                kind,
                student(kind, data.studentId()),
                dimensions(
                        data.fieldCode(),
                        data.provinceCode(),
                        data.workMode(),
                        data.contributionKind(),
                        data.cooperationModelCode()),
                status,
                data.endedBy() == null ? null : oneOf("endedBy", data.endedBy(), PARTIES),
                ENDED.contains(status),
                time(at),
                version(data.version()));
    }

    public static StudentChange student(StudentEventData data, Instant at) {
        String programme = data.programSourcedId();
        if (programme == null || programme.isBlank() || programme.length() > MAX_SOURCED_ID) {
            throw malformed("programSourcedId is missing or longer than " + MAX_SOURCED_ID);
        }
        List<String> interests = data.fieldInterests() == null ? List.of() : data.fieldInterests();
        interests.forEach(code -> matching("fieldInterests", code, CODE));
        return new StudentChange(
                id("studentId", data.studentId()),
                id("schoolId", data.schoolId()),
                programme,
                between("yearOfStudy", data.yearOfStudy(), 1, 8),
                List.copyOf(interests),
                time(at),
                version(data.version()));
    }

    private static Dimensions dimensions(
            String field, String province, String workMode, String kind, String cooperationModel) {
        return new Dimensions(
                matching("fieldCode", field, CODE),
                province == null ? null : matching("provinceCode", province, PROVINCE),
                oneOf("workMode", workMode, WORK_MODES),
                oneOf("contributionKind", kind, KINDS),
                matching("cooperationModelCode", cooperationModel, CODE));
    }

    /** A student's application or placement names the student; a school's (for a course) names none. */
    private static UUID student(String applicantKind, String studentId) {
        if ("STUDENT".equals(applicantKind)) {
            return id("studentId", studentId);
        }
        if (studentId != null) {
            throw malformed("a school's application names no student");
        }
        return null;
    }

    private static UUID id(String name, String value) {
        UUID id = Uuids.parse(value);
        if (id == null) {
            throw malformed(name + " is not a UUID");
        }
        return id;
    }

    private static String matching(String name, String value, Pattern pattern) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw malformed(name + " is not a code");
        }
        return value;
    }

    private static String oneOf(String name, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw malformed(name + " is not one of " + allowed);
        }
        return value;
    }

    private static int between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw malformed(name + " is outside " + min + ".." + max);
        }
        return value;
    }

    private static long version(long version) {
        if (version < 1) {
            throw malformed("version is below 1");
        }
        return version;
    }

    private static Instant time(Instant at) {
        if (at == null) {
            throw malformed("placement events need ce_time: the KPIs count them by it");
        }
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw malformed("ce_time " + at + " is outside the years 1970 to 9998");
        }
        return at;
    }

    private static MalformedEventException malformed(String reason) {
        return new MalformedEventException("placement event data: " + reason);
    }
}
