package vn.practica.reporting.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.practica.events.CloudEventHeaders;
import vn.practica.events.Topics;
import vn.practica.events.placement.ApplicationEventData;
import vn.practica.events.placement.PlacementEventData;
import vn.practica.events.placement.PlacementEventTypes;

/**
 * Placement-topic CloudEvents as placement-service's relay writes them (binary mode, key = aggregate id), built
 * from the event contract's records with realistic values: students of 200 schools applying to offers of 2,000
 * businesses over the ten fields and the provinces, and the moves of a matching round. {@code ce_time} is the
 * moment the record is built, just before it is sent: the producer's commit as the benchmark sees it.
 */
final class RoundEvents {
    /** The ten field codes catalog-service seeds, and province codes of ../shared/data/provinces.csv. */
    private static final List<String> FIELDS = List.of(
            "TOURISM",
            "PORT_OPS",
            "GREEN_CERT",
            "DIGITAL_BIZ",
            "IT",
            "FINTECH",
            "VOC_DX",
            "DIGITAL_DATA",
            "STRATEGY",
            "ECOMMERCE");

    private static final List<String> PROVINCES = List.of("HN", "HCM", "DN", "HP", "CT", "QNI", "KH", "LD", "NA");
    private static final int SCHOOLS = 200;
    private static final int BUSINESSES = 2_000;
    private static final int OFFERS = 20_000;

    private final ObjectMapper json = new ObjectMapper();
    private final UUID[] schools = ids(SCHOOLS);
    private final UUID[] businesses = ids(BUSINESSES);
    private final UUID[] offers = ids(OFFERS);

    /** One applicant's application and what it needs to be moved and placed later. */
    record Applicant(UUID application, UUID student, int seed) {
        static Applicant of(int seed) {
            return new Applicant(UUID.randomUUID(), UUID.randomUUID(), seed);
        }
    }

    ProducerRecord<String, String> submitted(Applicant a) {
        return application(a, PlacementEventTypes.APPLICATION_SUBMITTED, null, "SUBMITTED", 1);
    }

    /** A move of the round: {@code OFFERED} (version 2), {@code ACCEPTED} (3) or {@code REJECTED} (2). */
    ProducerRecord<String, String> moved(Applicant a, String from, String to, long version) {
        return application(a, PlacementEventTypes.APPLICATION_STATUS_CHANGED, from, to, version);
    }

    ProducerRecord<String, String> placed(Applicant a) {
        String placement = UUID.nameUUIDFromBytes(a.application().toString().getBytes(StandardCharsets.UTF_8))
                .toString();
        var data = new PlacementEventData(
                placement,
                a.application().toString(),
                offer(a).toString(),
                business(a).toString(),
                school(a).toString(),
                "STUDENT",
                a.student().toString(),
                null,
                "PROPOSED",
                null,
                field(a),
                province(a),
                "ONSITE",
                "INTERNSHIP",
                1,
                "INTERNSHIP",
                480,
                "2027-06-01",
                "2027-08-31",
                1);
        return record(PlacementEventTypes.PLACEMENT_PROPOSED, placement, data);
    }

    private ProducerRecord<String, String> application(Applicant a, String type, String from, String to, long v) {
        var data = new ApplicationEventData(
                a.application().toString(),
                offer(a).toString(),
                business(a).toString(),
                school(a).toString(),
                "STUDENT",
                a.student().toString(),
                null,
                from,
                to,
                "OFFERED".equals(to) ? "2027-05-20" : null,
                field(a),
                province(a),
                "ONSITE",
                "INTERNSHIP",
                1,
                "INTERNSHIP",
                480,
                "2027-06-01",
                "2027-08-31",
                v);
        return record(type, a.application().toString(), data);
    }

    private ProducerRecord<String, String> record(String type, String key, Object data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PLACEMENT, key, write(data));
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.SOURCE, PlacementEventTypes.SOURCE);
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        return record;
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private UUID offer(Applicant a) {
        return offers[a.seed() % OFFERS];
    }

    private UUID business(Applicant a) {
        return businesses[(a.seed() % OFFERS) % BUSINESSES];
    }

    private UUID school(Applicant a) {
        return schools[a.seed() % SCHOOLS];
    }

    private static String field(Applicant a) {
        return FIELDS.get((a.seed() % OFFERS) % FIELDS.size());
    }

    private static String province(Applicant a) {
        return PROVINCES.get((a.seed() % OFFERS) % PROVINCES.size());
    }

    private static UUID[] ids(int count) {
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = UUID.randomUUID();
        }
        return ids;
    }
}
