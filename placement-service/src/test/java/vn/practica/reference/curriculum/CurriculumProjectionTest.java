package vn.practica.reference.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.practica.events.catalog.CourseEventData;
import vn.practica.events.catalog.ProgramEventData;

/**
 * A programme's courses arrive on many partitions, so scaled-out consumers apply them at the same time: the
 * coverage they leave must be the one a single consumer would have left. Applied here straight to the
 * projection from parallel transactions, as concurrent consumers would.
 */
@QuarkusTest
class CurriculumProjectionTest {
    private static final int COURSES = 8;
    private static final int ROUNDS = 10;
    private static final UUID SCHOOL = UUID.randomUUID();

    @Inject
    CurriculumProjection projection;

    @Inject
    CurriculumCoverage coverage;

    private final ExecutorService pool = Executors.newFixedThreadPool(COURSES + 1);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static ProgramEventData program(UUID id, String sourcedId) {
        return new ProgramEventData(
                id.toString(), SCHOOL.toString(), sourcedId, "IT", 6, "CNTT", null, 48, "active", 1);
    }

    private static CourseEventData course(UUID id, UUID program, List<UUID> items, long version) {
        return new CourseEventData(
                id.toString(),
                SCHOOL.toString(),
                "HP-" + id,
                "IT" + version,
                "Học phần",
                BigDecimal.ONE,
                30,
                List.of(),
                List.of(program.toString()),
                items.stream().map(UUID::toString).toList(),
                "active",
                version);
    }

    /** Runs every change in its own transaction, all released at once, and waits for them. */
    private void applyAtOnce(List<Runnable> changes) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Runnable change : changes) {
            running.add(pool.submit(() -> {
                start.await();
                QuarkusTransaction.requiringNew().run(change);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> change : running) {
            change.get(60, TimeUnit.SECONDS);
        }
    }

    private Set<UUID> covered(String sourcedId) {
        return QuarkusTransaction.requiringNew().call(() -> coverage.coveredItems(SCHOOL, sourcedId));
    }

    @Test
    void concurrentProgrammeAndCourseChangesLeaveTheCoverageASingleConsumerWould() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            UUID program = UUID.randomUUID();
            String sourcedId = "CTDT-" + program;
            UUID shared = UUID.randomUUID();
            List<UUID> courses = new ArrayList<>();
            Set<UUID> expected = new HashSet<>(Set.of(shared));
            List<Runnable> announcements = new ArrayList<>();
            announcements.add(() -> projection.applyProgramChange(program(program, sourcedId), false, Instant.now()));
            for (int c = 0; c < COURSES; c++) {
                UUID course = UUID.randomUUID();
                UUID own = UUID.randomUUID();
                courses.add(course);
                expected.add(own);
                announcements.add(() -> projection.applyCourseChange(
                        course(course, program, List.of(shared, own), 1), false, Instant.now()));
            }
            applyAtOnce(announcements);
            assertEquals(expected, covered(sourcedId), "round " + round + ": every course counted");

            List<Runnable> unmappings = new ArrayList<>();
            for (UUID course : courses) {
                unmappings.add(() ->
                        projection.applyCourseChange(course(course, program, List.of(), 2), false, Instant.now()));
            }
            applyAtOnce(unmappings);
            assertEquals(Set.of(), covered(sourcedId), "round " + round + ": every unmapping counted");
        }
    }
}
