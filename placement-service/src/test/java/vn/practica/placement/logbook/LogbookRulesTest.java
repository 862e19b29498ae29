package vn.practica.placement.logbook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.ProblemType;

/** The logbook's rules as plain Java: period, future, 24 hours a day, learning objectives. */
class LogbookRulesTest {
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final UUID ITEM = UUID.fromString("0b1d5000-0000-4000-8000-000000000002");

    private static EntryContent entry(LocalDate date, String hours, UUID... items) {
        return new EntryContent(date, new BigDecimal(hours), "Làm việc", List.of(items), null);
    }

    private static ProblemType refusal(EntryContent entry, String recorded) {
        return assertThrows(
                        DomainException.class,
                        () -> LogbookRules.requireAcceptable(
                                entry, START, END, TODAY, new BigDecimal(recorded), List.of(ITEM)))
                .type();
    }

    @Test
    void takesAnEntryWithinThePeriodUpToTodayAndExactly24HoursInTheDay() {
        assertDoesNotThrow(() -> LogbookRules.requireAcceptable(
                entry(TODAY, "4.5", ITEM), START, END, TODAY, new BigDecimal("19.5"), List.of(ITEM)));
        assertDoesNotThrow(() -> LogbookRules.requireAcceptable(
                entry(START, "24", ITEM), START, END, TODAY, BigDecimal.ZERO, List.of(ITEM)));
    }

    @Test
    void refusesEachRuleWithItsOwnType() {
        assertEquals(LogbookProblems.DATE_OUTSIDE_PLACEMENT, refusal(entry(START.minusDays(1), "1", ITEM), "0"));
        assertEquals(LogbookProblems.DATE_OUTSIDE_PLACEMENT, refusal(entry(END.plusDays(1), "1", ITEM), "0"));
        assertEquals(LogbookProblems.DATE_IN_FUTURE, refusal(entry(TODAY.plusDays(1), "1", ITEM), "0"));
        assertEquals(LogbookProblems.DAY_OVER_24_HOURS, refusal(entry(TODAY, "0.01", ITEM), "24"));
        assertEquals(LogbookProblems.ITEM_NOT_AN_OBJECTIVE, refusal(entry(TODAY, "1", ITEM, UUID.randomUUID()), "0"));
    }

    @Test
    void aDayIsRefusedExactlyWhenItsHoursWouldPass24SeededLoop() {
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal recorded = BigDecimal.valueOf(random.nextInt(2_401), 2);
            BigDecimal hours = BigDecimal.valueOf(1 + random.nextInt(2_400), 2);
            boolean over = recorded.add(hours).compareTo(new BigDecimal("24")) > 0;
            EntryContent entry = new EntryContent(TODAY, hours, "x", List.of(ITEM), null);
            if (over) {
                assertEquals(LogbookProblems.DAY_OVER_24_HOURS, refusal(entry, recorded.toPlainString()), i + "");
            } else {
                assertDoesNotThrow(
                        () -> LogbookRules.requireAcceptable(entry, START, END, TODAY, recorded, List.of(ITEM)));
            }
        }
    }
}
