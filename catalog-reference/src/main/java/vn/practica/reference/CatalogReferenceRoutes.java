package vn.practica.reference;

import java.time.Instant;
import java.util.Objects;
import java.util.function.BiConsumer;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.CompetencyItemEventData;
import vn.practica.events.catalog.CourseEventData;
import vn.practica.events.catalog.FieldCompetenciesEventData;
import vn.practica.events.catalog.FieldEventData;
import vn.practica.events.catalog.OrganizationEventData;
import vn.practica.events.catalog.ProgramEventData;
import vn.practica.platform.inbox.EventRoutes;
import vn.practica.platform.inbox.IncomingEvent;
import vn.practica.reference.competency.CompetencyProjection;
import vn.practica.reference.curriculum.CurriculumProjection;
import vn.practica.reference.partner.PartnerProjection;

/**
 * The catalog events every consuming service applies: fields (its own way), the partner directory, the
 * competency items with what each field needs, and the schools' curricula (programmes, courses and what
 * each programme covers).
 */
public final class CatalogReferenceRoutes {
    private CatalogReferenceRoutes() {}

    /** Routes field events to {@code fieldChanges}, the rest to the shared projections. */
    public static EventRoutes referenceData(
            BiConsumer<FieldEventData, Instant> fieldChanges,
            PartnerProjection partners,
            CompetencyProjection competencies,
            CurriculumProjection curricula) {
        return new EventRoutes()
                .on(
                        CatalogEventTypes::isFieldEvent,
                        FieldEventData.class,
                        (data, event) -> fieldChanges.accept(data, changedAt(event)))
                .on(
                        CatalogEventTypes::isOrganizationEvent,
                        OrganizationEventData.class,
                        (data, event) -> partners.applyOrganizationChange(data, changedAt(event)))
                .on(
                        CatalogEventTypes::isCompetencyItemEvent,
                        CompetencyItemEventData.class,
                        (data, event) -> competencies.applyItemChange(
                                data, CatalogEventTypes.COMPETENCY_ITEM_DELETED.equals(event.type()), changedAt(event)))
                .on(
                        CatalogEventTypes.FIELD_COMPETENCIES_CHANGED::equals,
                        FieldCompetenciesEventData.class,
                        (data, event) -> competencies.replaceFieldCompetencies(data))
                .on(
                        CatalogEventTypes::isProgramEvent,
                        ProgramEventData.class,
                        (data, event) -> curricula.applyProgramChange(
                                data, CatalogEventTypes.PROGRAM_DELETED.equals(event.type()), changedAt(event)))
                .on(
                        CatalogEventTypes::isCourseEvent,
                        CourseEventData.class,
                        (data, event) -> curricula.applyCourseChange(
                                data, CatalogEventTypes.COURSE_DELETED.equals(event.type()), changedAt(event)));
    }

    /**
     * When the change happened at its source; events without {@code ce_time} count as now. Public for the routes
     * a consumer adds of its own.
     */
    public static Instant changedAt(IncomingEvent event) {
        return Objects.requireNonNullElseGet(event.time(), Instant::now);
    }
}
