package se.sif.economics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Discounting without Spring or a database, so it can be tested by hand-computed values and reused by the
 * calculation engine. Factors are {@code 1 / (1 + r)^t}; {@code t} starts at 0 for the first year in the
 * cost-benefit (Green Book) convention and at 1 in the SROI convention.
 */
public final class Discounting {

    /** The Swedish ASEK and UK Green Book real discount rate. */
    public static final BigDecimal DEFAULT_RATE = new BigDecimal("0.035");

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public enum FirstYear {
        /** The first year is not discounted (cost-benefit analysis). */
        UNDISCOUNTED,
        /** The first year is discounted once (SROI). */
        DISCOUNTED
    }

    private Discounting() {
    }

    public static BigDecimal factor(BigDecimal rate, int year, FirstYear convention) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("rate must be in [0, 1): " + rate);
        }
        if (year < 0) {
            throw new IllegalArgumentException("year must not be negative: " + year);
        }
        int exponent = convention == FirstYear.UNDISCOUNTED ? year : year + 1;
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(rate).pow(exponent, PRECISION), PRECISION);
    }

    /** Present value, in öre rounded half-even, of one amount per year (index 0 = first year), amounts in öre. */
    public static long presentValue(List<Long> yearlyOre, BigDecimal rate, FirstYear convention) {
        BigDecimal total = BigDecimal.ZERO;
        for (int year = 0; year < yearlyOre.size(); year++) {
            total = total.add(BigDecimal.valueOf(yearlyOre.get(year)).multiply(factor(rate, year, convention), PRECISION));
        }
        return total.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
