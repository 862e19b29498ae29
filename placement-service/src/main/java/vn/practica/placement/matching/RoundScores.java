package vn.practica.placement.matching;

import java.math.BigDecimal;

/** Scores on the wire are percentages with at most four decimals; stored and ranked as millionths. */
final class RoundScores {
    static final String MAX_PERCENT = "100";
    static final int DECIMALS = 4;

    private static final BigDecimal MILLIONTHS_PER_PERCENT = BigDecimal.valueOf(10_000);

    private RoundScores() {}

    /** Exact: the request's {@code @Digits} allows no more than four decimals. */
    static int millionths(BigDecimal percent) {
        return percent.multiply(MILLIONTHS_PER_PERCENT).intValueExact();
    }

    static BigDecimal percent(int millionths) {
        return BigDecimal.valueOf(millionths, DECIMALS).stripTrailingZeros();
    }
}
