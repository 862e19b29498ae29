package vn.practica.placement.agreement;

import java.util.EnumSet;
import java.util.Set;
import vn.practica.placement.placement.PlacementParty;

/**
 * The three confirmations an agreement needs: the learner's (the student; for a school's course, the school in
 * the student's place), the school's and the business's.
 */
public enum AgreementSlot {
    LEARNER,
    SCHOOL,
    BUSINESS;

    /**
     * The slots a party fills by confirming: a school holding the placement for its course confirms as learner
     * and as school at once.
     */
    public static Set<AgreementSlot> of(PlacementParty party, boolean heldBySchool) {
        return switch (party) {
            case STUDENT -> EnumSet.of(LEARNER);
            case SCHOOL -> heldBySchool ? EnumSet.of(LEARNER, SCHOOL) : EnumSet.of(SCHOOL);
            case BUSINESS -> EnumSet.of(BUSINESS);
        };
    }
}
