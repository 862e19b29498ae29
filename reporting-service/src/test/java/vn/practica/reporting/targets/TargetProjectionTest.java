package vn.practica.reporting.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TargetProjectionTest {
    @Test
    void aYearInProgressIsProjectedByItsRunRateFromJanuaryFirst() {
        // 1 April 2027 is day 91 of 365: 91 placements so far run at one a day
        assertEquals(OptionalLong.of(365), TargetProjection.yearEnd(91, 2027, LocalDate.of(2027, 4, 1)));
        // A leap year has 366 days; on day 1 the day's count stands for the whole year
        assertEquals(OptionalLong.of(366), TargetProjection.yearEnd(1, 2028, LocalDate.of(2028, 1, 1)));
        assertEquals(OptionalLong.of(40), TargetProjection.yearEnd(40, 2027, LocalDate.of(2027, 12, 31)));
    }

    @Test
    void aPastYearEndsWhereItIsAndAFutureYearHasNoProjection() {
        assertEquals(OptionalLong.of(13), TargetProjection.yearEnd(13, 2025, LocalDate.of(2026, 1, 1)));
        assertEquals(OptionalLong.empty(), TargetProjection.yearEnd(0, 2027, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void theProjectionNeverFallsBelowTheActualNorExceedsTheDailyRateTimesTheYear() {
        Random random = new Random(13);
        for (int i = 0; i < 10_000; i++) {
            int year = 2000 + random.nextInt(101);
            LocalDate today = LocalDate.of(year, 1, 1)
                    .plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
            long actual = random.nextInt(1_000_000);
            long projected = TargetProjection.yearEnd(actual, year, today).getAsLong();
            assertTrue(projected >= actual, "projection below actual on " + today);
            assertTrue(projected <= actual * 366, "projection beyond a year of the first day's rate");
        }
    }

    @Test
    void percentAchievedHasOneDecimalAndNoneForAZeroTarget() {
        assertEquals(OptionalDouble.of(65.0), TargetProjection.percent(13, 20));
        assertEquals(OptionalDouble.of(33.3), TargetProjection.percent(1, 3));
        assertEquals(OptionalDouble.of(150.0), TargetProjection.percent(30, 20));
        assertEquals(OptionalDouble.empty(), TargetProjection.percent(5, 0));
    }

    @Test
    void perTenThousandInhabitantsHasTwoDecimals() {
        assertEquals(0.05, TargetProjection.per10000(6, 1_200_000));
        assertEquals(10_000.0, TargetProjection.per10000(5, 5));
    }
}
