package vn.practica.catalog.field;

/** Lifecycle of a field: retired fields stay for history but take no new offers. */
public enum FieldStatus {
    ACTIVE,
    RETIRED
}
