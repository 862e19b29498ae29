package vn.practica.reporting.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.reference.curriculum.CurriculumCoverage;
import vn.practica.reference.curriculum.Program;
import vn.practica.testkit.SampleEvents;

/** Reporting keeps catalog's curricula through catalog-reference, for its KPIs by programme. */
@QuarkusTest
class CurriculumEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CurriculumCoverage curricula;

    @Test
    void aProgrammeAndItsCourseReachReportingsCopyWithWhatTheProgrammeCovers() {
        UUID program = UUID.randomUUID();
        UUID school = UUID.randomUUID();
        String sourcedId = "CTDT-" + program;
        UUID item = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        SampleEvents.send(
                Topics.CATALOG,
                SampleEvents.sample(
                        "catalog/program.upserted.v1.json",
                        program.toString(),
                        Map.of("id", program.toString(), "schoolId", school.toString(), "sourcedId", sourcedId)),
                SampleEvents.sample(
                        "catalog/course.upserted.v1.json",
                        course.toString(),
                        Map.of(
                                "id", course.toString(),
                                "schoolId", school.toString(),
                                "programIds", List.of(program.toString()),
                                "competencyItemIds", List.of(item.toString()))));
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> curricula.coveredItems(school, sourcedId))
                        .equals(Set.of(item)));

        Program kept = QuarkusTransaction.requiringNew()
                .call(() -> curricula.findProgram(school, sourcedId))
                .orElseThrow();
        assertEquals(new Program(program, school, sourcedId, "IT", 6, true), kept);
    }
}
