package vn.practica.catalog.organization;

/** Verification lifecycle of a partner; only the State moves it. */
public enum OrganizationStatus {
    PENDING,
    VERIFIED,
    SUSPENDED
}
