package vn.practica.placement.coverage;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * How much of what an offer requires a student's programme teaches.
 *
 * @param requiredCount how many distinct competency items the offer requires
 * @param overlap the required items the programme covers, in UUID order: what "for me" shows
 */
public record Coverage(int requiredCount, List<UUID> overlap) {
    /** Best first, as {@link CoverageRanking}: more covered, then fewer missing; callers add their tie-break. */
    public static final Comparator<Coverage> BEST_FIRST = (a, b) ->
            CoverageRanking.compare(a.coveredCount(), a.requiredCount, 0, b.coveredCount(), b.requiredCount, 0);

    public Coverage {
        overlap = List.copyOf(overlap);
        if (overlap.size() > requiredCount) {
            throw new IllegalArgumentException("more items covered than required");
        }
    }

    /** How much of {@code requiredItems} (repeats count once) lies in {@code coveredItems}. */
    public static Coverage of(Set<UUID> coveredItems, Collection<UUID> requiredItems) {
        Set<UUID> required = new TreeSet<>(requiredItems);
        return new Coverage(
                required.size(),
                required.stream().filter(coveredItems::contains).toList());
    }

    public int coveredCount() {
        return overlap.size();
    }

    public int missingCount() {
        return requiredCount - overlap.size();
    }

    /** Covered share of the required items, 0 to 1; 0 when the offer requires nothing. */
    public double ratio() {
        return CoverageRanking.ratio(coveredCount(), requiredCount);
    }
}
