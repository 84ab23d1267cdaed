package se.sif.economics.calculation;

import org.jspecify.annotations.Nullable;

/**
 * One cost line: what one actor spends in one year of the calculation.
 *
 * @param year year index, 0 = the first year of the calculation
 * @param amountOre amount in öre (never negative: money coming in is a benefit, not a
 * negative cost)
 * @param confidenceGrade how good the estimate is, an index into the
 * {@link OptimismBiasTable} (0 = best)
 * @param priceYear the year whose prices the amount is in; {@code null} when already in
 * the price base year
 */
public record Cost(String actorId, int year, long amountOre, CostType type, CostNature nature, int confidenceGrade,
        @Nullable Integer priceYear) {

    public Cost {
        new Checks().notBlank("actorId", actorId)
            .nonNegative("year", year)
            .nonNegative("amountOre", amountOre)
            .notNull("type", type)
            .notNull("nature", nature)
            .nonNegative("confidenceGrade", confidenceGrade)
            .throwIfAny();
    }

    /**
     * A revenue cost in base-year prices with the best confidence grade, the common case
     * in tests and examples.
     */
    public static Cost of(String actorId, int year, long amountOre, CostType type) {
        return new Cost(actorId, year, amountOre, type, CostNature.REVENUE, 0, null);
    }
}
