package vn.practica.placement;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.practica.events.Topics;
import vn.practica.placement.coverage.CompetencyCoverageService;
import vn.practica.placement.reference.CooperationTerms;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.reference.competency.CompetencyProjection;
import vn.practica.reference.partner.Partner;
import vn.practica.reference.partner.PartnerProjection;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;

/**
 * What catalog-service would announce, sent to the test broker as its checked-in samples: partners in a given
 * kind and status, fields, competency items and cooperation models. Each call waits until placement-service
 * has applied it.
 */
public final class CatalogAnnouncements {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private CatalogAnnouncements() {}

    /** A school the State verified. */
    public static UUID verifiedSchool() {
        return partner(Partner.SCHOOL, "verified");
    }

    /** A partner of {@code kind} whose last event is {@code organization.<lastEvent>} (registered: pending). */
    public static UUID partner(String kind, String lastEvent) {
        return partner(kind, lastEvent, null);
    }

    /** A verified partner of {@code kind} under the short name {@code shortName}. */
    public static UUID verifiedPartner(String kind, String shortName) {
        return partner(kind, "verified", shortName);
    }

    private static UUID partner(String kind, String lastEvent, String shortName) {
        UUID id = UUID.randomUUID();
        List<SampleEvent> events = new ArrayList<>();
        events.add(organization("registered", id, kind, 1, shortName));
        if (!"registered".equals(lastEvent)) {
            events.add(organization(lastEvent, id, kind, 2, shortName));
        }
        SampleEvents.send(Topics.CATALOG, events.toArray(SampleEvent[]::new));
        String status = "registered".equals(lastEvent) ? "PENDING" : lastEvent.toUpperCase(Locale.ROOT);
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> partners().findPartner(id))
                        .filter(p -> p.status().equals(status))
                        .isPresent());
        return id;
    }

    /** A field catalog created, under a code of its own ({@code prefix} and a random suffix). */
    public static String activeField(String prefix) {
        String code = prefix + "_" + suffix();
        SampleEvents.send(
                Topics.CATALOG, SampleEvents.sample("catalog/field.created.v1.json", code, Map.of("code", code)));
        await().atMost(WAIT).until(() -> activeCodes().contains(code));
        return code;
    }

    /** A field catalog created and then retired. */
    public static String retiredField(String prefix) {
        String code = activeField(prefix);
        retireField(code);
        return code;
    }

    /** Retires a field {@link #activeField} announced. */
    public static void retireField(String code) {
        SampleEvents.send(
                Topics.CATALOG,
                SampleEvents.sample("catalog/field.retired.v1.json", code, Map.of("code", code, "version", 2)));
        await().atMost(WAIT).until(() -> !activeCodes().contains(code));
    }

    /** A business the State verified. */
    public static UUID verifiedBusiness() {
        return partner(Partner.BUSINESS, "verified");
    }

    /** A competency item catalog imported (a CASE CFItem), known to placement once this returns. */
    public static UUID competencyItem() {
        UUID id = UUID.randomUUID();
        SampleEvents.send(Topics.CATALOG, competencyItemEvent("upserted", id, 1));
        await().atMost(WAIT).until(() -> knownItems(id).contains(id));
        return id;
    }

    /** A competency item catalog imported and then deleted. */
    public static UUID deletedCompetencyItem() {
        UUID id = competencyItem();
        SampleEvents.send(Topics.CATALOG, competencyItemEvent("deleted", id, 2));
        await().atMost(WAIT).until(() -> knownItems(id).isEmpty());
        return id;
    }

    /**
     * A cooperation model catalog created under a code of its own: the sample's INTERNSHIP terms (kind
     * INTERNSHIP, 120 to 960 hours), version 1.
     */
    public static String cooperationModel(String prefix) {
        String code = prefix + "_" + suffix();
        SampleEvents.send(Topics.CATALOG, cooperationModelEvent("created", code));
        await().atMost(WAIT).until(() -> currentTerms(code).isPresent());
        return code;
    }

    /** The model's version 2: the same kind, hours narrowed to 120 to 640 (the sample revision). */
    public static void reviseCooperationModel(String code) {
        SampleEvents.send(Topics.CATALOG, cooperationModelEvent("revised", code));
        await().atMost(WAIT)
                .until(() -> currentTerms(code).filter(t -> t.version() == 2).isPresent());
    }

    /** Retires the model: its version 3 (after the revision, which is sent too) takes no new work. */
    public static void retireCooperationModel(String code) {
        SampleEvents.send(
                Topics.CATALOG, cooperationModelEvent("revised", code), cooperationModelEvent("retired", code));
        await().atMost(WAIT)
                .until(() -> currentTerms(code).filter(t -> !t.active()).isPresent());
    }

    /**
     * A programme of the school under {@code sourcedId}, with one course that teaches {@code items}; returns once
     * placement sees the programme covering them.
     */
    public static void programme(UUID schoolId, String sourcedId, List<UUID> items) {
        UUID program = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        Map<String, Object> courseData = new HashMap<>();
        courseData.put("id", course.toString());
        courseData.put("schoolId", schoolId.toString());
        courseData.put("sourcedId", "HP-" + course);
        courseData.put("programIds", List.of(program.toString()));
        courseData.put("competencyItemIds", items.stream().map(UUID::toString).toList());
        courseData.put("status", "active");
        courseData.put("version", 1);
        SampleEvents.send(
                Topics.CATALOG,
                SampleEvents.sample(
                        "catalog/program.upserted.v1.json",
                        program.toString(),
                        Map.of(
                                "id",
                                program.toString(),
                                "schoolId",
                                schoolId.toString(),
                                "sourcedId",
                                sourcedId,
                                "status",
                                "active",
                                "version",
                                1)),
                SampleEvents.sample("catalog/course.upserted.v1.json", course.toString(), courseData));
        CompetencyCoverageService coverage =
                Arc.container().instance(CompetencyCoverageService.class).get();
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> coverage.coveredItems(schoolId, sourcedId))
                        .equals(Set.copyOf(items)));
    }

    private static SampleEvent competencyItemEvent(String name, UUID id, long version) {
        return SampleEvents.sample(
                "catalog/competency-item." + name + ".v1.json",
                id.toString(),
                Map.of("id", id.toString(), "version", version));
    }

    private static SampleEvent cooperationModelEvent(String name, String code) {
        return SampleEvents.sample("catalog/cooperation-model." + name + ".v1.json", code, Map.of("code", code));
    }

    private static Set<UUID> knownItems(UUID id) {
        CompetencyProjection items =
                Arc.container().instance(CompetencyProjection.class).get();
        return QuarkusTransaction.requiringNew().call(() -> items.knownItemIds(Set.of(id)));
    }

    private static Optional<CooperationTerms> currentTerms(String code) {
        ReferenceDataService reference =
                Arc.container().instance(ReferenceDataService.class).get();
        return QuarkusTransaction.requiringNew().call(() -> reference.currentCooperationTerms(code));
    }

    private static SampleEvent organization(String name, UUID id, String kind, long version, String shortName) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "kind", kind, "version", version));
        if (shortName != null) {
            data.put("shortName", shortName);
        }
        return SampleEvents.sample("catalog/organization." + name + ".v1.json", id.toString(), data);
    }

    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private static PartnerProjection partners() {
        return Arc.container().instance(PartnerProjection.class).get();
    }

    private static Set<String> activeCodes() {
        ReferenceDataService fields =
                Arc.container().instance(ReferenceDataService.class).get();
        return QuarkusTransaction.requiringNew().call(fields::activeFieldCodes);
    }
}
