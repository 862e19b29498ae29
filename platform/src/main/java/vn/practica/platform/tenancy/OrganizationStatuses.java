package vn.practica.platform.tenancy;

/** Tells whether an organization (the {@code org} claim) is suspended, from the service's own data. */
public interface OrganizationStatuses {
    boolean isSuspended(String organizationId);
}
