package vn.practica.events.catalog;

/** CloudEvent types emitted by catalog-service. A breaking payload change gets a new {@code .vN}. */
public final class CatalogEventTypes {
    public static final String SOURCE = "/practica/catalog-service";
    public static final String AGGREGATE_FIELD = "field";

    public static final String FIELD_CREATED = "vn.practica.catalog.field.created.v1";
    public static final String FIELD_RENAMED = "vn.practica.catalog.field.renamed.v1";
    public static final String FIELD_RETIRED = "vn.practica.catalog.field.retired.v1";

    private CatalogEventTypes() {}

    /** True for every field event type; consumers ignore types they do not know. */
    public static boolean isFieldEvent(String type) {
        return FIELD_CREATED.equals(type) || FIELD_RENAMED.equals(type) || FIELD_RETIRED.equals(type);
    }
}
