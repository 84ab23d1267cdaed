package se.sif.economics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.ActorResult;
import se.sif.economics.calculation.CalculationResult;
import se.sif.economics.calculation.MonteCarloResult;
import se.sif.economics.calculation.NpvDistribution;
import se.sif.economics.calculation.SwitchingValue;
import se.sif.economics.calculation.TornadoBar;
import se.sif.economics.calculation.TraceLine;

/**
 * A computed calculation as the pages and the API show it: money in öre, absent figures
 * as null rather than empty optionals, years both as index and as calendar year. One
 * mapping for both, so a page and the API never disagree about a number.
 */
public record ResultView(String perspective, int startYear, long pvCostsOre, long pvBenefitsOre, long npvOre,
        @Nullable Double benefitCostRatio, long pvCashableBenefitsOre, long pvNonCashableBenefitsOre,
        @Nullable Integer paybackYearUndiscounted, @Nullable Integer paybackYearDiscounted,
        @Nullable Double breakEvenImpactScale, List<ActorView> actors, List<Long> cumulativeNetOre,
        List<SwitchingValueView> switchingValues, List<TornadoView> tornado, @Nullable MonteCarloView monteCarlo,
        List<String> traceKeys) {

    public record ActorView(@Nullable String id, String name, ActorKind kind, boolean inPerspective, long pvCostsOre,
            long pvBenefitsOre, long npvOre, long pvFiscalBenefitsOre, @Nullable Double financialRoi,
            long pvCashableBenefitsOre, long pvNonCashableBenefitsOre, @Nullable Integer paybackYearUndiscounted,
            @Nullable Integer paybackYearDiscounted, List<Long> cumulativeNetOre,
            List<Long> cumulativeDiscountedNetOre) {
    }

    public record SwitchingValueView(String parameter, double baseValue, @Nullable Double value) {
    }

    public record TornadoView(String parameter, double low, double high, double npvAtLowOre, double npvAtHighOre) {

        public double swing() {
            return Math.abs(npvAtHighOre - npvAtLowOre);
        }
    }

    public record MonteCarloView(int draws, long seed, DistributionView total, List<ActorDistributionView> byActor) {
    }

    public record DistributionView(double meanOre, double p10Ore, double p50Ore, double p90Ore,
            double probabilityPositive) {

        static DistributionView of(NpvDistribution d) {
            return new DistributionView(d.mean(), d.p10(), d.p50(), d.p90(), d.probabilityPositive());
        }
    }

    public record ActorDistributionView(String actorId, DistributionView npv) {
    }

    /**
     * One step of a calculation trace: a label, its formula, the named inputs and the
     * value (null if none).
     */
    public record TraceLineView(String label, String formula, java.util.Map<String, Double> inputs,
            @Nullable Double value) {

        static TraceLineView of(TraceLine line) {
            return new TraceLineView(line.label(), line.formula(), line.inputs(), boxed(line.value()));
        }
    }

    static ResultView of(CalculationResult r, int startYear, @Nullable MonteCarloResult monteCarlo) {
        List<ActorView> actors = new ArrayList<>();
        for (ActorResult a : r.actors()) {
            actors.add(new ActorView(a.actor().id(), a.actor().name(), a.actor().kind(), a.inPerspective(), a.pvCosts(),
                    a.pvBenefits(), a.npv(), a.pvFiscalBenefits(), boxed(a.financialRoi()), a.pvCashableBenefits(),
                    a.pvNonCashableBenefits(), boxed(a.paybackYearUndiscounted()), boxed(a.paybackYearDiscounted()),
                    a.cumulativeNet(), a.cumulativeDiscountedNet()));
        }
        List<SwitchingValueView> switching = new ArrayList<>();
        for (SwitchingValue v : r.switchingValues()) {
            switching.add(new SwitchingValueView(v.path(), v.baseValue(), boxed(v.value())));
        }
        List<TornadoView> tornado = new ArrayList<>();
        for (TornadoBar b : r.tornado()) {
            tornado.add(new TornadoView(b.path(), b.low(), b.high(), b.npvAtLow(), b.npvAtHigh()));
        }
        MonteCarloView mc = null;
        if (monteCarlo != null) {
            List<ActorDistributionView> byActor = new ArrayList<>();
            monteCarlo.byActor().forEach((id, d) -> byActor.add(new ActorDistributionView(id, DistributionView.of(d))));
            mc = new MonteCarloView(monteCarlo.draws(), monteCarlo.seed(), DistributionView.of(monteCarlo.total()),
                    byActor);
        }
        return new ResultView(r.calculation().perspective().name(), startYear, r.pvCosts(), r.pvBenefits(), r.npv(),
                boxed(r.benefitCostRatio()), r.pvCashableBenefits(), r.pvNonCashableBenefits(),
                boxed(r.paybackYearUndiscounted()), boxed(r.paybackYearDiscounted()), boxed(r.breakEvenImpactScale()),
                actors, r.cumulativeNet(), switching, tornado, mc, r.traceKeys());
    }

    /** The largest absolute cumulative net of any actor, for scaling a chart. */
    public long chartScaleOre() {
        long max = 1;
        for (ActorView a : actors) {
            for (Long v : a.cumulativeNetOre()) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }

    static @Nullable Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    static @Nullable Integer boxed(OptionalInt i) {
        return i.isPresent() ? i.getAsInt() : null;
    }
}
