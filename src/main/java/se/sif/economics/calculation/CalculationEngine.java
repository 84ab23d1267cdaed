package se.sif.economics.calculation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Computes a {@link Calculation}: present values per actor and in total, NPV,
 * benefit–cost ratio, financial ROI and payback per actor, break-even impact, switching
 * values and the tornado. Plain Java on purpose: the same numbers must come out in a
 * page, an API, a test and a benchmark.
 *
 * <p>
 * Amounts are carried in double öre and rounded half-even once per actor; totals are sums
 * of the rounded per-actor figures, so that the per-actor rows of a table always add up
 * to its total row.
 */
public final class CalculationEngine {

    /** Below this the bracket around a drop-off switching value is as good as a point. */
    private static final double BISECTION_TOLERANCE = 1e-12;

    private CalculationEngine() {
    }

    public static CalculationResult calculate(Calculation c) {
        int horizon = c.horizonYears();
        int actorCount = c.actors().size();
        DiscountingParameters d = c.discounting();
        PriceIndex cpi = d.priceIndex();
        double[][] df = { d.standard().factors(horizon, d.firstYear()), d.health().factors(horizon, d.firstYear()) };

        double[][] flow = new double[actorCount][horizon];
        double[][] discountedFlow = new double[actorCount][horizon];
        double[][] gross = new double[actorCount][horizon];
        double[] pvCosts = new double[actorCount];
        double[] pvBenefits = new double[actorCount];
        double[] pvFiscal = new double[actorCount];
        double[] pvCashable = new double[actorCount];

        CalculationResult.Workings w = new CalculationResult.Workings(c, df);
        for (int k = 0; k < c.costs().size(); k++) {
            Cost cost = c.costs().get(k);
            int a = c.actorIndex(cost.actorId());
            int t = cost.year();
            double amount = cost.amountOre() * CompiledCalculation.costFactor(c, cost, cpi);
            double pv = amount * df[0][t];
            w.costPv[k] = pv;
            flow[a][t] -= amount;
            discountedFlow[a][t] -= pv;
            gross[a][t] += amount;
            pvCosts[a] += pv;
        }
        int s = 0;
        for (int o = 0; o < c.outcomes().size(); o++) {
            Outcome outcome = c.outcomes().get(o);
            double[] units = w.units[o];
            double q = 1 - outcome.dropOff();
            double u = outcome.firstYearUnits();
            int end = Math.min(horizon, outcome.lagYears() + outcome.durationYears());
            for (int t = outcome.lagYears(); t < end; t++) {
                units[t] = u;
                u *= q;
            }
            for (ValueStream stream : outcome.valueStreams()) {
                int a = c.actorIndex(stream.actorId());
                DiscountBasis basis = stream.discountBasis() != null ? stream.discountBasis() : outcome.discountBasis();
                double[] factors = df[basis.ordinal()];
                double perUnit = stream.unitValueOre() * CompiledCalculation.benefitCoefficient(c, stream, cpi);
                double discountedUnits = 0;
                for (int t = outcome.lagYears(); t < end; t++) {
                    double amount = units[t] * perUnit;
                    flow[a][t] += amount;
                    discountedFlow[a][t] += amount * factors[t];
                    gross[a][t] += Math.abs(amount);
                    discountedUnits += units[t] * factors[t];
                }
                double pv = perUnit * discountedUnits;
                w.streamDiscountedUnits[s] = discountedUnits;
                w.streamPv[s] = pv;
                pvBenefits[a] += pv;
                if (stream.kind() == ValueKind.FISCAL) {
                    pvFiscal[a] += pv;
                }
                pvCashable[a] += pv * stream.cashableShare();
                s++;
            }
        }

        List<ActorResult> actors = new ArrayList<>(actorCount);
        long totalCosts = 0;
        long totalBenefits = 0;
        long totalCashable = 0;
        long[] totalCumulative = new long[horizon];
        long[] totalCumulativeDiscounted = new long[horizon];
        boolean[] totalActive = new boolean[horizon];
        for (int a = 0; a < actorCount; a++) {
            Actor actor = c.actors().get(a);
            boolean in = c.perspective().includes(actor);
            long costs = round(pvCosts[a]);
            long benefits = round(pvBenefits[a]);
            long fiscal = round(pvFiscal[a]);
            long cashable = round(pvCashable[a]);
            long[] cumulative = cumulative(flow[a]);
            long[] cumulativeDiscounted = cumulative(discountedFlow[a]);
            boolean[] active = active(gross[a]);
            actors.add(new ActorResult(actor, in, costs, benefits, benefits - costs, fiscal, ratio(fiscal, costs),
                    cashable, benefits - cashable, boxed(cumulative), boxed(cumulativeDiscounted),
                    payback(cumulative, active), payback(cumulativeDiscounted, active)));
            if (in) {
                totalCosts += costs;
                totalBenefits += benefits;
                totalCashable += cashable;
                for (int t = 0; t < horizon; t++) {
                    totalCumulative[t] += cumulative[t];
                    totalCumulativeDiscounted[t] += cumulativeDiscounted[t];
                    totalActive[t] |= active[t];
                }
            }
        }

        CompiledCalculation compiled = new CompiledCalculation(c);
        return new CalculationResult(c, totalCosts, totalBenefits, totalCashable, boxed(totalCumulative),
                boxed(totalCumulativeDiscounted), payback(totalCumulative, totalActive),
                payback(totalCumulativeDiscounted, totalActive), actors,
                breakEvenImpactScale(totalBenefits, totalCosts), switchingValues(compiled), tornado(compiled), w);
    }

