package vn.practica.placement.matching;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.matching.algorithm.ChoiceReason;
import vn.practica.placement.matching.algorithm.Matching;
import vn.practica.placement.matching.algorithm.PriorityKeys;
import vn.practica.placement.offer.OfferLimits;

/** What a matched round shows: cut-offs per offer, and for a student the outcome of every choice and why. */
public final class RoundResults {
    private RoundResults() {}

    /**
     * An offer's priority over a student, decoded: the business's score where it scored the student, else the
     * share of the offer's competency items the student's programme covers; the lottery breaks ties (lower wins).
     */
    @Schema(name = "MatchingPriority")
    public record Priority(
            @Schema(description = "True when the business scored the student (scored students come first)")
            boolean scored,

            @Schema(description = "The score or the coverage, 0 to 1")
            double score,

            @Schema(
                    minimum = "0",
                    maximum = "2147483647",
                    description = "The student's lottery number; the lower wins a tie")
            int lotteryNumber) {

        static Priority of(Long key) {
            if (key == null || key == Matching.NO_CUTOFF) {
                return null;
            }
            return new Priority(
                    PriorityKeys.isScored(key),
                    PriorityKeys.score(key) / (double) PriorityKeys.SCORE_SCALE,
                    PriorityKeys.lotteryNumber(key));
        }
    }

    @Schema(name = "MatchingOfferResult")
    public record OfferResult(
            UUID offerId,
            UUID businessId,
            @Schema(maxLength = OfferLimits.TITLE) String title,

            @Schema(minimum = "0", maximum = "10000", description = "Seats free when the run took them")
            int capacity,

            @Schema(description = "False when the offer had closed by the run: it took nobody")
            boolean open,

            @Schema(minimum = "0", maximum = "10000") int admitted,

            @Schema(description = "The lowest priority admitted; absent when nobody was")
            Priority cutoff) {}

    /** Why a student got, or did not get, one offer they ranked. */
    public enum Outcome {
        ASSIGNED,
        FULL_WITH_HIGHER_PRIORITY,
        BUSINESS_FULL_WITH_HIGHER_PRIORITY,
        OFFER_CLOSED,
        NO_SEATS,
        NOT_NEEDED_HIGHER_CHOICE_HELD;

        static Outcome of(ChoiceReason reason, boolean offerOpen) {
            return switch (reason) {
                case ASSIGNED -> ASSIGNED;
                case FULL_WITH_HIGHER_PRIORITY -> FULL_WITH_HIGHER_PRIORITY;
                case BUSINESS_FULL_WITH_HIGHER_PRIORITY -> BUSINESS_FULL_WITH_HIGHER_PRIORITY;
                case ZERO_CAPACITY -> offerOpen ? NO_SEATS : OFFER_CLOSED;
                case NOT_REACHED_BECAUSE_HIGHER_CHOICE_HELD -> NOT_NEEDED_HIGHER_CHOICE_HELD;
            };
        }
    }

    @Schema(name = "MatchingChoiceResult")
    public record ChoiceResult(
            @Schema(minimum = "1", maximum = "50") int rank,
            UUID offerId,
            @Schema(maxLength = OfferLimits.TITLE) String title,
            Outcome outcome,

            @Schema(description = "The offer's priority over you")
            Priority yourPriority,

            @Schema(description = "The offer's cut-off: the lowest priority it admitted")
            Priority cutoff,

            @Schema(minimum = "0", maximum = "10000") int capacity) {}

    @Schema(name = "MatchingStudentResult")
    public record StudentResult(
            UUID roundId,
            @Schema(minimum = "0", maximum = "2147483647") int lotteryNumber,

            @Schema(description = "The offer you were placed in; absent when none")
            UUID assignedOfferId,

            @Schema(minimum = "1", maximum = "50") Integer assignedRank,

            @Schema(description = "Your PROPOSED placement: confirm its agreement to go on")
            UUID placementId,

            @Schema(maxItems = RoundLimits.MAX_CHOICE_CAP) List<ChoiceResult> choices) {}

    @Schema(name = "MatchingVerification")
    public record Verification(
            UUID roundId,
            @Schema(maxLength = 64) String algorithm,

            @Schema(maxLength = 64, description = "The fingerprint stored when the round was matched")
            String storedFingerprint,

            @Schema(maxLength = 64, description = "The fingerprint of re-running the stored inputs now")
            String recomputedFingerprint,

            @Schema(description = "Re-running gave the same result, byte for byte")
            boolean identical,

            @Schema(description = "The stored assignment has no blocking pair and respects every capacity")
            boolean stable,

            @Schema(description = "Every student's stored outcome is the one re-running gives")
            boolean storedMatches,

            @Schema(minimum = "0", maximum = "2147483647") int students,
            @Schema(minimum = "0", maximum = "2147483647") int choices,
            @Schema(minimum = "0", maximum = "2147483647") int matched) {}
}
