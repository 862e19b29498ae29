package vn.practica.platform.testing;

import jakarta.enterprise.context.ApplicationScoped;
import vn.practica.platform.tenancy.OrganizationStatuses;

/** The platform test app has no directory: every service supplies its own; here nobody is suspended. */
@ApplicationScoped
public class NoSuspendedOrganizations implements OrganizationStatuses {
    @Override
    public boolean isSuspended(String organizationId) {
        return false;
    }
}
