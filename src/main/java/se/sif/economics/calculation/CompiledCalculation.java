package se.sif.economics.calculation;

import java.util.List;

/**
 * A calculation reduced to coefficients, for everything that evaluates the NPV many times
 * (Monte Carlo, tornado, switching values, portfolios). The model is linear in every
 * parameter except the drop-off, so per outcome the whole time profile folds into one
 * number {@code G = Σ_t (1 − dropOff)^(t − start) × DF_t}, computed once; only a drawn
 * drop-off needs it again, by Horner's rule, one multiply-add per effect year. Parameters
 * live in one flat array so that a draw overwrites just the uncertain slots.
 */
final class CompiledCalculation {

    static final int OUTCOME_SLOTS = 7;

    private static final int DROP_OFF_SLOT = 6;

    final Calculation calculation;

    final int actorCount;

    final boolean[] included;

    private final double[][] discountFactors;

    private final int outcomeCount;

    private final int[] start;

    private final int[] effectYears;

    private final double[] baseDropOff;

    private final double[][] profileAtBase;

    private final boolean[][] basisUsed;

    private final int[] firstStream;

    private final int[] streamActor;

    private final int[] streamBasis;

    private final double[] streamCoefficient;

    private final int costCount;

    private final int[] costActor;

    private final double[] costCoefficient;

    final int streamBase;

    final int costBase;

    private final double[] baseParameters;

    final int[] uncertainSlot;

    final Sampler[] samplers;

    CompiledCalculation(Calculation c) {
        this.calculation = c;
        int horizon = c.horizonYears();
        List<Actor> actors = c.actors();
        actorCount = actors.size();
        included = new boolean[actorCount];
        for (int a = 0; a < actorCount; a++) {
            included[a] = c.perspective().includes(actors.get(a));
        }
        DiscountingParameters d = c.discounting();
        discountFactors = new double[][] { d.standard().factors(horizon, d.firstYear()),
                d.health().factors(horizon, d.firstYear()) };
        PriceIndex cpi = d.priceIndex();

        outcomeCount = c.outcomes().size();
        int streams = 0;
        for (Outcome o : c.outcomes()) {
            streams += o.valueStreams().size();
        }
        costCount = c.costs().size();
        streamBase = OUTCOME_SLOTS * outcomeCount;
        costBase = streamBase + streams;
        baseParameters = new double[costBase + costCount];

        start = new int[outcomeCount];
        effectYears = new int[outcomeCount];
        baseDropOff = new double[outcomeCount];
        profileAtBase = new double[outcomeCount][2];
        basisUsed = new boolean[outcomeCount][2];
        firstStream = new int[outcomeCount + 1];
        streamActor = new int[streams];
        streamBasis = new int[streams];
        streamCoefficient = new double[streams];
        int s = 0;
        for (int o = 0; o < outcomeCount; o++) {
            Outcome outcome = c.outcomes().get(o);
            int b = o * OUTCOME_SLOTS;
            baseParameters[b] = outcome.population();
            baseParameters[b + 1] = outcome.engagement();
            baseParameters[b + 2] = outcome.impact();
            baseParameters[b + 3] = outcome.deadweight();
            baseParameters[b + 4] = outcome.displacement();
            baseParameters[b + 5] = outcome.attribution();
            baseParameters[b + DROP_OFF_SLOT] = outcome.dropOff();
            start[o] = outcome.lagYears();
            effectYears[o] = Math.max(0, Math.min(outcome.durationYears(), horizon - outcome.lagYears()));
            baseDropOff[o] = outcome.dropOff();
            firstStream[o] = s;
            for (ValueStream stream : outcome.valueStreams()) {
                DiscountBasis basis = stream.discountBasis() != null ? stream.discountBasis() : outcome.discountBasis();
                streamActor[s] = c.actorIndex(stream.actorId());
                streamBasis[s] = basis.ordinal();
                basisUsed[o][basis.ordinal()] = true;
                streamCoefficient[s] = benefitCoefficient(c, stream, cpi);
                baseParameters[streamBase + s] = stream.unitValueOre();
                s++;
            }
            for (int basis = 0; basis < 2; basis++) {
                profileAtBase[o][basis] = profile(discountFactors[basis], start[o], effectYears[o], 1 - baseDropOff[o]);
            }
        }
        firstStream[outcomeCount] = s;

        costActor = new int[costCount];
        costCoefficient = new double[costCount];
        double[] standard = discountFactors[DiscountBasis.STANDARD.ordinal()];
        for (int k = 0; k < costCount; k++) {
            Cost cost = c.costs().get(k);
            costActor[k] = c.actorIndex(cost.actorId());
            costCoefficient[k] = costFactor(c, cost, cpi) * standard[cost.year()];
            baseParameters[costBase + k] = cost.amountOre();
        }

        List<Uncertainty> uncertainties = c.uncertainties();
        uncertainSlot = new int[uncertainties.size()];
        samplers = new Sampler[uncertainties.size()];
        for (int u = 0; u < uncertainties.size(); u++) {
            uncertainSlot[u] = slot(uncertainties.get(u).parameter());
            samplers[u] = new Sampler(uncertainties.get(u));
        }
    }

