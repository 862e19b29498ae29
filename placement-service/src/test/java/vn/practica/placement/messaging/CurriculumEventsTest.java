package vn.practica.placement.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.placement.coverage.CompetencyCoverageService;
import vn.practica.reference.curriculum.CurriculumCoverage;
import vn.practica.reference.curriculum.Program;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;

/**
 * Catalog's programme and course events reach placement's copy of the curricula, and a student's programme
 * covers exactly the items its active courses teach, whatever the order, repetition or lateness of the events.
 */
@QuarkusTest
class CurriculumEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final UUID SQL = UUID.randomUUID();
    private static final UUID JAVA = UUID.randomUUID();
    private static final UUID TESTING = UUID.randomUUID();

    @Inject
    CompetencyCoverageService coverage;

    @Inject
    CurriculumCoverage curricula;

    /** A school's programme under a sourcedId of its own. */
    private record Programme(UUID id, UUID schoolId, String sourcedId) {
        static Programme create() {
            return new Programme(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "CTDT-" + UUID.randomUUID().toString().substring(0, 8));
        }

        SampleEvent upserted(long version) {
            return event("upserted", id, version);
        }

        SampleEvent deleted(long version) {
            return event("deleted", id, version);
        }

        /** The programme's {@code name} event under another programme's key: it follows that one's events. */
        SampleEvent event(String name, UUID key, long version) {
            return SampleEvents.sample(
                    "catalog/program." + name + ".v1.json",
                    key.toString(),
                    Map.of(
                            "id",
                            id.toString(),
                            "schoolId",
                            schoolId.toString(),
                            "sourcedId",
                            sourcedId,
                            "fieldCode",
                            "IT",
                            "level",
                            6,
                            "status",
                            "deleted".equals(name) ? "tobedeleted" : "active",
                            "version",
                            version));
        }
    }

    private static SampleEvent course(
            String name, UUID course, Programme programme, List<UUID> programs, List<UUID> items, long version) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", course.toString());
        data.put("schoolId", programme.schoolId().toString());
        data.put("sourcedId", "HP-" + course);
        data.put("programIds", programs.stream().map(UUID::toString).toList());
        data.put("competencyItemIds", items.stream().map(UUID::toString).toList());
        data.put("status", "deleted".equals(name) ? "tobedeleted" : "active");
        data.put("version", version);
        return SampleEvents.sample("catalog/course." + name + ".v1.json", course.toString(), data);
    }

    private static SampleEvent course(UUID course, Programme programme, List<UUID> items, long version) {
        return course("upserted", course, programme, List.of(programme.id()), items, version);
    }

    private Set<UUID> covered(Programme programme) {
        return QuarkusTransaction.requiringNew()
                .call(() -> coverage.coveredItems(programme.schoolId(), programme.sourcedId()));
    }

    private Optional<Program> program(Programme programme) {
        return QuarkusTransaction.requiringNew()
                .call(() -> curricula.findProgram(programme.schoolId(), programme.sourcedId()));
    }

    /** Waits until every event sent before on {@code key}'s partition is applied: a marker programme follows them. */
    private void awaitPartitionOf(UUID key) {
        Programme marker = Programme.create();
        SampleEvents.send(Topics.CATALOG, marker.event("upserted", key, 1));
        await().atMost(WAIT).until(() -> program(marker).isPresent());
    }

    @Test
    void aProgrammeCoversTheItemsItsCoursesAreMappedTo() {
        Programme programme = Programme.create();
        SampleEvents.send(
                Topics.CATALOG,
                programme.upserted(1),
                course(UUID.randomUUID(), programme, List.of(SQL, JAVA), 1),
                course(UUID.randomUUID(), programme, List.of(JAVA, TESTING), 1));
        await().atMost(WAIT).until(() -> covered(programme).equals(Set.of(SQL, JAVA, TESTING)));

        Program program = program(programme).orElseThrow();
        assertEquals(new Program(programme.id(), programme.schoolId(), programme.sourcedId(), "IT", 6, true), program);
    }

    @Test
    void aCourseAnnouncedBeforeItsProgrammeCountsOnceTheProgrammeArrives() {
        Programme programme = Programme.create();
        UUID course = UUID.randomUUID();
        SampleEvents.send(Topics.CATALOG, course(course, programme, List.of(SQL), 1));
        awaitPartitionOf(course);
        assertEquals(Set.of(), covered(programme));

        SampleEvents.send(Topics.CATALOG, programme.upserted(1));
        await().atMost(WAIT).until(() -> covered(programme).equals(Set.of(SQL)));
    }

    @Test
    void anItemUnmappedOrACourseDeletedOrMovedIsNoLongerCoveredUnlessAnotherCourseTeachesIt() {
        Programme programme = Programme.create();
        UUID databases = UUID.randomUUID();
        UUID programming = UUID.randomUUID();
        SampleEvents.send(
                Topics.CATALOG,
                programme.upserted(1),
                course(databases, programme, List.of(SQL, JAVA), 1),
                course(programming, programme, List.of(JAVA, TESTING), 1));
        await().atMost(WAIT).until(() -> covered(programme).equals(Set.of(SQL, JAVA, TESTING)));

        SampleEvents.send(Topics.CATALOG, course(programming, programme, List.of(TESTING), 2));
        awaitPartitionOf(programming);
        assertEquals(Set.of(SQL, JAVA, TESTING), covered(programme), "databases still teaches JAVA");

        SampleEvents.send(
                Topics.CATALOG,
                course("deleted", databases, programme, List.of(programme.id()), List.of(SQL, JAVA), 2));
        await().atMost(WAIT).until(() -> covered(programme).equals(Set.of(TESTING)));

        SampleEvents.send(Topics.CATALOG, course("upserted", programming, programme, List.of(), List.of(TESTING), 3));
        await().atMost(WAIT).until(() -> covered(programme).isEmpty());
    }

    @Test
    void aDeletedProgrammeCoversNothingUntilCatalogRestoresIt() {
        Programme programme = Programme.create();
        SampleEvents.send(Topics.CATALOG, programme.upserted(1), course(UUID.randomUUID(), programme, List.of(SQL), 1));
        await().atMost(WAIT).until(() -> covered(programme).equals(Set.of(SQL)));

        SampleEvents.send(Topics.CATALOG, programme.deleted(2));
        await().atMost(WAIT)
                .until(() -> program(programme).filter(p -> !p.active()).isPresent());
        assertEquals(Set.of(), covered(programme));

        SampleEvents.send(Topics.CATALOG, programme.upserted(3));
        await().atMost(WAIT).until(() -> covered(programme).equals(Set.of(SQL)));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        Programme programme = Programme.create();
        UUID course = UUID.randomUUID();
        SampleEvent first = course(course, programme, List.of(SQL, JAVA), 1);
        SampleEvents.send(Topics.CATALOG, programme.upserted(1), first, course(course, programme, List.of(SQL), 2));
        await().atMost(WAIT).until(() -> covered(programme).equals(Set.of(SQL)));

        SampleEvents.send(Topics.CATALOG, first);
        awaitPartitionOf(course);
        assertEquals(Set.of(SQL), covered(programme));
    }

    @Test
    void anOlderVersionArrivingLateIsIgnored() {
        Programme programme = Programme.create();
        UUID course = UUID.randomUUID();
        SampleEvents.send(
                Topics.CATALOG,
                programme.deleted(2),
                programme.upserted(1),
                course(course, programme, List.of(JAVA), 3),
                course(course, programme, List.of(SQL, TESTING), 2));
        awaitPartitionOf(course);
        awaitPartitionOf(programme.id());

        assertFalse(program(programme).orElseThrow().active());
        assertEquals(Set.of(), covered(programme));

        SampleEvents.send(Topics.CATALOG, programme.upserted(3));
        await().atMost(WAIT).until(() -> covered(programme).equals(Set.of(JAVA)));
    }
}
