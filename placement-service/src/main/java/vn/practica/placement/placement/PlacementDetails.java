package vn.practica.placement.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement as it is stored, for reading: who holds it, on which offer, where it stands and, once ended, who
 * ended it, when and why.
 *
 * @param studentId placement-service's id of the student (never shown); null for a school's course
 * @param endReason the withdrawing party's words or the offer's cancellation reason; for the parties only
 * @param startsOn the agreed start day, from which an AGREED placement is ACTIVE; null until AGREED
 */
public record PlacementDetails(
        UUID id,
        UUID applicationId,
        UUID offerId,
        UUID businessId,
        ApplicantKind applicantKind,
        UUID studentId,
        UUID schoolId,
        String courseSourcedId,
        PlacementStatus status,
        String endReason,
        PlacementParty endedBy,
        Instant endedAt,
        LocalDate startsOn,
        Instant createdAt,
        long version,
        Instant updatedAt) {
    /** Whether the student (or, for a school's course, the school) holds it: the party in the learner's place. */
    public boolean heldBySchool() {
        return applicantKind == ApplicantKind.SCHOOL;
    }
}
