package vn.practica.placement.offer;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who may apply to an offer: students of these schools, in these programmes (the schools' own sourcedIds), in
 * these years of study. An empty list does not restrict; lists are kept sorted without repeats, so the same
 * eligibility sent in another order is the same.
 */
public record OfferEligibility(List<UUID> schoolIds, List<String> programSourcedIds, List<Integer> yearsOfStudy) {
    public static final OfferEligibility ANYONE = new OfferEligibility(List.of(), List.of(), List.of());

    public OfferEligibility {
        schoolIds = sorted(schoolIds);
        programSourcedIds = sorted(programSourcedIds);
        yearsOfStudy = sorted(yearsOfStudy);
    }

    private static <T extends Comparable<T>> List<T> sorted(Collection<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }
}
