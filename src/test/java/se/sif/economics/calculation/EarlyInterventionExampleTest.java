package se.sif.economics.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A realistic case in the manner of "Tidiga insatser för ökad skolnärvaro" (early efforts
 * for better school attendance). The figures are invented for the test, not taken from
 * the report: the municipality's executive board pays the project from the fund (1.5 MSEK
 * a year for three years) and the school co-finances with staff time (0.4 MSEK a year);
 * the gains fall on the school, the social services, the region and the state, at
 * different times. 30 years, 3.5 %, first year undiscounted, no optimism bias (so the
 * arithmetic can be followed).
 */
class EarlyInterventionExampleTest {

    static Calculation earlyIntervention(Perspective perspective) {
        List<Actor> actors = List.of(
                new Actor("kommun-ks", "Kommunstyrelsen (fund)", ActorKind.MUNICIPALITY_BOARD, true),
                new Actor("kommun-bun", "Barn- och utbildningsnämnden (school)", ActorKind.MUNICIPALITY_BOARD, true),
                new Actor("kommun-sn", "Socialnämnden (social services)", ActorKind.MUNICIPALITY_BOARD, true),
                new Actor("region", "Region (child and adolescent psychiatry, health care)", ActorKind.REGION, false),
                new Actor("staten", "The state (taxes, benefits)", ActorKind.STATE, false));
        List<Cost> costs = new ArrayList<>();
        for (int year = 0; year < 3; year++) {
            costs.add(Cost.of("kommun-ks", year, 150_000_000, CostType.CASH_FROM_FUND));
            costs.add(Cost.of("kommun-bun", year, 40_000_000, CostType.STAFF_TIME));
        }
        List<Outcome> outcomes = List.of(
                // 60 pupils with problematic absence; 60 × 0.8 × 0.5 × (1 − 0.2) × 0.75 =
                // 14.4 back in regular
                // attendance in year 1, fading 10 % a year for 4 years.
                new Outcome("Pupils back in regular attendance", 60, 0.8, 0.5, 0.2, 0, 0.75, 1, 4, 0.1,
                        DiscountBasis.STANDARD,
                        List.of(ValueStream.of("kommun-bun", 8_000_000, ValueKind.FISCAL, 0.25),
                                ValueStream.of("region", 1_500_000, ValueKind.FISCAL, 0.5))),
                // 60 × 0.8 × 0.06 × (1 − 0.3) × 0.6 = 1.2096 placements in care avoided a
                // year, years 2–4.
                new Outcome("Out-of-home placements avoided", 60, 0.8, 0.06, 0.3, 0, 0.6, 2, 3, 0,
                        DiscountBasis.STANDARD,
                        List.of(ValueStream.of("kommun-sn", 110_000_000, ValueKind.FISCAL, 0.8))),
                // 60 × 0.8 × 0.15 × 0.7 × 0.9 × 0.5 = 2.268 more young adults in work
                // from year 8, for 20 years.
                new Outcome("Completed compulsory school and in work", 60, 0.8, 0.15, 0.3, 0.1, 0.5, 8, 20, 0.02,
                        DiscountBasis.STANDARD,
                        List.of(ValueStream.of("staten", 12_000_000, ValueKind.FISCAL, 1.0),
                                ValueStream.of("kommun-sn", 4_000_000, ValueKind.FISCAL, 1.0),
                                ValueStream.of("region", 2_500_000, ValueKind.FISCAL, 0.3))));
        return new Calculation("Tidiga insatser för ökad skolnärvaro (invented figures)", 30, 2026, 3, perspective,
                DiscountingParameters.DEFAULT, OptimismBiasTable.NONE, actors, costs, outcomes, List.of());
    }

