package se.sif.economics.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    /**
     * Unrounded NPV of Examples.small() as a function of its impact share: NPV is linear
     * in it.
     */
    private static final double PV_BENEFITS_UNROUNDED = 19_901_095.21775321 + 9_950_547.608876605;

    private static final double PV_COSTS_UNROUNDED = 14_830_917.874396136;

    private static double npvAtImpact(double impact) {
        return impact / 0.4 * PV_BENEFITS_UNROUNDED - PV_COSTS_UNROUNDED;
    }

    private static Calculation withUncertainties(Uncertainty... uncertainties) {
        return Examples.small().withUncertainties(List.of(uncertainties));
    }

    @Test
    void degenerateEstimatesGiveTheDeterministicResult() {
        Calculation c = withUncertainties(Uncertainty.pert(Parameter.impact(0), 0.4, 0.4, 0.4),
                Uncertainty.triangular(Parameter.deadweight(0), 0.25, 0.25, 0.25),
                Uncertainty.pert(Parameter.unitValue(0, 0), 1_000_000, 1_000_000, 1_000_000),
                Uncertainty.pert(Parameter.costAmount(1), 5_000_000, 5_000_000, 5_000_000));
        CalculationResult deterministic = CalculationEngine.calculate(c);
        MonteCarloResult mc = MonteCarlo.run(c, new MonteCarloSettings(1000, 42, 1));
        for (double v : new double[] { mc.total().p10(), mc.total().p50(), mc.total().p90(), mc.total().mean() }) {
            assertThat(v).isCloseTo(deterministic.npv(), within(1.0));
        }
        assertThat(mc.total().probabilityPositive()).isEqualTo(1.0);
        assertThat(mc.byActor().get("region").p50()).isCloseTo(deterministic.actor("region").npv(), within(1.0));
        assertThat(mc.byActor().get("kommun").p90()).isCloseTo(deterministic.actor("kommun").npv(), within(1.0));
    }

    @Test
    void sameSeedSameResultWhateverTheNumberOfThreads() {
        Calculation c = withUncertainties(Uncertainty.pert(Parameter.impact(0), 0.1, 0.4, 0.6),
                Uncertainty.triangular(Parameter.deadweight(0), 0.1, 0.25, 0.6),
                Uncertainty.pert(Parameter.of(Parameter.Kind.DROP_OFF, 0), 0.2, 0.5, 0.9),
                Uncertainty.pert(Parameter.costAmount(0), 8_000_000, 10_000_000, 16_000_000));
        MonteCarloResult one = MonteCarlo.run(c, new MonteCarloSettings(10_000, 20261127L, 1));
        MonteCarloResult again = MonteCarlo.run(c, new MonteCarloSettings(10_000, 20261127L, 1));
        MonteCarloResult two = MonteCarlo.run(c, new MonteCarloSettings(10_000, 20261127L, 2));
        MonteCarloResult seven = MonteCarlo.run(c, new MonteCarloSettings(10_000, 20261127L, 7));
        assertThat(again).isEqualTo(one);
        assertThat(two).isEqualTo(one);
        assertThat(seven).isEqualTo(one);
        MonteCarloResult otherSeed = MonteCarlo.run(c, new MonteCarloSettings(10_000, 1L, 2));
        assertThat(otherSeed.total().p50()).isNotEqualTo(one.total().p50());
        // Different seeds differ only by sampling noise: the medians agree to within 2 %
        // of the P10–P90 spread.
        double spread = one.total().p90() - one.total().p10();
        assertThat(otherSeed.total().p50()).isCloseTo(one.total().p50(), within(0.02 * spread));
    }

    @Test
    void pertDrawsHaveThePertMean() {
        // PERT(0.2, 0.4, 0.9) has mean (0.2 + 4 × 0.4 + 0.9) / 6 = 0.45; NPV is linear in
        // impact, so E[NPV] = NPV(0.45).
        Calculation c = withUncertainties(Uncertainty.pert(Parameter.impact(0), 0.2, 0.4, 0.9));
        MonteCarloResult mc = MonteCarlo.run(c, new MonteCarloSettings(200_000, 7, 2));
        // Standard deviation of PERT(0.2,0.4,0.9) is about 0.12, of the mean over 200 000
        // draws 0.00027 in impact;
        // 0.002 in impact is over 7 standard errors.
        assertThat(mc.total().mean()).isCloseTo(npvAtImpact(0.45), within(0.002 / 0.4 * PV_BENEFITS_UNROUNDED));
        assertThat(mc.total().p10()).isLessThan(mc.total().p50());
        assertThat(mc.total().p50()).isLessThan(mc.total().p90());
    }

    @Test
    void triangularDrawsGiveTheAnalyticProbabilityAndPercentile() {
        // Impact ~ triangular(0.1, 0.4, 0.5). NPV > 0 above the switching impact x = 0.4
        // × C / B = 0.198728:
        // P = 1 − (x − 0.1)² / ((0.5 − 0.1)(0.4 − 0.1)) = 0.918773.
        // P10 of impact: 0.1 + √(0.1 × 0.4 × 0.3) = 0.209545, so P10 of NPV =
        // NPV(0.209545) = 807 201.91 öre.
        Calculation c = withUncertainties(Uncertainty.triangular(Parameter.impact(0), 0.1, 0.4, 0.5));
        MonteCarloResult mc = MonteCarlo.run(c, new MonteCarloSettings(400_000, 99, 2));
        assertThat(mc.total().probabilityPositive()).isCloseTo(0.918773, within(0.003));
        assertThat(npvAtImpact(0.209545)).isCloseTo(807_201.91, within(100.0));
        // The P10 estimate's standard error is about 0.0008 in impact over 400 000 draws:
        // allow 0.004.
        assertThat(mc.total().p10()).isCloseTo(807_201.91, within(0.004 / 0.4 * PV_BENEFITS_UNROUNDED));
        // Triangular mean (0.1 + 0.4 + 0.5) / 3.
        assertThat(mc.total().mean()).isCloseTo(npvAtImpact(1.0 / 3), within(0.002 / 0.4 * PV_BENEFITS_UNROUNDED));
    }

    @Test
    void tornadoIsSortedBySwingAndUsesLowAndHigh() {
        Calculation c = withUncertainties(Uncertainty.pert(Parameter.costAmount(1), 4_000_000, 5_000_000, 6_000_000),
                Uncertainty.pert(Parameter.impact(0), 0.2, 0.4, 0.6),
                Uncertainty.triangular(Parameter.deadweight(0), 0.2, 0.25, 0.3));
        List<TornadoBar> bars = CalculationEngine.calculate(c).tornado();
        // Swings by hand: impact 0.2 → 0.6 moves benefits by their full PV, 29 851 643;
        // deadweight 0.2 → 0.3 by
        // 29 851 643 × (0.8 − 0.7) / 0.75 = 3 980 219; the year-1 cost 4 → 6 million by 2
        // 000 000 × DF_1 = 1 932 367.
        assertThat(bars).extracting(TornadoBar::path)
            .containsExactly("outcomes[0].impact", "outcomes[0].deadweight", "costs[1].amountOre");
        assertThat(bars.get(0).swing()).isCloseTo(PV_BENEFITS_UNROUNDED, within(1e-3));
        assertThat(bars.get(1).swing()).isCloseTo(PV_BENEFITS_UNROUNDED * 0.1 / 0.75, within(1e-3));
        TornadoBar impact = bars.get(0);
        assertThat(impact.npvAtLow()).isCloseTo(npvAtImpact(0.2), within(1e-3));
        assertThat(impact.npvAtHigh()).isCloseTo(npvAtImpact(0.6), within(1e-3));
        // Cost swing: 2 000 000 × DF_1 = 1 932 367.15.
        assertThat(bars.get(2).swing()).isCloseTo(1_932_367.15, within(0.01));
        assertThat(bars.get(2).npvAtHigh()).as("higher cost, lower NPV").isLessThan(bars.get(2).npvAtLow());
    }

    @Test
    void aPortfolioOfOneDrawsWhatTheCalculationDraws() {
        Calculation c = withUncertainties(Uncertainty.pert(Parameter.impact(0), 0.1, 0.4, 0.6),
                Uncertainty.pert(Parameter.unitValue(0, 1), 300_000, 500_000, 900_000));
        MonteCarloSettings settings = new MonteCarloSettings(3000, 5, 2);
        assertThat(Portfolio.monteCarlo(List.of(c), settings)).isEqualTo(MonteCarlo.run(c, settings));
    }

    @Test
    void perActorDistributionsAreOnTheActorsOwnNpv() {
        // Only the cost is uncertain, and only the municipality bears it: the region's
        // NPV does not vary.
        Calculation c = withUncertainties(
                Uncertainty.triangular(Parameter.costAmount(0), 9_000_000, 10_000_000, 12_000_000));
        MonteCarloResult mc = MonteCarlo.run(c, new MonteCarloSettings(5000, 3, 2));
        assertThat(mc.byActor().get("region").p10()).isCloseTo(19_901_095.22, within(0.01));
        assertThat(mc.byActor().get("region").p90()).isCloseTo(19_901_095.22, within(0.01));
        assertThat(mc.byActor().get("kommun").p90() - mc.byActor().get("kommun").p10()).isGreaterThan(500_000);
    }

}
