package vn.practica.catalog.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import vn.practica.catalog.field.FieldService;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;

/** The partner directory: registration as PENDING, verification and suspension by the State. */
@ApplicationScoped
@Transactional
public class OrganizationService {
    private final OrganizationRepository organizations;
    private final ProvinceRepository provinces;
    private final FieldService fields;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    OrganizationService(
            OrganizationRepository organizations, ProvinceRepository provinces, FieldService fields, Outbox outbox) {
        this.organizations = organizations;
        this.provinces = provinces;
        this.fields = fields;
        this.outbox = outbox;
    }

    /**
     * Registers as PENDING under {@code id}: a partner's own organization id (its token's {@code org}), or a new
     * id when the State registers on someone's behalf.
     */
    public Organization registerOrganization(UUID id, OrganizationProfile profile, String registeredBy) {
        requireKnownReferences(profile);
        if (organizations.findByIdOptional(id).isPresent()) {
            throw new DomainException(
                    OrganizationProblems.ALREADY_REGISTERED, "Organization " + id + " is already registered");
        }
        if (organizations.identifierTaken(profile.kind(), profile.identifier())) {
            throw new DomainException(
                    OrganizationProblems.IDENTIFIER_TAKEN,
                    "A " + profile.kind() + " with identifier " + profile.identifier() + " is already registered;"
                            + " if the identifier is yours, ask the State to reject that registration");
        }
        Organization org = Organization.register(id, profile, registeredBy, clock.instant());
        organizations.persistAndFlush(org);
        outbox.append(OrganizationEvents.registered(org));
        return org;
    }

    /** Moves the organization to {@code next}; the same status again is a no-op without an event. */
    public Organization changeStatus(UUID id, OrganizationStatus next, OptionalLong expectedVersion) {
        Organization org =
                organizations.findForUpdate(id).orElseThrow(() -> DomainException.notFound("No organization " + id));
        IfMatch.requireCurrent("Organization " + id, org.version(), expectedVersion);
        if (org.moveTo(next, clock.instant())) {
            outbox.append(OrganizationEvents.statusChanged(org));
        }
        return org;
    }

    /**
     * Locks the school's row until the transaction ends and returns its ministry code: one curriculum change
     * per school at a time, since two overlapping batches would otherwise both "create" a row (and a
     * suspension cannot interleave with a sync).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String lockSchool(UUID schoolId) {
        return requireSchool(organizations.findForUpdate(schoolId), schoolId);
    }

    /** The school's ministry institution code; a problem when the organization is missing or not a school. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String schoolIdentifier(UUID schoolId) {
        return requireSchool(organizations.findByIdOptional(schoolId), schoolId);
    }

    /** A school that may publish a curriculum: verified by the State (suspended ones are refused writes). */
    private static String requireSchool(Optional<Organization> found, UUID schoolId) {
        Organization school = found.orElseThrow(() -> DomainException.notFound("No organization " + schoolId));
        if (school.kind() != OrganizationKind.SCHOOL) {
            throw new DomainException(
                    OrganizationProblems.NOT_A_SCHOOL, "Organization " + schoolId + " is not a school");
        }
        if (school.status() != OrganizationStatus.VERIFIED) {
            throw new DomainException(
                    OrganizationProblems.NOT_VERIFIED,
                    "School " + schoolId + " is " + school.status() + "; it publishes a curriculum once verified");
        }
        return school.identifier();
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
        Set<String> activeFields = fields.activeFieldCodes();
        for (String code : profile.fieldCodes()) {
            if (!activeFields.contains(code)) {
                errors.add(new Problem.FieldError("body.fieldCodes", "unknown or retired field " + code));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