    /**
     * NPV(s) = s × B − C when every impact share is multiplied by s, because each
     * outcome's units — and so every benefit — are proportional to its impact share. The
     * smallest s in [0, 1] with NPV ≥ 0 is C / B.
     */
    static OptionalDouble breakEvenImpactScale(long pvBenefits, long pvCosts) {
        if (pvCosts <= 0) {
            return OptionalDouble.of(0);
        }
        if (pvBenefits <= 0 || pvCosts > pvBenefits) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) pvCosts / pvBenefits);
    }

    /**
     * The main parameters: every share and count of every outcome, every unit value and
     * every cost amount.
     */
    static List<Parameter> mainParameters(Calculation c) {
        List<Parameter> parameters = new ArrayList<>();
        for (int o = 0; o < c.outcomes().size(); o++) {
            for (Parameter.Kind kind : Parameter.Kind.values()) {
                if (kind.isOutcomeField()) {
                    parameters.add(Parameter.of(kind, o));
                }
            }
            for (int s = 0; s < c.outcomes().get(o).valueStreams().size(); s++) {
                parameters.add(Parameter.unitValue(o, s));
            }
        }
        for (int k = 0; k < c.costs().size(); k++) {
            parameters.add(Parameter.costAmount(k));
        }
        return parameters;
    }

    static List<SwitchingValue> switchingValues(CompiledCalculation compiled) {
        List<SwitchingValue> values = new ArrayList<>();
        double[] p = compiled.baseParameters();
        double[] scratch = new double[compiled.actorCount];
        for (Parameter parameter : mainParameters(compiled.calculation)) {
            int slot = compiled.slot(parameter);
            double base = p[slot];
            values
                .add(new SwitchingValue(parameter, base, switchingValue(compiled, p, scratch, parameter, slot, base)));
            p[slot] = base;
        }
        return List.copyOf(values);
    }

    private static OptionalDouble switchingValue(CompiledCalculation m, double[] p, double[] scratch,
            Parameter parameter, int slot, double base) {
        double[] range = parameter.range(base);
        if (parameter.kind() == Parameter.Kind.DROP_OFF) {
            return findRoot(m, p, scratch, slot, 0, 1);
        }
        // Linear in the parameter: two evaluations give the line, and its zero is the
        // switching value.
        double a = 0;
        double b = parameter.kind().isShare() ? 1 : range[1] == 0 ? Math.min(-1, base) : Math.max(1, base);
        p[slot] = a;
        double npvA = m.evaluate(p, scratch);
        p[slot] = b;
        double npvB = m.evaluate(p, scratch);
        double slope = (npvB - npvA) / (b - a);
        if (slope == 0 || !Double.isFinite(slope)) {
            return OptionalDouble.empty(); // the parameter does not move the NPV at all
        }
        double x = a - npvA / slope;
        if (parameter.kind().isShare() && x > 1 && x < 1 + 1e-12) {
            x = 1;
        }
        return x >= range[0] && x <= range[1] && Double.isFinite(x) ? OptionalDouble.of(x) : OptionalDouble.empty();
    }

    /**
     * The NPV is a polynomial in (1 − dropOff), monotone when all the outcome's unit
     * values have one sign; a root is looked for only where the NPV changes sign between
     * the ends of [0, 1], by a bracketing method.
     */
    private static OptionalDouble findRoot(CompiledCalculation m, double[] p, double[] scratch, int slot, double lo,
            double hi) {
        p[slot] = lo;
        double fLo = m.evaluate(p, scratch);
        p[slot] = hi;
        double fHi = m.evaluate(p, scratch);
        if (fLo == fHi) {
            return OptionalDouble.empty(); // no effect of the drop-off (e.g. a one-year
                                           // effect), or no sign change
        }
        if (fLo == 0) {
            return OptionalDouble.of(lo);
        }
        if (fHi == 0) {
            return OptionalDouble.of(hi);
        }
        if ((fLo > 0) == (fHi > 0)) {
            return OptionalDouble.empty();
        }
        // Illinois variant of false position: keeps the bracket like bisection but, the
        // NPV being smooth in the
        // drop-off, converges in a handful of evaluations instead of forty; this runs
        // once per outcome per result.
        int side = 0;
        double goodEnough = 1e-12 * Math.max(Math.abs(fLo), Math.abs(fHi));
        for (int i = 0; i < 200 && hi - lo > BISECTION_TOLERANCE; i++) {
            double x = (lo * fHi - hi * fLo) / (fHi - fLo);
            if (!(x > lo && x < hi)) {
                x = 0.5 * (lo + hi);
            }
            p[slot] = x;
            double fx = m.evaluate(p, scratch);
            if (fx == 0) {
                return OptionalDouble.of(x);
            }
            if ((fx > 0) == (fLo > 0)) {
                lo = x;
                fLo = fx;
                if (side == -1) {
                    fHi /= 2;
                }
                side = -1;
            }
            else {
                hi = x;
                fHi = fx;
                if (side == 1) {
                    fLo /= 2;
                }
                side = 1;
            }
            if (Math.abs(fx) <= goodEnough) {
                return OptionalDouble.of(x);
            }
        }
        return OptionalDouble.of(0.5 * (lo + hi));
    }

    /** One-way sensitivities of the uncertain parameters, largest swing first. */
    static List<TornadoBar> tornado(CompiledCalculation m) {
        List<Uncertainty> uncertainties = m.calculation.uncertainties();
        List<TornadoBar> bars = new ArrayList<>(uncertainties.size());
        double[] p = m.baseParameters();
        double[] scratch = new double[m.actorCount];
        for (int u = 0; u < uncertainties.size(); u++) {
            Uncertainty uncertainty = uncertainties.get(u);
            int slot = m.uncertainSlot[u];
            double base = p[slot];
            p[slot] = uncertainty.low();
            double atLow = m.evaluate(p, scratch);
            p[slot] = uncertainty.high();
            double atHigh = m.evaluate(p, scratch);
            p[slot] = base;
            bars.add(new TornadoBar(uncertainty.parameter(), uncertainty.low(), uncertainty.high(), atLow, atHigh));
        }
        // List.sort is stable: equal swings keep the order in which the uncertainties
        // were entered.
        bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
        return List.copyOf(bars);
    }

    static long round(double ore) {
        return (long) Math.rint(ore);
    }

    private static OptionalDouble ratio(long numerator, long denominator) {
        return denominator > 0 ? OptionalDouble.of((double) numerator / denominator) : OptionalDouble.empty();
    }

    static OptionalDouble benefitCostRatio(long pvBenefits, long pvCosts) {
        return ratio(pvBenefits, pvCosts);
    }

    private static long[] cumulative(double[] yearly) {
        long[] result = new long[yearly.length];
        double sum = 0;
        for (int t = 0; t < yearly.length; t++) {
            sum += yearly[t];
            result[t] = round(sum);
        }
        return result;
    }

    private static boolean[] active(double[] gross) {
        boolean[] result = new boolean[gross.length];
        boolean any = false;
        for (int t = 0; t < gross.length; t++) {
            any |= gross[t] > 0;
            result[t] = any;
        }
        return result;
    }

    /**
     * First year with a cumulative net ≥ 0 after something has happened; before that "≥
     * 0" means nothing.
     */
    private static OptionalInt payback(long[] cumulative, boolean[] active) {
        for (int t = 0; t < cumulative.length; t++) {
            if (active[t] && cumulative[t] >= 0) {
                return OptionalInt.of(t);
            }
        }
        return OptionalInt.empty();
    }

    private static List<Long> boxed(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

}
