package vn.practica.catalog.cooperation;

/** Lifecycle of a cooperation model: a retired model stays readable, with every version, but takes no new work. */
public enum CooperationModelStatus {
    ACTIVE,
    RETIRED
}
