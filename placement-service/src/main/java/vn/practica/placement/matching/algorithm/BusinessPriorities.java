package vn.practica.placement.matching.algorithm;

/**
 * A business's single preference list over students, which the student-project allocation form needs
 * (Abraham, Irving and Manlove 2007: each lecturer ranks students; a project ranks its applicants in its
 * lecturer's order). Rule: a business ranks a student by the highest key among the student's edges to the
 * business's offers, the student's best claim on it. An offer without a business keeps the edge's own key.
 *
 * <p>Why it is well defined: the key does not depend on which of the business's offers the student ranked first
 * or on what the algorithm does, so the list is fixed before the run; and since every key of a student ends with
 * that student's lottery bits ({@link PriorityKeys}), two students never get the same business key: the list is
 * strict, as the paper requires. Where a business has one offer, or its keys do not differ between its offers,
 * the list is that offer's own order.
 */
public final class BusinessPriorities {
    private BusinessPriorities() {}

    /** Per edge, the business's key for the edge's student (the edge's own key where there is no business). */
    public static long[] keys(MatchingInstance instance) {
        int[] start = instance.choiceStart();
        int[] offer = instance.choiceOffer();
        int[] businessOf = instance.offerBusiness();
        long[] key = instance.choiceKey();
        long[] businessKey = new long[key.length];
        int[] business = new int[longestList(start)];
        for (int s = 0; s + 1 < start.length; s++) {
            int first = start[s];
            int length = start[s + 1] - first;
            for (int i = 0; i < length; i++) {
                business[i] = businessOf[offer[first + i]];
            }
            // Lists are short (up to the round's cap of choices): quadratic per student is linear overall
            for (int i = 0; i < length; i++) {
                long best = key[first + i];
                for (int j = 0; j < length; j++) {
                    if (business[j] == business[i] && business[i] != MatchingInstance.NO_BUSINESS) {
                        best = Math.max(best, key[first + j]);
                    }
                }
                businessKey[first + i] = best;
            }
        }
        return businessKey;
    }

    private static int longestList(int[] start) {
        int longest = 0;
        for (int s = 0; s + 1 < start.length; s++) {
            longest = Math.max(longest, start[s + 1] - start[s]);
        }
        return longest;
    }
}
