package vn.practica.placement.agreement;

import java.util.List;
import java.util.UUID;
import vn.practica.placement.placement.PlacementAccess;
import vn.practica.placement.placement.PlacementAudience;
import vn.practica.placement.reference.CooperationAgreementTerms;

/**
 * An agreement as one reader sees it, with what is shown beside it: the placement and the reader's standing,
 * the cooperation model's names, bounds and clauses, the parties' names and the learning objectives' labels.
 */
public record AgreementView(
        AgreementDetails agreement,
        PlacementAccess access,
        CooperationAgreementTerms model,
        Parties parties,
        List<Objective> objectives) {

    /**
     * Who the parties are, by name: the student (for a school's course, the school and the course), the school
     * and the business; a name catalog has not announced yet is null.
     */
    public record Parties(String learnerName, String schoolName, String businessName) {}

    /** A learning objective: a competency item, from the offer or added by the school. */
    public record Objective(UUID itemId, String humanCodingScheme, String statement, ObjectiveSource source) {}

    /** Where an objective came from. */
    public enum ObjectiveSource {
        OFFER,
        SCHOOL
    }

    public PlacementAudience audience() {
        return access.audience();
    }

    /** Names of people (the student, the supervisor, the mentor) are for the parties, not for the State. */
    public boolean showsPeople() {
        return access.audience().party().isPresent();
    }
}
