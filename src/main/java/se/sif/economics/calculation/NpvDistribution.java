package se.sif.economics.calculation;

import java.util.Arrays;

/**
 * Summary of the NPV over the Monte Carlo draws, öre (unrounded). Percentiles interpolate
 * linearly between order statistics (Hyndman and Fan type 7, the default of R and of
 * spreadsheets' PERCENTILE).
 *
 * @param probabilityPositive share of draws with NPV strictly above 0
 */
public record NpvDistribution(double mean, double p10, double p50, double p90, double probabilityPositive) {

    static NpvDistribution of(double[] draws) {
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int positive = 0;
        for (double d : sorted) {
            sum += d;
            if (d > 0) {
                positive++;
            }
        }
        return new NpvDistribution(sum / sorted.length, percentile(sorted, 0.10), percentile(sorted, 0.50),
                percentile(sorted, 0.90), (double) positive / sorted.length);
    }

    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
