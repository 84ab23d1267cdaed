package se.sif.economics.calculation;

import java.util.Map;
import java.util.TreeMap;

/**
 * A consumer price index by year (e.g. KPI annual averages), used to bring amounts stated
 * in one year's prices to the calculation's price base year, so a unit cost from a 2019
 * study and a 2026 budget are added in the same kronor. Passed in rather than built in:
 * the series is revised and a stored calculation names its version.
 */
public record PriceIndex(String version, Map<Integer, Double> indexByYear) {

    /** No series: every amount must already be in the price base year. */
    public static final PriceIndex NONE = new PriceIndex("none", Map.of());

    public PriceIndex {
        Checks checks = new Checks().notBlank("version", version).notNull("indexByYear", indexByYear);
        checks.throwIfAny();
        for (Map.Entry<Integer, Double> e : indexByYear.entrySet()) {
            if (e.getKey() == null || e.getValue() == null
                    || !(e.getValue() > 0 && e.getValue() < Double.POSITIVE_INFINITY)) {
                checks.add("indexByYear[" + e.getKey() + "]", "must be a positive number");
            }
        }
        checks.throwIfAny();
        indexByYear = Map.copyOf(new TreeMap<>(indexByYear));
    }

    /**
     * Whether an amount in {@code priceYear} prices can be brought to {@code baseYear}.
     */
    public boolean canIndex(int priceYear, int baseYear) {
        return priceYear == baseYear || indexByYear.containsKey(priceYear) && indexByYear.containsKey(baseYear);
    }

    /** Multiplier from {@code priceYear} prices to {@code baseYear} prices. */
    public double factor(int priceYear, int baseYear) {
        if (priceYear == baseYear) {
            return 1;
        }
        if (!canIndex(priceYear, baseYear)) {
            throw new CalculationInputException("priceIndex", "series '" + version + "' has no value for "
                    + (indexByYear.containsKey(priceYear) ? baseYear : priceYear));
        }
        // canIndex has just checked that both years are in the series.
        return java.util.Objects.requireNonNull(indexByYear.get(baseYear))
                / java.util.Objects.requireNonNull(indexByYear.get(priceYear));
    }
}
