package vn.practica.placement.placement;

import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * Who asks, as applications and placements judge it: the State, a business or a school by their token's
 * organization, a student by the login subject their school tied to their record; {@code subject} is the token's
 * {@code sub}, who acts, for the audit trail.
 */
public record Requester(
        boolean state,
        Optional<UUID> businessId,
        Optional<UUID> schoolId,
        Optional<String> studentLogin,
        String subject) {

    public static Requester of(Caller caller) {
        Optional<UUID> org = caller.organizationId().map(Uuids::parse);
        return new Requester(
                caller.hasRole(Roles.STATE),
                caller.hasRole(Roles.BUSINESS) ? org : Optional.empty(),
                caller.hasRole(Roles.SCHOOL) ? org : Optional.empty(),
                caller.hasRole(Roles.STUDENT) ? Optional.ofNullable(caller.userId()) : Optional.empty(),
                caller.userId());
    }

    public boolean actsForBusiness(UUID businessId) {
        return this.businessId.filter(businessId::equals).isPresent();
    }

    public boolean actsForSchool(UUID schoolId) {
        return this.schoolId.filter(schoolId::equals).isPresent();
    }
}
