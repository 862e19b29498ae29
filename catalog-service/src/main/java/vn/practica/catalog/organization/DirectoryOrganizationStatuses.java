package vn.practica.catalog.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.tenancy.OrganizationStatuses;

/** catalog-service owns the directory, so it answers suspension from the source, not from a projection. */
@ApplicationScoped
public class DirectoryOrganizationStatuses implements OrganizationStatuses {
    private final OrganizationRepository organizations;

    DirectoryOrganizationStatuses(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSuspended(String organizationId) {
        UUID id = Uuids.parse(organizationId);
        return id != null
                && organizations
                        .findByIdOptional(id)
                        .map(org -> org.status() == OrganizationStatus.SUSPENDED)
                        .orElse(false);
    }
}
