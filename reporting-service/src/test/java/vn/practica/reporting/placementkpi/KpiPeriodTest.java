package vn.practica.reporting.placementkpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiPeriodTest {
    private static final LocalDate DAY = LocalDate.of(2027, 8, 14);

    @Test
    void aDayBelongsToItsMonthQuarterAndYear() {
        assertEquals(LocalDate.of(2027, 8, 1), KpiPeriod.MONTH.start(DAY));
        assertEquals(LocalDate.of(2027, 8, 31), KpiPeriod.MONTH.end(DAY));
        assertEquals(LocalDate.of(2027, 7, 1), KpiPeriod.QUARTER.start(DAY));
        assertEquals(LocalDate.of(2027, 9, 30), KpiPeriod.QUARTER.end(DAY));
        assertEquals(LocalDate.of(2027, 1, 1), KpiPeriod.YEAR.start(DAY));
        assertEquals(LocalDate.of(2027, 12, 31), KpiPeriod.YEAR.end(DAY));
    }

    @Test
    void labelsNameThePeriod() {
        assertEquals("2027-08", KpiPeriod.MONTH.label(LocalDate.of(2027, 8, 1)));
        assertEquals("2027-Q3", KpiPeriod.QUARTER.label(LocalDate.of(2027, 7, 1)));
        assertEquals("2027", KpiPeriod.YEAR.label(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void februaryOfALeapYearEndsOnThe29th() {
        assertEquals(LocalDate.of(2028, 2, 29), KpiPeriod.MONTH.end(LocalDate.of(2028, 2, 3)));
    }
}
