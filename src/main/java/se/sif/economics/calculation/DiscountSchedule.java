package se.sif.economics.calculation;

import java.util.List;
import se.sif.economics.Discounting;

/**
 * A discount rate per year, constant or declining by year ranges (the Green Book's
 * schedule for long-lived effects). Factors are cumulative, {@code DF_t = DF_{t−1} / (1 +
 * r_t)}, so a lower rate from year 31 on only discounts the years after 30 less and does
 * not re-discount the first 30 years at the lower rate.
 *
 * @param bands rate bands in order; the first starts at year 0 and each applies up to the
 * next one's start
 */
public record DiscountSchedule(String name, List<Band> bands) {

    /**
     * A rate that applies from {@code fromYear} (inclusive) until the next band starts.
     */
    public record Band(int fromYear, double rate) {
    }

    /**
     * The Green Book's standard declining schedule (3.5 % years 0–30, then 3.0, 2.5, 2.0,
     * 1.5, 1.0 %).
     */
    public static final DiscountSchedule GREEN_BOOK_DECLINING = new DiscountSchedule("green-book-standard-declining",
            List.of(new Band(0, 0.035), new Band(31, 0.030), new Band(76, 0.025), new Band(126, 0.020),
                    new Band(201, 0.015), new Band(301, 0.010)));

    /**
     * The Green Book's health rate, 1.5 %, constant: enough for horizons up to 30 years.
     */
    public static final DiscountSchedule GREEN_BOOK_HEALTH = constant("green-book-health", 0.015);

    /**
     * The Green Book's declining health schedule (1.5 % years 0–30, then 1.29, 1.07,
     * 0.86, 0.64, 0.43 %).
     */
    public static final DiscountSchedule GREEN_BOOK_HEALTH_DECLINING = new DiscountSchedule(
            "green-book-health-declining", List.of(new Band(0, 0.015), new Band(31, 0.0129), new Band(76, 0.0107),
                    new Band(126, 0.0086), new Band(201, 0.0064), new Band(301, 0.0043)));

    /** The Swedish ASEK and Green Book standard real rate, 3.5 %, constant. */
    public static final DiscountSchedule STANDARD_CONSTANT = constant("standard-3.5",
            Discounting.DEFAULT_RATE.doubleValue());

    public DiscountSchedule {
        Checks checks = new Checks().notBlank("name", name).notNull("bands", bands);
        checks.throwIfAny();
        if (bands.isEmpty()) {
            checks.add("bands", "must have at least one rate");
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String path = "bands[" + i + "]";
            if (band == null) {
                checks.add(path, "must be given");
                continue;
            }
            if (i == 0 && band.fromYear() != 0) {
                checks.add(path + ".fromYear", "the first band must start at year 0");
            }
            if (i > 0 && bands.get(i - 1) != null && band.fromYear() <= bands.get(i - 1).fromYear()) {
                checks.add(path + ".fromYear", "must be later than the previous band's start");
            }
            if (!(band.rate() >= 0 && band.rate() < 1)) {
                checks.add(path + ".rate", "must be at least 0 and below 1");
            }
        }
        checks.throwIfAny();
        bands = List.copyOf(bands);
    }

    public static DiscountSchedule constant(String name, double rate) {
        return new DiscountSchedule(name, List.of(new Band(0, rate)));
    }

    /** The rate that discounts year {@code t} against year {@code t − 1}. */
    public double rateInYear(int t) {
        double rate = bands.get(0).rate();
        for (Band band : bands) {
            if (band.fromYear() <= t) {
                rate = band.rate();
            }
            else {
                break;
            }
        }
        return rate;
    }

    /**
     * Discount factors for year indices {@code 0 .. years − 1}. With
     * {@link Discounting.FirstYear#UNDISCOUNTED} year index 0 is time 0 (factor 1); with
     * {@code DISCOUNTED} (the SROI convention) year index {@code t} is time
     * {@code t + 1}, so even the first year is discounted once.
     */
    public double[] factors(int years, Discounting.FirstYear firstYear) {
        int shift = firstYear == Discounting.FirstYear.UNDISCOUNTED ? 0 : 1;
        double[] factors = new double[years];
        double df = 1;
        int time = 0;
        for (int t = 0; t < years; t++) {
            while (time < t + shift) {
                time++;
                df /= 1 + rateInYear(time);
            }
            factors[t] = df;
        }
        return factors;
    }
}
