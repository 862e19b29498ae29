package vn.practica.placement.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final UUID SQL = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID JAVA = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID DESIGN = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private static final UUID TESTING = UUID.fromString("00000000-0000-4000-8000-000000000004");

    @Test
    void theOverlapIsTheRequiredItemsTheProgrammeCoversInUuidOrder() {
        Coverage coverage = Coverage.of(Set.of(SQL, JAVA, TESTING), List.of(TESTING, DESIGN, SQL));
        assertEquals(List.of(SQL, TESTING), coverage.overlap());
        assertEquals(3, coverage.requiredCount());
        assertEquals(1, coverage.missingCount());
        assertEquals(2.0 / 3, coverage.ratio());
    }

    @Test
    void aRepeatedRequiredItemCountsOnce() {
        Coverage coverage = Coverage.of(Set.of(SQL), List.of(SQL, SQL, JAVA));
        assertEquals(2, coverage.requiredCount());
        assertEquals(1, coverage.coveredCount());
    }

    @Test
    void anOfferRequiringNothingIsCoveredByNothing() {
        Coverage coverage = Coverage.of(Set.of(SQL), List.of());
        assertEquals(0, coverage.coveredCount());
        assertEquals(0, coverage.ratio());
    }

    @Test
    void bestFirstPutsMoreCoveredThenFewerMissingFirst() {
        Coverage twoOfTwo = Coverage.of(Set.of(SQL, JAVA), List.of(SQL, JAVA));
        Coverage twoOfThree = Coverage.of(Set.of(SQL, JAVA), List.of(SQL, JAVA, DESIGN));
        Coverage oneOfOne = Coverage.of(Set.of(SQL), List.of(SQL));
        assertEquals(
                List.of(twoOfTwo, twoOfThree, oneOfOne),
                List.of(oneOfOne, twoOfThree, twoOfTwo).stream()
                        .sorted(Coverage.BEST_FIRST)
                        .toList());
    }

    @Test
    void refusesMoreCoveredItemsThanRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Coverage(1, List.of(SQL, JAVA)));
    }
}
