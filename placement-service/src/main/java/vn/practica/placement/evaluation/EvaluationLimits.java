package vn.practica.placement.evaluation;

/** Bounds of evaluations: request validation, the columns (V11) and the OpenAPI document agree. */
public final class EvaluationLimits {
    public static final int COMMENT = 2000;
    public static final int ITEM_COMMENT = 1000;
    public static final int AREA_CODE = 32;
    public static final int MAX_AREAS = 50;

    private EvaluationLimits() {}
}
