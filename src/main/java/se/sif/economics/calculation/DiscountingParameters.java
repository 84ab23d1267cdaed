package se.sif.economics.calculation;

import se.sif.economics.Discounting;

/**
 * How future amounts are brought to present value and to the price base year. Versioned:
 * a changed rate changes every result, and a stored calculation must say which parameters
 * it was made with.
 *
 * @param standard schedule for costs and for benefits on the standard basis
 * @param health schedule for benefits marked {@link DiscountBasis#HEALTH}
 * @param firstYear whether year index 0 is undiscounted (cost-benefit analysis) or
 * discounted once (SROI)
 * @param priceIndex CPI series for bringing amounts to the price base year
 */
public record DiscountingParameters(String version, DiscountSchedule standard, DiscountSchedule health,
        Discounting.FirstYear firstYear, PriceIndex priceIndex) {

    /**
     * Constant 3.5 % (ASEK, Green Book), health 1.5 %, first year undiscounted, no CPI
     * series.
     */
    public static final DiscountingParameters DEFAULT = new DiscountingParameters("sif-default-1",
            DiscountSchedule.STANDARD_CONSTANT, DiscountSchedule.GREEN_BOOK_HEALTH, Discounting.FirstYear.UNDISCOUNTED,
            PriceIndex.NONE);

    /** The Green Book's declining schedules, for horizons beyond 30 years. */
    public static final DiscountingParameters GREEN_BOOK_DECLINING = new DiscountingParameters("green-book-declining-1",
            DiscountSchedule.GREEN_BOOK_DECLINING, DiscountSchedule.GREEN_BOOK_HEALTH_DECLINING,
            Discounting.FirstYear.UNDISCOUNTED, PriceIndex.NONE);

    public DiscountingParameters {
        new Checks().notBlank("version", version)
            .notNull("standard", standard)
            .notNull("health", health)
            .notNull("firstYear", firstYear)
            .notNull("priceIndex", priceIndex)
            .throwIfAny();
    }

    public DiscountingParameters withPriceIndex(PriceIndex index) {
        return new DiscountingParameters(version, standard, health, firstYear, index);
    }

    public DiscountingParameters withFirstYear(Discounting.FirstYear convention) {
        return new DiscountingParameters(version, standard, health, convention, priceIndex);
    }

    public DiscountSchedule schedule(DiscountBasis basis) {
        return basis == DiscountBasis.HEALTH ? health : standard;
    }
}
