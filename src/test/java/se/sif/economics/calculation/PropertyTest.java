package se.sif.economics.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants over many random valid calculations, from seeded loops so that a failure
 * names its seed.
 */
class PropertyTest {

    private static final int CASES = 300;

    @Test
    void resultsAreFiniteAndAddUp() {
        for (long seed = 1; seed <= CASES; seed++) {
            Calculation c = Examples.random(new Random(seed));
            CalculationResult r = CalculationEngine.calculate(c);
            String why = "seed " + seed;
            long costs = 0;
            long benefits = 0;
            long cashable = 0;
            for (ActorResult a : r.actors()) {
                assertThat(a.npv()).as(why).isEqualTo(a.pvBenefits() - a.pvCosts());
                assertThat(a.pvCashableBenefits() + a.pvNonCashableBenefits()).as(why).isEqualTo(a.pvBenefits());
                assertThat(a.pvCosts()).as(why).isNotNegative();
                a.financialRoi().ifPresent(roi -> assertThat(roi).as(why).isFinite().isNotNegative());
                assertThat(a.cumulativeNet()).as(why).hasSize(c.horizonYears());
                if (a.inPerspective()) {
                    costs += a.pvCosts();
                    benefits += a.pvBenefits();
                    cashable += a.pvCashableBenefits();
                }
            }
            assertThat(r.pvCosts()).as(why).isEqualTo(costs);
            assertThat(r.pvBenefits()).as(why).isEqualTo(benefits);
            assertThat(r.pvCashableBenefits()).as(why).isEqualTo(cashable);
            assertThat(r.cumulativeDiscountedNet().get(c.horizonYears() - 1)).as(why)
                .isCloseTo(r.npv(), within((long) c.actors().size()));
            r.benefitCostRatio().ifPresent(v -> assertThat(v).as(why).isFinite());
            r.breakEvenImpactScale().ifPresent(v -> assertThat(v).as(why).isBetween(0.0, 1.0));
            r.switchingValues()
                .forEach(v -> v.value().ifPresent(x -> assertThat(x).as(why + " " + v.path()).isFinite()));
            r.tornado().forEach(b -> assertThat(b.npvAtLow()).as(why).isFinite());
            for (String key : r.traceKeys()) {
                r.explain(key).forEach(l -> l.value().ifPresent(v -> assertThat(v).as(why + " " + key).isFinite()));
            }
        }
    }

    @Test
    void theCompiledModelAgreesWithTheYearByYearCalculation() {
        for (long seed = 1; seed <= CASES; seed++) {
            Calculation c = Examples.random(new Random(seed));
            CalculationResult r = CalculationEngine.calculate(c);
            CompiledCalculation m = new CompiledCalculation(c);
            double[] actorNpv = new double[m.actorCount];
            double total = m.evaluate(m.baseParameters(), actorNpv);
            // The year-by-year result rounds once per actor and once for costs and
            // benefits: ≤ 1 öre each, plus
            // floating-point noise relative to the size of the amounts.
            double tolerance = 2.0 * c.actors().size() + 1e-9 * (r.pvCosts() + Math.abs(r.pvBenefits()));
            assertThat(total).as("seed " + seed).isCloseTo(r.npv(), within(tolerance));
            for (int a = 0; a < m.actorCount; a++) {
                assertThat(actorNpv[a]).as("seed " + seed).isCloseTo(r.actors().get(a).npv(), within(tolerance));
            }
        }
    }

    @Test
    void breakEvenAndMoreDeadweightBehave() {
        for (long seed = 1; seed <= CASES; seed++) {
            Calculation c = Examples.random(new Random(seed));
            CalculationResult r = CalculationEngine.calculate(c);
            if (r.breakEvenImpactScale().isPresent() && r.pvCosts() > 0) {
                double s = r.breakEvenImpactScale().getAsDouble();
                long npv = CalculationEngine.calculate(c.withImpactScaled(s)).npv();
                assertThat((double) npv).as("seed " + seed)
                    .isCloseTo(0.0, within(2.0 * c.actors().size() + 1e-9 * r.pvCosts()));
            }
            for (int o = 0; o < c.outcomes().size(); o++) {
                double dw = c.outcomes().get(o).deadweight();
                Calculation more = c.with(Parameter.deadweight(o), Math.min(1, dw + 0.1));
                // Unit values in the random cases are never negative, so more deadweight
                // never adds benefits.
                assertThat(CalculationEngine.calculate(more).pvBenefits()).as("seed " + seed)
                    .isLessThanOrEqualTo(r.pvBenefits());
            }
        }
    }

    @Test
    void monteCarloIsFiniteAndOrdered() {
        for (long seed = 1; seed <= 60; seed++) {
            Calculation c = Examples.random(new Random(seed));
            MonteCarloResult mc = MonteCarlo.run(c, new MonteCarloSettings(500, seed, 2));
            List<NpvDistribution> all = new java.util.ArrayList<>(mc.byActor().values());
            all.add(mc.total());
            for (NpvDistribution d : all) {
                assertThat(d.p10()).as("seed " + seed).isFinite().isLessThanOrEqualTo(d.p50());
                assertThat(d.p50()).as("seed " + seed).isLessThanOrEqualTo(d.p90());
                assertThat(d.mean()).as("seed " + seed).isFinite();
                assertThat(d.probabilityPositive()).as("seed " + seed).isBetween(0.0, 1.0);
            }
        }
    }

}
