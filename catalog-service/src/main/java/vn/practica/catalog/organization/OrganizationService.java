package vn.practica.catalog.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import vn.practica.catalog.field.Field;
import vn.practica.catalog.field.FieldRepository;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.Problem;
import vn.practica.platform.problem.ProblemException;

/** The partner directory: registration as PENDING, verification and suspension by the State. */
@ApplicationScoped
@Transactional
public class OrganizationService {
    private final OrganizationRepository organizations;
    private final ProvinceRepository provinces;
    private final FieldRepository fields;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    OrganizationService(
            OrganizationRepository organizations, ProvinceRepository provinces, FieldRepository fields, Outbox outbox) {
        this.organizations = organizations;
        this.provinces = provinces;
        this.fields = fields;
        this.outbox = outbox;
    }

    public Organization registerOrganization(OrganizationProfile profile, String registeredBy) {
        requireKnownReferences(profile);
        if (organizations.identifierTaken(profile.kind(), profile.identifier())) {
            throw ProblemException.conflict(
                    "A " + profile.kind() + " with identifier " + profile.identifier() + " is already registered");
        }
        Organization org = Organization.register(profile, registeredBy, clock.instant());
        organizations.persistAndFlush(org);
        outbox.append(OrganizationEvents.registered(org));
        return org;
    }

    /** Moves the organization to {@code next}; the same status again is a no-op without an event. */
    public Organization changeStatus(UUID id, OrganizationStatus next, OptionalLong expectedVersion) {
        Organization org =
                organizations.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No organization " + id));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != org.version()) {
            throw ProblemException.preconditionFailed("Organization " + id + " is at version " + org.version());
        }
        if (org.moveTo(next, clock.instant())) {
            outbox.append(OrganizationEvents.statusChanged(org));
        }
        return org;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Organization> findOrganization(UUID id) {
        return organizations.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organization> listOrganizations(
            OrganizationRepository.Filter filter, OrganizationRepository.Order order, int page, int size) {
        return organizations.search(filter, order, page, size);
    }

    private void requireKnownReferences(OrganizationProfile profile) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (provinces.findByIdOptional(profile.provinceCode()).isEmpty()) {
            errors.add(new Problem.FieldError("body.provinceCode", "unknown province " + profile.provinceCode()));
        }
        for (String code : profile.fieldCodes()) {
            Optional<Field> field = fields.findByIdOptional(code);
            if (field.isEmpty() || field.get().isRetired()) {
                errors.add(new Problem.FieldError("body.fieldCodes", "unknown or retired field " + code));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
