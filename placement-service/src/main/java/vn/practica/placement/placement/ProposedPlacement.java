package vn.practica.placement.placement;

import java.util.UUID;
import vn.practica.placement.offer.OfferTerms;

/**
 * What an accepted application proposes: its applicant (a student, with the pseudonym events carry, or a
 * school's course) on the offer; {@code acceptedBy} is the {@code sub} of the user who accepted, for the audit
 * trail.
 */
public record ProposedPlacement(
        UUID applicationId,
        OfferTerms offer,
        ApplicantKind applicantKind,
        UUID studentId,
        UUID studentPseudonym,
        UUID schoolId,
        String courseSourcedId,
        String acceptedBy) {}