    @Test
    void whoPaysAndWhoGainsAndWhen() {
        CalculationResult r = CalculationEngine.calculate(earlyIntervention(Perspective.SOCIETY));

        // The fund pays and gets nothing back itself: no payback, NPV = −PV of its costs.
        ActorResult fund = r.actor("kommun-ks");
        assertThat(fund.paybackYearUndiscounted()).isEmpty();
        assertThat(fund.pvBenefits()).isZero();
        assertThat(fund.npv()).isEqualTo(-fund.pvCosts());

        // The school pays 400 000 kr of staff time in year 0 and again in year 1, when it
        // saves
        // 14.4 × 80 000 = 1 152 000 kr of support: cumulative −400 000 − 400 000 + 1 152
        // 000 = +352 000 kr.
        ActorResult school = r.actor("kommun-bun");
        assertThat(school.cumulativeNet().get(0)).isEqualTo(-40_000_000L);
        assertThat(school.cumulativeNet().get(1)).isEqualTo(35_200_000L);
        assertThat(school.paybackYearUndiscounted()).isEqualTo(OptionalInt.of(1));
        assertThat(school.paybackYearDiscounted()).isEqualTo(OptionalInt.of(1));

        // The social services gain from year 2 (placements), the region from year 1
        // (psychiatry), the state only
        // from year 8, when the pupils are of working age.
        assertThat(r.actor("kommun-sn").paybackYearUndiscounted()).isEqualTo(OptionalInt.of(2));
        assertThat(r.actor("kommun-sn").cumulativeNet().get(2)).isEqualTo(133_056_000L); // 1.2096
                                                                                         // ×
                                                                                         // 1
                                                                                         // 100
                                                                                         // 000
                                                                                         // kr
        assertThat(r.actor("region").paybackYearUndiscounted()).isEqualTo(OptionalInt.of(1));
        assertThat(r.actor("staten").paybackYearUndiscounted()).isEqualTo(OptionalInt.of(8));
        assertThat(r.actor("staten").cumulativeNet().get(7)).isZero();
        assertThat(r.actor("staten").cumulativeNet().get(8)).isEqualTo(27_216_000L); // 2.268
                                                                                     // ×
                                                                                     // 120
                                                                                     // 000
                                                                                     // kr

        // All gainers but the fund have a positive NPV; society as a whole pays back in
        // year 3.
        assertThat(r.actors()).filteredOn(a -> !a.actor().id().equals("kommun-ks")).allMatch(a -> a.npv() > 0);
        assertThat(r.paybackYearUndiscounted()).isEqualTo(OptionalInt.of(3));
        assertThat(r.paybackYearDiscounted()).isEqualTo(OptionalInt.of(3));
        assertThat(r.npv()).isPositive();
        // The state gains more than the region over 30 years, though it waits 8 years for
        // it.
        assertThat(r.actor("staten").pvBenefits()).isGreaterThan(r.actor("region").pvBenefits());
    }

    @Test
    void theMunicipalityAloneTakesLongerToPayBack() {
        CalculationResult r = CalculationEngine.calculate(earlyIntervention(Perspective.OWNER_ORGANISATION));
        // Undiscounted, the three boards together: year 0 −1 900 000; year 1 −1 900 000 +
        // 1 152 000 → −2 648 000;
        // year 2 + 1 036 800 (school) + 1 330 560 (placements) − 1 900 000 → −2 180 640;
        // year 3 + 933 120 + 1 330 560 → +83 040 kr: payback in year 3.
        assertThat(r.cumulativeNet().subList(0, 4)).containsExactly(-190_000_000L, -264_800_000L, -218_064_000L,
                8_304_000L);
        assertThat(r.paybackYearUndiscounted()).isEqualTo(OptionalInt.of(3));
        // Discounted, the small margin of year 3 is not enough; year 4 brings another 839
        // 808 + 1 330 560 = 2 170 368 kr.
        assertThat(r.paybackYearDiscounted()).isEqualTo(OptionalInt.of(4));
        assertThat(r.npv()).isPositive();
        assertThat(r.npv()).isLessThan(CalculationEngine.calculate(earlyIntervention(Perspective.SOCIETY)).npv());
        // Cashable gains to the municipality are a small part of its gains: the school's
        // are 25 % cashable.
        assertThat(r.pvCashableBenefits()).isLessThan(r.pvBenefits());
    }

}
