package vn.practica.placement.matching.algorithm;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A round's result: the offer each student holds, each offer's cut-off (the lowest priority key admitted) and
 * fill, the same per business for the student-project allocation form, and per (student, choice) edge why the
 * student got that offer or not. Everything is derived from the assignment and the priorities the algorithm
 * used, so two runs that assign alike are alike byte for byte ({@link #fingerprint()}).
 */
public final class Matching {
    /** The cut-off of an offer or business that admitted nobody. */
    public static final long NO_CUTOFF = Long.MIN_VALUE;

    private final int[] assignedChoice;
    private final int[] assignedOffer;
    private final int[] admitted;
    private final long[] cutoff;
    private final int[] businessAdmitted;
    private final long[] businessCutoff;
    private final byte[] reasons;

    private Matching(MatchingInstance instance, int[] assignedChoice, int businessCount) {
        this.assignedChoice = assignedChoice;
        this.assignedOffer = new int[assignedChoice.length];
        this.admitted = new int[instance.offerCount()];
        this.cutoff = new long[instance.offerCount()];
        this.businessAdmitted = new int[businessCount];
        this.businessCutoff = new long[businessCount];
        this.reasons = new byte[instance.choiceCount()];
    }

    /**
     * The result of an assignment ({@code assignedChoice[s]}: the edge student {@code s} holds, or -1) under
     * the priorities per edge the algorithm compared; with {@code businessWide}, business capacities count.
     */
    static Matching of(MatchingInstance instance, long[] priority, int[] assignedChoice, boolean businessWide) {
        Matching matching = new Matching(instance, assignedChoice, businessWide ? instance.businessCount() : 0);
        matching.fill(instance, priority);
        matching.explain(instance, priority, businessWide);
        return matching;
    }

    public int studentCount() {
        return assignedOffer.length;
    }

    /** The offer the student holds, or -1. */
    public int assignedOffer(int student) {
        return assignedOffer[student];
    }

    /** The edge the student holds, or -1. */
    public int assignedChoice(int student) {
        return assignedChoice[student];
    }

    /** Every student's offer (-1 for none), a copy. */
    public int[] assignedOffers() {
        return assignedOffer.clone();
    }

    /** How many students hold an offer. */
    public int assignedCount() {
        int count = 0;
        for (int offer : assignedOffer) {
            count += offer >= 0 ? 1 : 0;
        }
        return count;
    }

    public int admitted(int offer) {
        return admitted[offer];
    }

    /** The lowest key admitted to the offer, or {@link #NO_CUTOFF}. */
    public long cutoff(int offer) {
        return cutoff[offer];
    }

    /** Students held across the business's offers (student-project allocation only). */
    public int businessAdmitted(int business) {
        return businessAdmitted[business];
    }

    /** The lowest business key admitted across the business's offers, or {@link #NO_CUTOFF}. */
    public long businessCutoff(int business) {
        return businessCutoff[business];
    }

    public ChoiceReason reason(int choice) {
        return ChoiceReason.ofCode(reasons[choice]);
    }

    /** SHA-256, in hex, of the assignment, the cut-offs and the reasons: equal for equal results only. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer =
                    ByteBuffer.allocate(4 * (assignedOffer.length + admitted.length + businessAdmitted.length)
                            + 8 * (cutoff.length + businessCutoff.length)
                            + 16);
            buffer.putInt(assignedOffer.length).putInt(cutoff.length).putInt(businessCutoff.length);
            Arrays.stream(assignedOffer).forEach(buffer::putInt);
            Arrays.stream(admitted).forEach(buffer::putInt);
            Arrays.stream(cutoff).forEach(buffer::putLong);
            Arrays.stream(businessAdmitted).forEach(buffer::putInt);
            Arrays.stream(businessCutoff).forEach(buffer::putLong);
            digest.update(buffer.array(), 0, buffer.position());
            digest.update(reasons);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private void fill(MatchingInstance instance, long[] priority) {
        Arrays.fill(cutoff, NO_CUTOFF);
        Arrays.fill(businessCutoff, NO_CUTOFF);
        for (int s = 0; s < assignedChoice.length; s++) {
            int e = assignedChoice[s];
            assignedOffer[s] = e < 0 ? -1 : instance.offerOf(e);
            if (e < 0) {
                continue;
            }
            int o = assignedOffer[s];
            admitted[o]++;
            cutoff[o] = admitted[o] == 1 ? priority[e] : Math.min(cutoff[o], priority[e]);
            int b = instance.businessOf(o);
            if (businessAdmitted.length > 0 && b != MatchingInstance.NO_BUSINESS) {
                businessAdmitted[b]++;
                businessCutoff[b] = businessAdmitted[b] == 1 ? priority[e] : Math.min(businessCutoff[b], priority[e]);
            }
        }
    }

    private void explain(MatchingInstance instance, long[] priority, boolean businessWide) {
        for (int s = 0; s < assignedChoice.length; s++) {
            int held = assignedChoice[s];
            for (int e = instance.firstChoice(s); e < instance.endOfChoices(s); e++) {
                ChoiceReason reason;
                if (e == held) {
                    reason = ChoiceReason.ASSIGNED;
                } else if (held >= 0 && e > held) {
                    reason = ChoiceReason.NOT_REACHED_BECAUSE_HIGHER_CHOICE_HELD;
                } else {
                    reason = turnedAway(instance, priority[e], instance.offerOf(e), businessWide);
                }
                reasons[e] = reason.code();
            }
        }
    }

    /** Why a stable result leaves a student out of an offer they prefer to what they hold. */
    private ChoiceReason turnedAway(MatchingInstance instance, long key, int o, boolean businessWide) {
        int b = businessWide ? instance.businessOf(o) : MatchingInstance.NO_BUSINESS;
        boolean business = b != MatchingInstance.NO_BUSINESS;
        if (instance.capacityOf(o) == 0 || (business && instance.businessCapacityOf(b) == 0)) {
            return ChoiceReason.ZERO_CAPACITY;
        }
        if (admitted[o] == instance.capacityOf(o) && key < cutoff[o]) {
            return ChoiceReason.FULL_WITH_HIGHER_PRIORITY;
        }
        if (business && businessAdmitted[b] == instance.businessCapacityOf(b) && key < businessCutoff[b]) {
            return ChoiceReason.BUSINESS_FULL_WITH_HIGHER_PRIORITY;
        }
        throw new IllegalStateException("not stable: a student is left out of an offer that would take them");
    }
}