    /**
     * CPI to the base year and the optimism-bias reduction for the stream's evidence
     * grade.
     */
    static double benefitCoefficient(Calculation c, ValueStream stream, PriceIndex cpi) {
        int priceYear = stream.priceYear() == null ? c.priceBaseYear() : stream.priceYear();
        return cpi.factor(priceYear, c.priceBaseYear()) * c.optimismBias().benefitFactor(stream.confidenceGrade());
    }

    /**
     * CPI to the base year and the optimism-bias uplift for the cost's evidence grade.
     */
    static double costFactor(Calculation c, Cost cost, PriceIndex cpi) {
        int priceYear = cost.priceYear() == null ? c.priceBaseYear() : cost.priceYear();
        return cpi.factor(priceYear, c.priceBaseYear()) * c.optimismBias().costFactor(cost.confidenceGrade());
    }

    /** {@code Σ_{k<n} q^k × DF[start + k]} by Horner's rule. */
    static double profile(double[] df, int start, int n, double q) {
        double acc = 0;
        for (int k = n - 1; k >= 0; k--) {
            acc = acc * q + df[start + k];
        }
        return acc;
    }

    int slot(Parameter p) {
        return switch (p.kind()) {
            case UNIT_VALUE -> streamBase + firstStream[p.outcome()] + p.valueStream();
            case COST_AMOUNT -> costBase + p.cost();
            default -> p.outcome() * OUTCOME_SLOTS + p.kind().ordinal();
        };
    }

    double[] baseParameters() {
        return baseParameters.clone();
    }

    /**
     * NPV in öre (unrounded) for a parameter vector: the perspective's total is returned,
     * and each actor's own NPV is written to {@code actorNpv}, whether or not the
     * perspective counts it.
     */
    double evaluate(double[] p, double[] actorNpv) {
        java.util.Arrays.fill(actorNpv, 0);
        for (int k = 0; k < costCount; k++) {
            actorNpv[costActor[k]] -= p[costBase + k] * costCoefficient[k];
        }
        for (int o = 0; o < outcomeCount; o++) {
            int b = o * OUTCOME_SLOTS;
            double units = p[b] * p[b + 1] * p[b + 2] * (1 - p[b + 3]) * (1 - p[b + 4]) * p[b + 5];
            double gStandard = profileAtBase[o][0];
            double gHealth = profileAtBase[o][1];
            double dropOff = p[b + DROP_OFF_SLOT];
            if (dropOff != baseDropOff[o]) {
                double q = 1 - dropOff;
                gStandard = basisUsed[o][0] ? profile(discountFactors[0], start[o], effectYears[o], q) : 0;
                gHealth = basisUsed[o][1] ? profile(discountFactors[1], start[o], effectYears[o], q) : 0;
            }
            for (int s = firstStream[o]; s < firstStream[o + 1]; s++) {
                double g = streamBasis[s] == 0 ? gStandard : gHealth;
                actorNpv[streamActor[s]] += units * p[streamBase + s] * streamCoefficient[s] * g;
            }
        }
        double total = 0;
        for (int a = 0; a < actorCount; a++) {
            if (included[a]) {
                total += actorNpv[a];
            }
        }
        return total;
    }

    double evaluate(double[] p) {
        return evaluate(p, new double[actorCount]);
    }

}
