package vn.practica.placement.matching.algorithm;

/**
 * An offer's priority over a student who ranked it, as one {@code long} (higher is preferred), compared as a
 * plain integer by the algorithms. From the most significant bit down:
 *
 * <ul>
 *   <li>bit 63: 0, so keys are never negative;
 *   <li>bit 62: 1 when the business scored the student for this offer. A business that scores ranks the students
 *       it scored before the ones it left to the default: it has looked at them;
 *   <li>bits 31–61: the score in millionths, {@code 0..}{@link #SCORE_SCALE}: the business's own score where
 *       given, else the default, the share of the offer's required competency items the student's programme covers
 *       ({@code floor(covered · 1,000,000 / required)}, 0 when the offer requires none);
 *   <li>bits 0–30: {@code 2^31 - 1 - lotteryNumber} ({@link Lottery}), so the lower lottery number wins a tie.
 * </ul>
 *
 * <p><b>Ties are impossible</b>: two different students have different lottery numbers (a permutation), so the
 * low 31 bits of their keys differ, whatever their scores. That holds for any offer and for a business's list
 * ({@link BusinessPriorities}), because every key of a student carries the same lottery bits.
 */
public final class PriorityKeys {
    /** Scores and coverage are fractions of this: 1,000,000 is 1. */
    public static final int SCORE_SCALE = 1_000_000;
    /** The business score of a student the business did not score. */
    public static final int NOT_SCORED = -1;

    static final int LOTTERY_BITS = 31;
    private static final long LOTTERY_MASK = (1L << LOTTERY_BITS) - 1;
    private static final long SCORED = 1L << 62;

    private PriorityKeys() {}

    /**
     * The key of one (student, offer) edge: {@code businessScore} in millionths or {@link #NOT_SCORED}; the
     * default from {@code coveredItems} of the offer's {@code requiredItems}; the student's lottery number.
     */
    public static long key(int businessScore, int coveredItems, int requiredItems, int lotteryNumber) {
        if (lotteryNumber < 0 || lotteryNumber > LOTTERY_MASK) {
            throw new IllegalArgumentException("lottery number out of range: " + lotteryNumber);
        }
        boolean scored = businessScore != NOT_SCORED;
        int score = scored ? businessScore : coverage(coveredItems, requiredItems);
        if (score < 0 || score > SCORE_SCALE) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        return (scored ? SCORED : 0) | ((long) score << LOTTERY_BITS) | (LOTTERY_MASK - lotteryNumber);
    }

    /**
     * Keys of every edge of a round: per edge the business score (or {@link #NOT_SCORED}), covered and required
     * item counts; per student the lottery number; {@code choiceStart} says which student an edge belongs to.
     */
    public static long[] keys(
            int[] choiceStart, int[] businessScore, int[] coveredItems, int[] requiredItems, int[] lotteryNumber) {
        long[] keys = new long[businessScore.length];
        for (int s = 0; s + 1 < choiceStart.length; s++) {
            for (int e = choiceStart[s]; e < choiceStart[s + 1]; e++) {
                keys[e] = key(businessScore[e], coveredItems[e], requiredItems[e], lotteryNumber[s]);
            }
        }
        return keys;
    }

    /** The default score: covered share of the required items in millionths, rounded down; 0 if none required. */
    public static int coverage(int coveredItems, int requiredItems) {
        if (coveredItems < 0 || coveredItems > requiredItems) {
            throw new IllegalArgumentException("covered " + coveredItems + " of " + requiredItems);
        }
        return requiredItems == 0 ? 0 : (int) ((long) coveredItems * SCORE_SCALE / requiredItems);
    }

    /** Whether the key carries the business's own score. */
    public static boolean isScored(long key) {
        return (key & SCORED) != 0;
    }

    /** The score part of a key, in millionths. */
    public static int score(long key) {
        return (int) ((key & ~SCORED) >>> LOTTERY_BITS);
    }

    /** The lottery number in a key. */
    public static int lotteryNumber(long key) {
        return (int) (LOTTERY_MASK - (key & LOTTERY_MASK));
    }
}
