package vn.practica.catalog.curriculum;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.practica.events.Topics;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.CourseEventData;
import vn.practica.events.catalog.ProgramEventData;
import vn.practica.platform.outbox.OutboxEvent;

/** Maps synced programmes and courses to the event contract. */
public final class CurriculumEvents {
    private CurriculumEvents() {}

    public static OutboxEvent program(Program p) {
        String type = p.status() == SyncStatus.tobedeleted
                ? CatalogEventTypes.PROGRAM_DELETED
                : CatalogEventTypes.PROGRAM_UPSERTED;
        ProgramEventData data = new ProgramEventData(
                p.id().toString(),
                p.schoolId().toString(),
                p.sourcedId(),
                p.fieldCode(),
                p.level(),
                p.nameVi(),
                p.nameEn(),
                p.durationMonths(),
                p.status().name(),
                p.version());
        return new OutboxEvent(Topics.CATALOG, CatalogEventTypes.AGGREGATE_PROGRAM, p.id().toString(), type, data);
    }

    public static OutboxEvent course(Course c) {
        String type = c.status() == SyncStatus.tobedeleted
                ? CatalogEventTypes.COURSE_DELETED
                : CatalogEventTypes.COURSE_UPSERTED;
        List<String> programs = sorted(c.programIds());
        CourseEventData data = new CourseEventData(
                c.id().toString(),
                c.schoolId().toString(),
                c.sourcedId(),
                c.code(),
                c.title(),
                c.credits(),
                c.practicalHours(),
                c.learningOutcomes(),
                programs,
                sorted(c.competencyItemIds()),
                c.status().name(),
                c.version());
        return new OutboxEvent(Topics.CATALOG, CatalogEventTypes.AGGREGATE_COURSE, c.id().toString(), type, data);
    }

    private static List<String> sorted(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().toList();
    }
}
