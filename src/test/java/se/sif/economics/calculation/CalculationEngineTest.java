package se.sif.economics.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CalculationEngineTest {

    /*
     * Examples.small() by hand (öre; DF_t = 1.035^−t: 1, 0.966183575, 0.933510700,
     * 0.901942706): PV costs (municipality) = 10 000 000 + 5 000 000 × 0.966183575 = 14
     * 830 917.87 → 14 830 918 PV benefits (region) = 12 × 1 000 000 × 0.966183575 + 6 × 1
     * 000 000 × 0.933510700 + 3 × 1 000 000 × 0.901942706 = 11 594 202.90 + 5 601 064.20
     * + 2 705 828.12 = 19 901 095.22 → 19 901 095 PV benefits (municipality) = half of
     * the region's (500 000 per unit) = 9 950 547.61 → 9 950 548 PV benefits total = 19
     * 901 095 + 9 950 548 = 29 851 643 NPV = 29 851 643 − 14 830 918 = 15 020 725 öre
     * (150 207.25 kr) BCR = 29 851 643 / 14 830 918 = 2.012798
     */
    @Test
    void smallCaseMatchesTheHandComputedNpv() {
        CalculationResult r = CalculationEngine.calculate(Examples.small());
        assertThat(r.pvCosts()).isEqualTo(14_830_918L);
        assertThat(r.actor("region").pvBenefits()).isEqualTo(19_901_095L);
        assertThat(r.actor("kommun").pvBenefits()).isEqualTo(9_950_548L);
        assertThat(r.pvBenefits()).isEqualTo(29_851_643L);
        assertThat(r.npv()).isEqualTo(15_020_725L);
        assertThat(r.benefitCostRatio().getAsDouble()).isCloseTo(2.012798, within(5e-7));
    }

    @Test
    void perActorFiguresAddUpToTheTotalsAndRoiIsFiscalOverCosts() {
        CalculationResult r = CalculationEngine.calculate(Examples.small());
        ActorResult kommun = r.actor("kommun");
        ActorResult region = r.actor("region");
        assertThat(kommun.pvCosts() + region.pvCosts()).isEqualTo(r.pvCosts());
        assertThat(kommun.pvBenefits() + region.pvBenefits()).isEqualTo(r.pvBenefits());
        assertThat(kommun.npv() + region.npv()).isEqualTo(r.npv());
        // ROI of the municipality: 9 950 548 / 14 830 918 = 0.670933; the region bears no
        // cost, so has none.
        assertThat(kommun.financialRoi().getAsDouble()).isCloseTo(0.670933, within(5e-7));
        assertThat(region.financialRoi()).isEmpty();
        // The total fiscal return is the cost-weighted mean of the actors' ROIs.
        double fiscal = kommun.pvFiscalBenefits() + region.pvFiscalBenefits();
        assertThat(kommun.financialRoi().getAsDouble() * kommun.pvCosts()).isCloseTo(kommun.pvFiscalBenefits(),
                within(1e-6));
        assertThat(fiscal).isEqualTo(r.pvBenefits());
        // Cashable: all of the region's, half of the municipality's: 19 901 095 + 4 975
        // 273.80 → 4 975 274.
        assertThat(region.pvCashableBenefits()).isEqualTo(19_901_095L);
        assertThat(kommun.pvCashableBenefits()).isEqualTo(4_975_274L);
        assertThat(r.pvCashableBenefits() + r.pvNonCashableBenefits()).isEqualTo(r.pvBenefits());
        assertThat(r.pvNonCashableBenefits()).isEqualTo(9_950_548L - 4_975_274L);
    }

    @Test
    void cumulativeNetAndPaybackPerActor() {
        CalculationResult r = CalculationEngine.calculate(Examples.small());
        // Municipality, undiscounted: −10 000 000; −15 000 000 + 6 000 000 = −9 000 000;
        // +3 000 000 → −6 000 000;
        // +1 500 000 → −4 500 000: never paid back within the 4 years.
        assertThat(r.actor("kommun").cumulativeNet()).containsExactly(-10_000_000L, -9_000_000L, -6_000_000L,
                -4_500_000L);
        assertThat(r.actor("kommun").paybackYearUndiscounted()).isEmpty();
        assertThat(r.actor("kommun").paybackYearDiscounted()).isEmpty();
        // The region only gains, from year 1 on.
        assertThat(r.actor("region").cumulativeNet()).containsExactly(0L, 12_000_000L, 18_000_000L, 21_000_000L);
        assertThat(r.actor("region").paybackYearUndiscounted()).isEqualTo(OptionalInt.of(1));
        // Society: −10 000 000, then −10 000 000 − 5 000 000 + 12 000 000 + 6 000 000 =
        // +3 000 000 in year 1.
        assertThat(r.cumulativeNet()).containsExactly(-10_000_000L, 3_000_000L, 12_000_000L, 16_500_000L);
        assertThat(r.paybackYearUndiscounted()).isEqualTo(OptionalInt.of(1));
        // Discounted year 1, per actor then summed (so rows add up to the total row):
        // municipality
        // −10 000 000 − 4 830 917.87 + 6 000 000 × 0.966183575 = −9 033 816.42 → −9 033
        // 816; region
        // 12 000 000 × 0.966183575 = 11 594 202.90 → 11 594 203; total 2 560 387.
        assertThat(r.cumulativeDiscountedNet().get(1)).isEqualTo(2_560_387L);
        assertThat(r.paybackYearDiscounted()).isEqualTo(OptionalInt.of(1));
        assertThat(r.cumulativeDiscountedNet().get(3)).isEqualTo(r.npv());
    }

    @Test
    void ownerPerspectiveCountsOnlyTheOwnersActors() {
        CalculationResult r = CalculationEngine
            .calculate(Examples.small().withPerspective(Perspective.OWNER_ORGANISATION));
        assertThat(r.pvCosts()).isEqualTo(14_830_918L);
        assertThat(r.pvBenefits()).isEqualTo(9_950_548L);
        assertThat(r.npv()).isEqualTo(9_950_548L - 14_830_918L);
        assertThat(r.actor("region").inPerspective()).isFalse();
        assertThat(r.actor("region").pvBenefits()).as("still reported per actor").isEqualTo(19_901_095L);
        assertThat(r.breakEvenImpactScale()).as("even the full effect does not pay the owner back").isEmpty();
        assertThat(r.paybackYearUndiscounted()).isEmpty();
    }

    @Test
    void optimismBiasRaisesCostsAndLowersBenefits() {
        Calculation plain = Examples.small();
        Calculation graded = new Calculation(plain.name(), plain.horizonYears(), plain.priceBaseYear(),
                plain.interventionYears(), plain.perspective(), plain.discounting(), OptimismBiasTable.DEFAULT,
                plain.actors(),
                List.of(new Cost("kommun", 0, 10_000_000, CostType.CASH_FROM_FUND, CostNature.REVENUE, 3,
                        null), new Cost("kommun", 1, 5_000_000, CostType.STAFF_TIME, CostNature.REVENUE, 3, null)),
                List.of(new Outcome("Pupils back in regular attendance", 100, 0.5, 0.4, 0.25, 0, 0.8, 1, 3, 0.5,
                        DiscountBasis.STANDARD,
                        List.of(new ValueStream("region", 1_000_000, ValueKind.FISCAL, 1.0, 4, null, null),
                                new ValueStream("kommun", 500_000, ValueKind.FISCAL, 0.5, 4, null, null)))),
                List.of());
        CalculationResult before = CalculationEngine.calculate(plain);
        CalculationResult after = CalculationEngine.calculate(graded);
        // Grade 3: costs × 1.15 → 14 830 917.87 × 1.15 = 17 055 555.56; grade 4: benefits
        // × 0.75.
        assertThat(after.pvCosts()).isEqualTo(17_055_556L);
        assertThat(after.actor("region").pvBenefits()).isEqualTo(Math.round(19_901_095.22 * 0.75));
        assertThat(after.pvCosts()).isGreaterThan(before.pvCosts());
        assertThat(after.pvBenefits()).isLessThan(before.pvBenefits());
        // The default table is a correction that only grows as the evidence weakens.
        OptimismBiasTable t = OptimismBiasTable.DEFAULT;
        for (int g = 1; g <= t.highestGrade(); g++) {
            assertThat(t.costFactor(g)).isGreaterThan(t.costFactor(g - 1));
            assertThat(t.benefitFactor(g)).isLessThan(t.benefitFactor(g - 1));
        }
        assertThat(t.costFactor(0)).isEqualTo(1.0);
        assertThat(t.benefitFactor(0)).isEqualTo(1.0);
    }

    @Test
    void deadweightDisplacementAndAttributionReduceBenefits() {
        long base = CalculationEngine.calculate(Examples.small()).pvBenefits();
        // Deadweight 0.25 → 0.5 leaves (1 − 0.5) / (1 − 0.25) = 2/3 of the benefits.
        long moreDeadweight = CalculationEngine
            .calculate(Examples.small(Perspective.SOCIETY, OptimismBiasTable.NONE, 0.5, 0.8, List.of()))
            .pvBenefits();
        assertThat(moreDeadweight).isLessThan(base);
        assertThat((double) moreDeadweight).isCloseTo(base * 2.0 / 3, within(2.0));
        // Attribution 0.8 → 0.4 (the effect is half due to others) halves the benefits.
        long lessAttribution = CalculationEngine
            .calculate(Examples.small(Perspective.SOCIETY, OptimismBiasTable.NONE, 0.25, 0.4, List.of()))
            .pvBenefits();
        assertThat((double) lessAttribution).isCloseTo(base / 2.0, within(2.0));
        // Displacement 0 → 0.3 keeps 70 %.
        Calculation displaced = Examples.small().with(Parameter.of(Parameter.Kind.DISPLACEMENT, 0), 0.3);
        assertThat((double) CalculationEngine.calculate(displaced).pvBenefits()).isCloseTo(base * 0.7, within(2.0));
        // Full deadweight or no attribution: nothing is the intervention's doing.
        assertThat(CalculationEngine.calculate(Examples.small().with(Parameter.deadweight(0), 1)).pvBenefits())
            .isZero();
        assertThat(CalculationEngine.calculate(Examples.small().with(Parameter.of(Parameter.Kind.ATTRIBUTION, 0), 0))
            .pvBenefits()).isZero();
    }

    @Test
    void breakEvenImpactScaleGivesNpvZero() {
        CalculationResult r = CalculationEngine.calculate(Examples.small());
        // 14 830 918 / 29 851 643 = 0.496821
        double s = r.breakEvenImpactScale().getAsDouble();
        assertThat(s).isCloseTo(0.496821, within(5e-7));
        CalculationResult atBreakEven = CalculationEngine.calculate(Examples.small().withImpactScaled(s));
        assertThat(Math.abs(atBreakEven.npv())).as("NPV at break-even, öre").isLessThanOrEqualTo(2);
        assertThat(CalculationEngine.calculate(Examples.small().withImpactScaled(s * 0.99)).npv()).isNegative();
    }

    @Test
    void switchingValuesAreWhereTheNpvCrossesZero() {
        Calculation c = Examples.small();
        CalculationResult r = CalculationEngine.calculate(c);
        // Impact: 0.4 × 0.496821 = 0.198728. Deadweight: 1 − 0.75 × 0.496821 = 0.627384.
        assertThat(r.switchingValue(Parameter.impact(0)).value().getAsDouble()).isCloseTo(0.198728, within(5e-7));
        assertThat(r.switchingValue(Parameter.deadweight(0)).value().getAsDouble()).isCloseTo(0.627384, within(5e-7));
        // The first cost may grow by the whole NPV: 10 000 000 + 15 020 725.
        assertThat(r.switchingValue(Parameter.costAmount(0)).value().getAsDouble()).isCloseTo(25_020_725, within(1.0));
        // Even at drop-off 1 (only year 1 counts: 18 000 000 × 0.966 = 17 391 304 > 14
        // 830 918) the NPV stays positive.
        SwitchingValue dropOff = r.switchingValue(Parameter.of(Parameter.Kind.DROP_OFF, 0));
        assertThat(dropOff.value()).isEmpty();
        assertThat(dropOff.describe()).isEqualTo("none in range");
        assertThat(dropOff.path()).isEqualTo("outcomes[0].dropOff");
        // Displacement 0 → switching where (1 − x) = 0.496821.
        assertThat(r.switchingValue(Parameter.of(Parameter.Kind.DISPLACEMENT, 0)).value().getAsDouble())
            .isCloseTo(1 - 0.496821, within(5e-7));
        for (SwitchingValue v : r.switchingValues()) {
            if (v.value().isPresent()) {
                long npv = CalculationEngine.calculate(c.with(v.parameter(), v.value().getAsDouble())).npv();
                assertThat(Math.abs(npv)).as(v.path()).isLessThanOrEqualTo(30);
            }
        }
    }

    @Test
    void dropOffSwitchingValueIsFoundByBisection() {
        // With costs raised to 20 000 000 in year 0 the NPV at drop-off 1 is negative, at
        // 0.5 positive.
        Calculation c = Examples.small().with(Parameter.costAmount(0), 20_000_000);
        CalculationResult r = CalculationEngine.calculate(c);
        double x = r.switchingValue(Parameter.of(Parameter.Kind.DROP_OFF, 0)).value().getAsDouble();
        assertThat(x).isBetween(0.5, 1.0);
        assertThat(Math.abs(CalculationEngine.calculate(c.with(Parameter.of(Parameter.Kind.DROP_OFF, 0), x)).npv()))
            .isLessThanOrEqualTo(2);
    }

    @Test
    void healthBenefitsAreDiscountedAtTheHealthRate() {
        Calculation c = new Calculation("health", 3, 2026, 1, Perspective.SOCIETY, DiscountingParameters.DEFAULT,
                OptimismBiasTable.NONE, List.of(Examples.REGION), List.of(Cost.of("region", 0, 0, CostType.IN_KIND)),
                List.of(new Outcome("QALY", 1, 1, 1, 0, 0, 1, 2, 1, 0, DiscountBasis.STANDARD, List.of(
                        new ValueStream("region", 100_000_000, ValueKind.SOCIAL, 0, 0, DiscountBasis.HEALTH, null),
                        ValueStream.of("region", 100_000_000, ValueKind.SOCIAL, 0)))),
                List.of());
        // Year 2: 100 000 000 / 1.015² = 97 066 175.35 plus 100 000 000 / 1.035² = 93 351
        // 070.04.
        assertThat(CalculationEngine.calculate(c).pvBenefits()).isEqualTo(97_066_175L + 93_351_070L);
    }

    @Test
    void amountsInOtherPriceYearsAreIndexedToTheBaseYear() {
        // Invented CPI: 2024 = 100, 2026 = 110.
        DiscountingParameters d = DiscountingParameters.DEFAULT
            .withPriceIndex(new PriceIndex("test-cpi", Map.of(2024, 100.0, 2026, 110.0)));
        Calculation c = new Calculation("cpi", 1, 2026, 1, Perspective.SOCIETY, d, OptimismBiasTable.NONE,
                List.of(Examples.KOMMUN),
                List.of(new Cost("kommun", 0, 1_000_000, CostType.CASH_FROM_FUND, CostNature.REVENUE, 0, 2024)),
                List.of(new Outcome("o", 1, 1, 1, 0, 0, 1, 0, 1, 0, DiscountBasis.STANDARD,
                        List.of(new ValueStream("kommun", 2_000_000, ValueKind.FISCAL, 1, 0, null, 2024)))),
                List.of());
        CalculationResult r = CalculationEngine.calculate(c);
        assertThat(r.pvCosts()).isEqualTo(1_100_000L);
        assertThat(r.pvBenefits()).isEqualTo(2_200_000L);
    }

    @Test
    void everyTraceKeyEndsWithTheNumberItExplains() {
        CalculationResult r = CalculationEngine.calculate(Examples.small());
        assertThat(last(r, "npv")).isEqualTo(r.npv());
        assertThat(last(r, "pvCosts")).isEqualTo(r.pvCosts());
        assertThat(last(r, "pvBenefits")).isEqualTo(r.pvBenefits());
        assertThat(last(r, "benefitCostRatio")).isEqualTo(r.benefitCostRatio().getAsDouble());
        assertThat(last(r, "breakEvenImpactScale")).isEqualTo(r.breakEvenImpactScale().getAsDouble());
        assertThat(last(r, "actors[kommun].financialRoi")).isEqualTo(r.actor("kommun").financialRoi().getAsDouble());
        assertThat(last(r, "actors[region].paybackYearUndiscounted")).isEqualTo(1.0);
        assertThat(r.explain("actors[kommun].paybackYearDiscounted").get(4).value()).isEmpty();
        for (String key : r.traceKeys()) {
            List<TraceLine> lines = r.explain(key);
            assertThat(lines).as(key).isNotEmpty();
            lines.forEach(l -> l.value().ifPresent(v -> assertThat(v).as(key).isFinite()));
            lines.forEach(l -> l.inputs().values().forEach(v -> assertThat(v).as(key).isFinite()));
        }
        // The terms of a sum add up to it (to rounding), and the first-year units are the
        // hand-computed 12.
        List<TraceLine> benefits = r.explain("pvBenefits");
        double terms = benefits.subList(0, benefits.size() - 1)
            .stream()
            .mapToDouble(l -> l.value().getAsDouble())
            .sum();
        assertThat(terms).isCloseTo(r.pvBenefits(), within(1.0));
        List<TraceLine> units = r.explain("outcomes[0].units");
        assertThat(units.get(0).value().getAsDouble()).isCloseTo(12.0, within(1e-12));
        assertThat(units.get(3).value().getAsDouble()).isCloseTo(3.0, within(1e-12));
        assertThat(units.get(1).formula()).contains("dropOff");
    }

    private static double last(CalculationResult r, String key) {
        List<TraceLine> lines = r.explain(key);
        return lines.get(lines.size() - 1).value().getAsDouble();
    }

    @Test
    void nothingSpentAndNothingGainedGivesNoRatiosRatherThanNaN() {
        Calculation c = new Calculation("empty", 5, 2026, 1, Perspective.SOCIETY, DiscountingParameters.DEFAULT,
                OptimismBiasTable.DEFAULT, List.of(Examples.KOMMUN), List.of(Cost.of("kommun", 0, 0, CostType.IN_KIND)),
                List.of(new Outcome("none", 0, 0, 0, 0, 0, 0, 0, 0, 0, DiscountBasis.STANDARD, List.of())), List.of());
        CalculationResult r = CalculationEngine.calculate(c);
        assertThat(r.npv()).isZero();
        assertThat(r.benefitCostRatio()).isEmpty();
        assertThat(r.actor("kommun").financialRoi()).isEmpty();
        assertThat(r.breakEvenImpactScale().getAsDouble()).isZero();
        assertThat(r.paybackYearUndiscounted()).as("nothing ever happens").isEmpty();
        r.switchingValues()
            .stream()
            .filter(v -> v.parameter().kind() != Parameter.Kind.COST_AMOUNT)
            .forEach(v -> assertThat(v.value()).as(v.path()).isEmpty());
        assertThat(r.switchingValue(Parameter.costAmount(0)).value().getAsDouble()).as("NPV = −cost").isZero();
    }

}
