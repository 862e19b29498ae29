package vn.practica.catalog.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Delta reads for partners that sync incrementally (OneRoster {@code dateLastModified} pulls). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CurriculumReadService {
    /**
     * Rows changed in the last moments are held back: a transaction that started earlier may still commit
     * an older {@code updatedAt}, and serving past it would let a reader's cursor skip that row. A sync of
     * 10,000 rows can run for seconds, so reads also stop before the oldest write still in progress.
     */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private final CurriculumRepository curriculum;
    private final Clock clock = Clock.systemUTC();

    CurriculumReadService(CurriculumRepository curriculum) {
        this.curriculum = curriculum;
    }

    /** A page of changes and the cursor to continue from (the last row's position). */
    public record CoursePage(List<Course> courses, DeltaCursor next) {}

    public CoursePage coursesChangedSince(Instant since, DeltaCursor after, Optional<UUID> schoolId, int limit) {
        Instant settled = curriculum
                .oldestWriteInProgress()
                .filter(start -> start.isBefore(clock.instant().minus(SETTLE)))
                .orElseGet(() -> clock.instant().minus(SETTLE));
        List<Course> courses =
                curriculum.coursesChangedSince(since, after.updatedAt(), after.id(), settled, schoolId, limit);
        DeltaCursor next = courses.isEmpty()
                ? after
                : new DeltaCursor(
                        courses.get(courses.size() - 1).updatedAt(),
                        courses.get(courses.size() - 1).id());
        return new CoursePage(courses, next);
    }
}
