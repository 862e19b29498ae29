package vn.practica.reporting.placementkpi;

import io.quarkus.security.ForbiddenException;
import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * Whose slice of the KPIs a caller reads: the State any (its filters as given), a school only its own students'
 * (schoolId forced to its organization), a business only its own offers' (businessId forced likewise). Naming
 * another organization's id is refused, not silently replaced.
 */
public record KpiSlice(Optional<UUID> schoolId, Optional<UUID> businessId) {

    public static KpiSlice of(Caller caller, Optional<UUID> schoolId, Optional<UUID> businessId) {
        if (caller.hasRole(Roles.STATE)) {
            return new KpiSlice(schoolId, businessId);
        }
        if (caller.hasRole(Roles.SCHOOL)) {
            return new KpiSlice(Optional.of(own(caller, Roles.SCHOOL, schoolId, "schools")), businessId);
        }
        return new KpiSlice(schoolId, Optional.of(own(caller, Roles.BUSINESS, businessId, "businesses")));
    }

    private static UUID own(Caller caller, String role, Optional<UUID> asked, String kind) {
        UUID own = caller.organizationId()
                .map(Uuids::parse)
                .orElseThrow(() -> new ForbiddenException("Your token names no organization"));
        asked.ifPresent(id -> caller.requireOwnOrganization(role, id, "KPIs of other " + kind + " are not yours"));
        return own;
    }
}
