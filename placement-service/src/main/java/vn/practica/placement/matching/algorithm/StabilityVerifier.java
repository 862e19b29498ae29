package vn.practica.placement.matching.algorithm;

import java.util.Optional;

/**
 * Checks any assignment of a round, whoever made it, against the definitions, independently of the algorithms:
 * every student holds an offer they ranked or none (individual rationality), no offer and no business holds more
 * than its capacity, and no blocking pair. Returns the first violation found.
 *
 * <p>Blocking pair, college admissions form: a student and an offer they rank above what they hold (or hold
 * nothing) where the offer has a free seat or holds a student of lower key. Student-project allocation form, the
 * paper's definition (Abraham, Irving and Manlove 2007, SPA-S): a student and an offer they prefer where (a)
 * offer and business both have room; or (b) the offer has room, the business is full, and either the student
 * already holds one of the business's offers or the business ranks the student above its worst student; or (c)
 * the offer is full and the business ranks the student above the offer's worst student. Business order is
 * {@link BusinessPriorities}.
 */
public final class StabilityVerifier {
    /** One broken rule: what kind, the student and offer involved (-1 where none), in words. */
    public record Violation(Kind kind, int student, int offer, String description) {}

    /** The rules a result can break. */
    public enum Kind {
        NOT_A_RESULT,
        UNRANKED_OFFER,
        OFFER_OVER_CAPACITY,
        BUSINESS_OVER_CAPACITY,
        BLOCKING_PAIR
    }

    private StabilityVerifier() {}

    /** The college admissions form: offer capacities and offer keys; business-wide capacities ignored. */
    public static Optional<Violation> verifyCollegeAdmissions(MatchingInstance instance, int[] assignedOffer) {
        return new Check(instance, instance.choiceKey(), false).run(assignedOffer);
    }

    /** The student-project allocation form: offer and business capacities, business keys. */
    public static Optional<Violation> verifyStudentProjectAllocation(MatchingInstance instance, int[] assignedOffer) {
        return new Check(instance, BusinessPriorities.keys(instance), true).run(assignedOffer);
    }

    /** One verification's working state: fills and worst keys per offer and business. */
    private static final class Check {
        private final MatchingInstance instance;
        private final long[] priority;
        private final boolean businessWide;
        private final int[] held;
        private final int[] offerFill;
        private final long[] offerWorst;
        private final int[] businessFill;
        private final long[] businessWorst;

        Check(MatchingInstance instance, long[] priority, boolean businessWide) {
            this.instance = instance;
            this.priority = priority;
            this.businessWide = businessWide;
            this.held = new int[instance.studentCount()];
            this.offerFill = new int[instance.offerCount()];
            this.offerWorst = new long[instance.offerCount()];
            this.businessFill = new int[instance.businessCount()];
            this.businessWorst = new long[instance.businessCount()];
        }

        Optional<Violation> run(int[] assignedOffer) {
            if (assignedOffer.length != instance.studentCount()) {
                return Optional.of(new Violation(
                        Kind.NOT_A_RESULT, -1, -1, "assignment for " + assignedOffer.length + " students"));
            }
            return findHeldChoices(assignedOffer).or(this::countFills).or(this::findBlockingPair);
        }

        private Optional<Violation> findHeldChoices(int[] assignedOffer) {
            for (int s = 0; s < held.length; s++) {
                held[s] = -1;
                for (int e = instance.firstChoice(s); e < instance.endOfChoices(s); e++) {
                    if (instance.offerOf(e) == assignedOffer[s]) {
                        held[s] = e;
                    }
                }
                if (assignedOffer[s] != -1 && held[s] == -1) {
                    return Optional.of(new Violation(
                            Kind.UNRANKED_OFFER,
                            s,
                            assignedOffer[s],
                            "student " + s + " holds offer " + assignedOffer[s] + ", which they did not rank"));
                }
            }
            return Optional.empty();
        }

        private Optional<Violation> countFills() {
            for (int s = 0; s < held.length; s++) {
                if (held[s] >= 0) {
                    admit(held[s]);
                }
            }
            for (int o = 0; o < offerFill.length; o++) {
                if (offerFill[o] > instance.capacityOf(o)) {
                    return Optional.of(new Violation(
                            Kind.OFFER_OVER_CAPACITY,
                            -1,
                            o,
                            "offer " + o + " holds " + offerFill[o] + " of " + instance.capacityOf(o) + " seats"));
                }
            }
            for (int b = 0; businessWide && b < businessFill.length; b++) {
                if (businessFill[b] > instance.businessCapacityOf(b)) {
                    return Optional.of(new Violation(
                            Kind.BUSINESS_OVER_CAPACITY,
                            -1,
                            -1,
                            "business " + b + " holds " + businessFill[b] + " of " + instance.businessCapacityOf(b)));
                }
            }
            return Optional.empty();
        }

        private void admit(int e) {
            int o = instance.offerOf(e);
            offerWorst[o] = offerFill[o]++ == 0 ? priority[e] : Math.min(offerWorst[o], priority[e]);
            int b = business(o);
            if (b != MatchingInstance.NO_BUSINESS) {
                businessWorst[b] = businessFill[b]++ == 0 ? priority[e] : Math.min(businessWorst[b], priority[e]);
            }
        }

        private Optional<Violation> findBlockingPair() {
            for (int s = 0; s < held.length; s++) {
                int end = held[s] >= 0 ? held[s] : instance.endOfChoices(s);
                for (int e = instance.firstChoice(s); e < end; e++) {
                    if (blocks(s, e)) {
                        int o = instance.offerOf(e);
                        return Optional.of(new Violation(
                                Kind.BLOCKING_PAIR,
                                s,
                                o,
                                "student " + s + " prefers offer " + o + ", which would take them"));
                    }
                }
            }
            return Optional.empty();
        }

        private boolean blocks(int s, int e) {
            int o = instance.offerOf(e);
            long k = priority[e];
            boolean offerFull = offerFill[o] >= instance.capacityOf(o);
            int b = business(o);
            if (b == MatchingInstance.NO_BUSINESS) {
                return !offerFull || (offerFill[o] > 0 && k > offerWorst[o]);
            }
            boolean businessFull = businessFill[b] >= instance.businessCapacityOf(b);
            if (offerFull) {
                return offerFill[o] > 0 && k > offerWorst[o];
            }
            if (!businessFull) {
                return true;
            }
            boolean holdsBusinessOffer = held[s] >= 0 && business(instance.offerOf(held[s])) == b;
            return holdsBusinessOffer || (businessFill[b] > 0 && k > businessWorst[b]);
        }

        private int business(int offer) {
            return businessWide ? instance.businessOf(offer) : MatchingInstance.NO_BUSINESS;
        }
    }
}
