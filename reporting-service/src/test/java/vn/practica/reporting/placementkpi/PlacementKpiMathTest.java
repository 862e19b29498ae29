package vn.practica.reporting.placementkpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlacementKpiMathTest {
    @Test
    void ratesAreRoundedToFourDecimalsAndNeedADenominator() {
        assertEquals(0.4286, PlacementKpiMath.rate(3, 7));
        assertEquals(0.6667, PlacementKpiMath.rate(2, 3));
        assertEquals(1.0, PlacementKpiMath.rate(5, 5));
        assertEquals(0.0, PlacementKpiMath.rate(0, 4));
        assertNull(PlacementKpiMath.rate(0, 0));
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertEquals(10.0, PlacementKpiMath.median(new double[] {20, 10, 10}));
        assertEquals(4.0, PlacementKpiMath.median(new double[] {4}));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValuesToOneDecimal() {
        assertEquals(12.5, PlacementKpiMath.median(new double[] {30, 10, 15, 2}));
        assertEquals(1.3, PlacementKpiMath.median(new double[] {1.0, 1.5}), "1.25 rounds half up");
    }

    @Test
    void noPlacementHasNoMedianAndTheArrayIsLeftAlone() {
        assertNull(PlacementKpiMath.median(new double[0]));
        double[] days = {3, 1, 2};
        PlacementKpiMath.median(days);
        assertEquals("[3.0, 1.0, 2.0]", Arrays.toString(days));
    }

    @Test
    void theMedianSplitsAnySampleInHalves() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            double[] days = new double[1 + random.nextInt(50)];
            for (int i = 0; i < days.length; i++) {
                days[i] = random.nextInt(1000) / 10.0;
            }
            double median = PlacementKpiMath.median(days);
            long below = Arrays.stream(days).filter(d -> d < median - 0.05).count();
            long above = Arrays.stream(days).filter(d -> d > median + 0.05).count();
            assertTrue(below <= days.length / 2 && above <= days.length / 2, Arrays.toString(days));
        }
    }

    @Test
    void unmetDemandAndRepeatPartnersAreWhatIsLeft() {
        assertEquals(4, PlacementKpiMath.unmetDemand(7, 3));
        assertEquals(0, PlacementKpiMath.unmetDemand(2, 2));
        assertEquals(1, PlacementKpiMath.repeat(1, 0));
        assertEquals(0, PlacementKpiMath.repeat(2, 2));
    }
}
