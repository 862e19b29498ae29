package vn.practica.placement.evaluation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.practica.placement.placement.PlacementParty;

/**
 * Who evaluates: the business's mentor and the school's supervisor score the learner, the student scores the
 * placement. For a school's course (EXPERT_TEACHING, RESOURCE) the school alone evaluates the business's
 * contribution, as SUPERVISOR.
 */
public enum Evaluator {
    MENTOR,
    SUPERVISOR,
    LEARNER;

    /** The evaluation a party gives in a placement; empty for a business in a school's course. */
    public static Optional<Evaluator> of(PlacementParty party, boolean heldBySchool) {
        return switch (party) {
            case STUDENT -> Optional.of(LEARNER);
            case SCHOOL -> Optional.of(SUPERVISOR);
            case BUSINESS -> heldBySchool ? Optional.empty() : Optional.of(MENTOR);
        };
    }

    /** The evaluations of the learner that completion waits for. */
    public static Set<Evaluator> ofTheLearner(boolean heldBySchool) {
        return heldBySchool ? EnumSet.of(SUPERVISOR) : EnumSet.of(MENTOR, SUPERVISOR);
    }

    /** Whether this evaluator scores the learner on learning objectives (the others score the placement). */
    public boolean scoresLearner() {
        return this != LEARNER;
    }
}
