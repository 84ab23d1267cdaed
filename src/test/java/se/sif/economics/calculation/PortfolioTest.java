package se.sif.economics.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    @Test
    void totalsPerActorAddUpOverCalculations() {
        Calculation society = Examples.small();
        Calculation owner = Examples.small().withPerspective(Perspective.OWNER_ORGANISATION);
        PortfolioTotals totals = Portfolio.totals(List.of(society, owner));
        // Society counts both actors (29 851 643 − 14 830 918), the owner's only the
        // municipality's (9 950 548 − 14 830 918).
        assertThat(totals.pvBenefits()).isEqualTo(29_851_643L + 9_950_548L);
        assertThat(totals.pvCosts()).isEqualTo(2 * 14_830_918L);
        // Per actor every calculation counts: the region gains 19 901 095 in each.
        assertThat(totals.actor("region").pvBenefits()).isEqualTo(2 * 19_901_095L);
        assertThat(totals.actor("region").calculations()).isEqualTo(2);
        assertThat(totals.actor("kommun").financialRoi().getAsDouble()).isCloseTo(9_950_548.0 / 14_830_918,
                within(1e-12));
        assertThat(totals.actor("region").financialRoi()).isEmpty();
    }

    @Test
    void portfolioMonteCarloIsTheSumOfItsCalculations() {
        List<Calculation> calculations = new ArrayList<>();
        Random r = new Random(11);
        while (calculations.size() < 20) {
            calculations.add(Examples.random(r));
        }
        MonteCarloSettings settings = new MonteCarloSettings(2000, 77, 2);
        MonteCarloResult portfolio = Portfolio.monteCarlo(calculations, settings);
        assertThat(Portfolio.monteCarlo(calculations, new MonteCarloSettings(2000, 77, 1))).isEqualTo(portfolio);
        // The mean is linear: the portfolio mean is the sum of the calculations' means,
        // each drawn with its own
        // stream, so they agree only statistically — but the deterministic part must
        // agree exactly when all
        // uncertainty is removed.
        List<Calculation> certain = calculations.stream().map(c -> c.withUncertainties(List.of())).toList();
        MonteCarloResult none = Portfolio.monteCarlo(certain, settings);
        double expected = certain.stream()
            .mapToDouble(c -> new CompiledCalculation(c).evaluate(new CompiledCalculation(c).baseParameters()))
            .sum();
        assertThat(none.total().p10()).isCloseTo(expected, within(1e-6 * Math.abs(expected) + 1));
        assertThat(none.total().p90()).isCloseTo(expected, within(1e-6 * Math.abs(expected) + 1));
        assertThat(Portfolio.totals(certain).npv()).isCloseTo((long) expected, within(2L * 6 * certain.size() + 1));
    }

}
