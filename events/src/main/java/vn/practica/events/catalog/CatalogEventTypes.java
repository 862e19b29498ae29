package vn.practica.events.catalog;

/** CloudEvent types emitted by catalog-service. A breaking payload change gets a new {@code .vN}. */
public final class CatalogEventTypes {
    public static final String SOURCE = "/practica/catalog-service";
    public static final String AGGREGATE_FIELD = "field";
    public static final String AGGREGATE_ORGANIZATION = "organization";

    public static final String FIELD_CREATED = "vn.practica.catalog.field.created.v1";
    public static final String FIELD_RENAMED = "vn.practica.catalog.field.renamed.v1";
    public static final String FIELD_RETIRED = "vn.practica.catalog.field.retired.v1";
    /** The competency items a field of practical work needs were replaced (the whole set is in the event). */
    public static final String FIELD_COMPETENCIES_CHANGED = "vn.practica.catalog.field.competencies-changed.v1";

    public static final String ORGANIZATION_REGISTERED = "vn.practica.catalog.organization.registered.v1";
    public static final String ORGANIZATION_VERIFIED = "vn.practica.catalog.organization.verified.v1";
    public static final String ORGANIZATION_SUSPENDED = "vn.practica.catalog.organization.suspended.v1";
    public static final String ORGANIZATION_REJECTED = "vn.practica.catalog.organization.rejected.v1";

    public static final String AGGREGATE_PROGRAM = "program";
    public static final String AGGREGATE_COURSE = "course";
    public static final String PROGRAM_UPSERTED = "vn.practica.catalog.program.upserted.v1";
    public static final String PROGRAM_DELETED = "vn.practica.catalog.program.deleted.v1";
    public static final String COURSE_UPSERTED = "vn.practica.catalog.course.upserted.v1";
    public static final String COURSE_DELETED = "vn.practica.catalog.course.deleted.v1";

    public static final String AGGREGATE_COMPETENCY_FRAMEWORK = "competency-framework";
    public static final String AGGREGATE_COMPETENCY_ITEM = "competency-item";
    public static final String AGGREGATE_COMPETENCY_ASSOCIATION = "competency-association";
    public static final String COMPETENCY_FRAMEWORK_UPSERTED = "vn.practica.catalog.competency-framework.upserted.v1";
    public static final String COMPETENCY_FRAMEWORK_DELETED = "vn.practica.catalog.competency-framework.deleted.v1";
    public static final String COMPETENCY_ITEM_UPSERTED = "vn.practica.catalog.competency-item.upserted.v1";
    public static final String COMPETENCY_ITEM_DELETED = "vn.practica.catalog.competency-item.deleted.v1";
    public static final String COMPETENCY_ASSOCIATION_UPSERTED =
            "vn.practica.catalog.competency-association.upserted.v1";
    public static final String COMPETENCY_ASSOCIATION_DELETED = "vn.practica.catalog.competency-association.deleted.v1";

    public static final String AGGREGATE_COOPERATION_MODEL = "cooperation-model";
    /** The State published a cooperation model: version 1. */
    public static final String COOPERATION_MODEL_CREATED = "vn.practica.catalog.cooperation-model.created.v1";
    /** The State published a new version of a cooperation model's terms; earlier versions stay valid history. */
    public static final String COOPERATION_MODEL_REVISED = "vn.practica.catalog.cooperation-model.revised.v1";
    /** The State retired a cooperation model: a new version, closed to new offers. */
    public static final String COOPERATION_MODEL_RETIRED = "vn.practica.catalog.cooperation-model.retired.v1";

    private CatalogEventTypes() {}

    /** True for every organization event type. */
    public static boolean isOrganizationEvent(String type) {
        return ORGANIZATION_REGISTERED.equals(type)
                || ORGANIZATION_VERIFIED.equals(type)
                || ORGANIZATION_SUSPENDED.equals(type)
                || ORGANIZATION_REJECTED.equals(type);
    }

    /** True for both competency item event types. */
    public static boolean isCompetencyItemEvent(String type) {
        return COMPETENCY_ITEM_UPSERTED.equals(type) || COMPETENCY_ITEM_DELETED.equals(type);
    }

    /** True for both programme event types; each carries the whole programme at its new version. */
    public static boolean isProgramEvent(String type) {
        return PROGRAM_UPSERTED.equals(type) || PROGRAM_DELETED.equals(type);
    }

    /** True for both course event types; each carries the whole course, links included, at its new version. */
    public static boolean isCourseEvent(String type) {
        return COURSE_UPSERTED.equals(type) || COURSE_DELETED.equals(type);
    }

    /** True for every field event type; consumers ignore types they do not know. */
    public static boolean isFieldEvent(String type) {
        return FIELD_CREATED.equals(type) || FIELD_RENAMED.equals(type) || FIELD_RETIRED.equals(type);
    }

    /** True for every cooperation model event type; each carries the whole model at its new version. */
    public static boolean isCooperationModelEvent(String type) {
        return COOPERATION_MODEL_CREATED.equals(type)
                || COOPERATION_MODEL_REVISED.equals(type)
                || COOPERATION_MODEL_RETIRED.equals(type);
    }
}
