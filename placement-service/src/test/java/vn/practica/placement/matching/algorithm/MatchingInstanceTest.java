package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A round's arrays are checked once, when the instance is made. */
class MatchingInstanceTest {
    @Test
    void refusesAStudentRankingAnOfferTwice() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> MatchingInstance.of(new int[] {0, 2}, new int[] {0, 0}, new long[] {1, 2}, new int[] {1}));

        assertEquals("a student ranks an offer once", refused.getMessage());
    }

    @Test
    void refusesOffersOutOfRangeNegativeSeatsAndMismatchedArrays() {
        assertThrows(
                IllegalArgumentException.class,
                () -> MatchingInstance.of(new int[] {0, 1}, new int[] {1}, new long[] {1}, new int[] {1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> MatchingInstance.of(new int[] {0, 1}, new int[] {0}, new long[] {1}, new int[] {-1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> MatchingInstance.of(new int[] {0, 1}, new int[] {0}, new long[0], new int[] {1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> MatchingInstance.of(new int[] {0, 2, 1}, new int[] {0, 1}, new long[2], new int[] {1, 1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> MatchingInstance.withBusinesses(
                        new int[] {0}, new int[0], new long[0], new int[] {1}, new int[] {1}, new int[] {1}));
    }

    @Test
    void countsTheBytesOfItsArrays() {
        MatchingInstance round = MatchingInstance.of(new int[] {0, 1}, new int[] {0}, new long[] {1}, new int[] {1});

        assertEquals(2 * 4 + 4 + 8 + 4 + 4, round.bytes());
    }
}
