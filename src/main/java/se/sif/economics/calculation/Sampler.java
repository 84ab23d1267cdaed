package se.sif.economics.calculation;

import java.util.SplittableRandom;

/**
 * Draws one uncertain parameter. Constants are worked out once per parameter so that a
 * draw is a handful of arithmetic operations; a degenerate estimate (low = high) consumes
 * no random numbers at all, which keeps the stream of the other parameters unchanged when
 * one is pinned.
 */
final class Sampler {

    private final double low;

    private final double mode;

    private final double high;

    private final boolean pert;

    private final double modeFraction;

    private final double gammaDa;

    private final double gammaCa;

    private final double gammaDb;

    private final double gammaCb;

    Sampler(Uncertainty u) {
        this.low = u.low();
        this.mode = u.likely();
        this.high = u.high();
        this.pert = u.shape() == DistributionShape.PERT;
        double width = high - low;
        this.modeFraction = width > 0 ? (mode - low) / width : 0;
        // PERT = low + (high − low) × Beta(α, β) with α = 1 + 4 (mode − low)/(high −
        // low), β = 1 + 4 (high − mode)/(high − low);
        // both shapes are ≥ 1, which is what the Marsaglia–Tsang gamma method needs
        // without a boost step.
        double alpha = width > 0 ? 1 + 4 * (mode - low) / width : 1;
        double beta = width > 0 ? 1 + 4 * (high - mode) / width : 1;
        this.gammaDa = alpha - 1.0 / 3;
        this.gammaCa = 1 / Math.sqrt(9 * gammaDa);
        this.gammaDb = beta - 1.0 / 3;
        this.gammaCb = 1 / Math.sqrt(9 * gammaDb);
    }

    double sample(SplittableRandom random) {
        if (!(high > low)) {
            return mode;
        }
        if (pert) {
            double x = gamma(gammaDa, gammaCa, random);
            double y = gamma(gammaDb, gammaCb, random);
            return low + (high - low) * (x / (x + y));
        }
        double u = random.nextDouble();
        double width = high - low;
        return u < modeFraction ? low + Math.sqrt(u * width * (mode - low))
                : high - Math.sqrt((1 - u) * width * (high - mode));
    }

    /**
     * Marsaglia and Tsang (2000), "A simple method for generating gamma variables", for
     * shape d + 1/3 ≥ 1.
     */
    private static double gamma(double d, double c, SplittableRandom random) {
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            double x2 = x * x;
            // StrictMath: the slow path is rare (a few per cent of draws), and a
            // platform-independent log keeps a
            // seed's draws the same on every machine, not only in this JVM.
            if (u < 1 - 0.0331 * x2 * x2 || StrictMath.log(u) < 0.5 * x2 + d * (1 - v + StrictMath.log(v))) {
                return d * v;
            }
        }
    }

}
