package se.sif.economics;

import java.math.BigDecimal;
import java.util.List;
import se.sif.economics.calculation.DiscountSchedule;

/**
 * The discounting conventions and the default rate, and present values at one constant
 * rate for the API. The arithmetic is the calculation engine's own
 * ({@link DiscountSchedule#factors}), so the API and a calculation never disagree about a
 * discount factor. Factors are {@code 1 / (1 + r)^t}; {@code t} starts at 0 for the first
 * year in the cost-benefit (Green Book) convention and at 1 in the SROI convention.
 */
public final class Discounting {

    /** The Swedish ASEK and UK Green Book real discount rate. */
    public static final BigDecimal DEFAULT_RATE = new BigDecimal("0.035");

    public enum FirstYear {

        /** The first year is not discounted (cost-benefit analysis). */
        UNDISCOUNTED,
        /** The first year is discounted once (SROI). */
        DISCOUNTED

    }

    private Discounting() {
    }

    /** The discount factor of year index {@code year} at a constant rate in [0, 1). */
    public static double factor(BigDecimal rate, int year, FirstYear convention) {
        if (year < 0) {
            throw new IllegalArgumentException("year must not be negative: " + year);
        }
        return schedule(rate).factors(year + 1, convention)[year];
    }

    /**
     * Present value, in öre rounded half-even, of one amount per year (index 0 = first
     * year), amounts in öre: summed like the engine sums an actor's flows, and rounded
     * once.
     */
    public static long presentValue(List<Long> yearlyOre, BigDecimal rate, FirstYear convention) {
        double[] factors = schedule(rate).factors(yearlyOre.size(), convention);
        double total = 0;
        for (int year = 0; year < factors.length; year++) {
            total += yearlyOre.get(year) * factors[year];
        }
        return (long) Math.rint(total);
    }

    private static DiscountSchedule schedule(BigDecimal rate) {
        return DiscountSchedule.constant("constant-" + rate.toPlainString(), rate.doubleValue());
    }

}
