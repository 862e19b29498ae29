package vn.practica.placement.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoundInputsListTest {
    private static final UUID A = UUID.fromString("01a23cd4-eb4c-7000-ba97-643508e946e6");
    private static final UUID B = UUID.fromString("f54818bf-9588-44f6-8c1c-c31be18d4154");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void aListsRanksWithGapsAndSeveralDigitsKeepTheirOffersInOrderAfterTheListsBeforeIt() {
        int[] ranks = {7, 0, 0, 0, 0};
        int[] offers = {9, 0, 0, 0, 0};

        int next = RoundInputs.list("2,10,123", "" + B + C + A, Map.of(A, 0, B, 1, C, 2), ranks, offers, 1);

        assertEquals(4, next);
        assertArrayEquals(new int[] {7, 2, 10, 123, 0}, ranks);
        assertArrayEquals(new int[] {9, 1, 2, 0, 0}, offers);
    }

    @Test
    void aListOfOneChoiceTakesOneEdge() {
        int[] ranks = new int[1];
        int[] offers = new int[1];

        assertEquals(1, RoundInputs.list("1", A.toString(), Map.of(A, 3), ranks, offers, 0));
        assertArrayEquals(new int[] {1}, ranks);
        assertArrayEquals(new int[] {3}, offers);
    }
}
