package vn.practica.placement.matching.algorithm;

import java.util.Arrays;

/**
 * One round's input on primitive arrays: students {@code 0..S-1}, each with up to k ranked offers laid end to end
 * (student {@code s} ranks {@code choiceOffer[choiceStart[s]]} first, up to, not including,
 * {@code choiceStart[s + 1]}), the offer's priority over that student on the same edge ({@code choiceKey}, higher
 * is preferred, made by {@link PriorityKeys}), each offer's seats, and optionally the business offering it with
 * a business-wide capacity. The arrays are taken as they are, not copied: callers hand them over and never
 * change them afterwards.
 *
 * <p>Keys must be distinct among the students ranking one offer (and, for {@link StudentProjectAllocation},
 * among the students ranking one business); {@link PriorityKeys} guarantees it with the lottery.
 */
public final class MatchingInstance {
    /** The business index of an offer no business-wide capacity applies to. */
    public static final int NO_BUSINESS = -1;

    private final int[] choiceStart;
    private final int[] choiceOffer;
    private final long[] choiceKey;
    private final int[] capacity;
    private final int[] offerBusiness;
    private final int[] businessCapacity;

    private MatchingInstance(
            int[] choiceStart,
            int[] choiceOffer,
            long[] choiceKey,
            int[] capacity,
            int[] offerBusiness,
            int[] businessCapacity) {
        this.choiceStart = choiceStart;
        this.choiceOffer = choiceOffer;
        this.choiceKey = choiceKey;
        this.capacity = capacity;
        this.offerBusiness = offerBusiness;
        this.businessCapacity = businessCapacity;
    }

    /** An instance without business-wide capacities: the college admissions form. */
    public static MatchingInstance of(int[] choiceStart, int[] choiceOffer, long[] choiceKey, int[] capacity) {
        int[] noBusiness = new int[capacity.length];
        Arrays.fill(noBusiness, NO_BUSINESS);
        return withBusinesses(choiceStart, choiceOffer, choiceKey, capacity, noBusiness, new int[0]);
    }

    /**
     * An instance where offer {@code o} belongs to business {@code offerBusiness[o]} ({@link #NO_BUSINESS} for
     * none) and business {@code b} takes at most {@code businessCapacity[b]} students across its offers.
     */
    public static MatchingInstance withBusinesses(
            int[] choiceStart,
            int[] choiceOffer,
            long[] choiceKey,
            int[] capacity,
            int[] offerBusiness,
            int[] businessCapacity) {
        MatchingInstance instance =
                new MatchingInstance(choiceStart, choiceOffer, choiceKey, capacity, offerBusiness, businessCapacity);
        instance.check();
        return instance;
    }

    public int studentCount() {
        return choiceStart.length - 1;
    }

    public int offerCount() {
        return capacity.length;
    }

    public int businessCount() {
        return businessCapacity.length;
    }

    public int choiceCount() {
        return choiceOffer.length;
    }

    /** The first edge of the student's list. */
    public int firstChoice(int student) {
        return choiceStart[student];
    }

    /** One past the last edge of the student's list. */
    public int endOfChoices(int student) {
        return choiceStart[student + 1];
    }

    public int offerOf(int choice) {
        return choiceOffer[choice];
    }

    public long keyOf(int choice) {
        return choiceKey[choice];
    }

    public int capacityOf(int offer) {
        return capacity[offer];
    }

    public int businessOf(int offer) {
        return offerBusiness[offer];
    }

    public int businessCapacityOf(int business) {
        return businessCapacity[business];
    }

    /** Whether any offer belongs to a business with a business-wide capacity. */
    public boolean hasBusinesses() {
        return businessCapacity.length > 0;
    }

    /** Bytes the arrays take (array headers ignored): what one round's input costs in memory. */
    public long bytes() {
        return 4L * choiceStart.length
                + 4L * choiceOffer.length
                + 8L * choiceKey.length
                + 4L * capacity.length
                + 4L * offerBusiness.length
                + 4L * businessCapacity.length;
    }

    // The algorithms read the arrays directly: accessors per edge would cost nothing after inlining, but the
    // hot loops are clearer over the arrays they walk.
    int[] choiceStart() {
        return choiceStart;
    }

    int[] choiceOffer() {
        return choiceOffer;
    }

    long[] choiceKey() {
        return choiceKey;
    }

    int[] capacity() {
        return capacity;
    }

    int[] offerBusiness() {
        return offerBusiness;
    }

    int[] businessCapacity() {
        return businessCapacity;
    }

    private void check() {
        require(choiceStart.length >= 1 && choiceStart[0] == 0, "choiceStart must begin with 0");
        require(choiceStart[choiceStart.length - 1] == choiceOffer.length, "choiceStart must end at the edge count");
        require(choiceKey.length == choiceOffer.length, "one key per edge");
        require(offerBusiness.length == capacity.length, "one business index per offer");
        for (int c : capacity) {
            require(c >= 0, "capacities are not negative");
        }
        for (int c : businessCapacity) {
            require(c >= 0, "business capacities are not negative");
        }
        for (int b : offerBusiness) {
            require(b >= NO_BUSINESS && b < businessCapacity.length, "business index out of range");
        }
        checkLists();
    }

    private void checkLists() {
        // seen[o] == s + 1 while reading student s's list: duplicates found in one pass, no clearing
        int[] seen = new int[capacity.length];
        for (int s = 0; s < studentCount(); s++) {
            require(choiceStart[s] <= choiceStart[s + 1], "choiceStart must not decrease");
            for (int e = choiceStart[s]; e < choiceStart[s + 1]; e++) {
                int o = choiceOffer[e];
                require(o >= 0 && o < capacity.length, "offer index out of range");
                require(seen[o] != s + 1, "a student ranks an offer once");
                seen[o] = s + 1;
            }
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
