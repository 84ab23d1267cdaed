package se.sif.economics.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refused input names the field a form must mark, with the path relative to the
 * calculation.
 */
class ValidationTest {

    private static Outcome outcome(double deadweight) {
        return new Outcome("o", 10, 1, 0.5, deadweight, 0, 1, 0, 3, 0, DiscountBasis.STANDARD,
                List.of(ValueStream.of("kommun", 1000, ValueKind.FISCAL, 1)));
    }

    private static Calculation calculation(int horizon, int interventionYears, List<Cost> costs,
            List<Outcome> outcomes) {
        return new Calculation("v", horizon, 2026, interventionYears, Perspective.SOCIETY,
                DiscountingParameters.DEFAULT, OptimismBiasTable.DEFAULT, List.of(Examples.KOMMUN, Examples.REGION),
                costs, outcomes, List.of());
    }

    private static List<Cost> costsForYears(int years) {
        List<Cost> costs = new ArrayList<>();
        for (int t = 0; t < years; t++) {
            costs.add(Cost.of("kommun", t, 100, CostType.CASH_FROM_FUND));
        }
        return costs;
    }

    @Test
    void aShareOutsideZeroToOneIsNamedWithItsIndex() {
        double[] deadweights = { 0.1, 0.2, 1.5 };
        CalculationInputException e = catchThrowableOfType(CalculationInputException.class,
                () -> CalculationInputException.listOf("outcomes", 3, i -> outcome(deadweights[i])));
        assertThat(e.getMessage()).isEqualTo("outcomes[2].deadweight: must be between 0 and 1");
        assertThat(e.field()).isEqualTo("outcomes[2].deadweight");
    }

    @Test
    void everyShareIsChecked() {
        for (String field : List.of("engagement", "impact", "deadweight", "displacement", "attribution", "dropOff")) {
            double[] v = { 1, 1, 0, 0, 1, 0 };
            int i = List.of("engagement", "impact", "deadweight", "displacement", "attribution", "dropOff")
                .indexOf(field);
            v[i] = i % 2 == 0 ? -0.01 : 1.01;
            assertThatThrownBy(() -> new Outcome("o", 1, v[0], v[1], v[2], v[3], v[4], 0, 1, v[5],
                    DiscountBasis.STANDARD, List.of()))
                .isInstanceOf(CalculationInputException.class)
                .hasMessage(field + ": must be between 0 and 1");
        }
        assertThatThrownBy(
                () -> new Outcome("o", 1, Double.NaN, 1, 0, 0, 1, 0, 1, 0, DiscountBasis.STANDARD, List.of()))
            .hasMessage("engagement: must be between 0 and 1");
        assertThatThrownBy(() -> ValueStream.of("kommun", 1, ValueKind.FISCAL, 1.2))
            .hasMessage("cashableShare: must be between 0 and 1");
    }

    @Test
    void negativePopulationAndDurationAreRefusedTogether() {
        CalculationInputException e = catchThrowableOfType(CalculationInputException.class,
                () -> CalculationInputException.listOf("outcomes", 1,
                        i -> new Outcome("o", -5, 1, 1, 0, 0, 1, 0, -1, 0, DiscountBasis.STANDARD, List.of())));
        assertThat(e.violations()).extracting(CalculationInputException.Violation::field)
            .containsExactly("outcomes[0].population", "outcomes[0].durationYears");
    }

    @Test
    void nestedValueStreamsGetTheFullPath() {
        CalculationInputException e = catchThrowableOfType(CalculationInputException.class,
                () -> CalculationInputException.listOf("outcomes", 2, o -> new Outcome("o", 1, 1, 1, 0, 0, 1, 0, 1, 0,
                        DiscountBasis.STANDARD, CalculationInputException.listOf("valueStreams", 2,
                                s -> ValueStream.of("kommun", 1, ValueKind.FISCAL, o == 1 && s == 1 ? -1 : 1)))));
        assertThat(e.getMessage()).isEqualTo("outcomes[1].valueStreams[1].cashableShare: must be between 0 and 1");
    }

    @Test
    void unknownActorIdsAreRefused() {
        List<Cost> costs = new ArrayList<>(costsForYears(1));
        costs.add(Cost.of("skolan", 0, 5, CostType.STAFF_TIME));
        assertThatThrownBy(() -> calculation(5, 1, costs, List.of())).isInstanceOf(CalculationInputException.class)
            .hasMessage("costs[1].actorId: unknown actor 'skolan'");
        Outcome toUnknown = new Outcome("o", 1, 1, 1, 0, 0, 1, 0, 1, 0, DiscountBasis.STANDARD, List
            .of(ValueStream.of("region", 1, ValueKind.FISCAL, 1), ValueStream.of("staten", 1, ValueKind.FISCAL, 1)));
        assertThatThrownBy(() -> calculation(5, 1, costsForYears(1), List.of(outcome(0), toUnknown)))
            .hasMessage("outcomes[1].valueStreams[1].actorId: unknown actor 'staten'");
    }

    @Test
    void duplicateActorIdsAreRefused() {
        assertThatThrownBy(() -> new Calculation("v", 5, 2026, 1, Perspective.SOCIETY, DiscountingParameters.DEFAULT,
                OptimismBiasTable.DEFAULT, List.of(Examples.KOMMUN, Examples.KOMMUN), costsForYears(1), List.of(),
                List.of()))
            .hasMessage("actors[1].id: 'kommun' is already used by actors[0]");
    }

    @Test
    void aYearBeyondTheHorizonIsRefused() {
        List<Cost> costs = new ArrayList<>(costsForYears(2));
        costs.add(Cost.of("kommun", 10, 5, CostType.STAFF_TIME));
        assertThatThrownBy(() -> calculation(10, 2, costs, List.of()))
            .hasMessage("costs[2].year: must be between 0 and 9 (the horizon is 10 years)");
        assertThatThrownBy(() -> Cost.of("kommun", -1, 5, CostType.STAFF_TIME))
            .hasMessage("year: must not be negative");
        Outcome late = new Outcome("o", 1, 1, 1, 0, 0, 1, 10, 1, 0, DiscountBasis.STANDARD, List.of());
        assertThatThrownBy(() -> calculation(10, 2, costsForYears(2), List.of(late)))
            .hasMessageStartingWith("outcomes[0].lagYears: must be below the horizon of 10 years");
    }

    @Test
    void everyYearOfTheInterventionPeriodNeedsACostLine() {
        // Years 0 and 2 have costs, year 1 was forgotten.
        List<Cost> costs = List.of(Cost.of("kommun", 0, 100, CostType.CASH_FROM_FUND),
                Cost.of("kommun", 2, 100, CostType.CASH_FROM_FUND));
        CalculationInputException e = catchThrowableOfType(CalculationInputException.class,
                () -> calculation(10, 3, costs, List.of()));
        assertThat(e.field()).isEqualTo("costs");
        assertThat(e.getMessage()).isEqualTo("costs: no cost line for year 1 of the intervention period (years 0–2); "
                + "enter an amount of 0 if nothing is spent in a year");
        assertThatThrownBy(
                () -> calculation(10, 3, List.of(Cost.of("kommun", 0, 100, CostType.CASH_FROM_FUND)), List.of()))
            .hasMessageContaining("no cost line for years 1 and 2 of");
        // A deliberate zero is a cost line; years after the intervention need none.
        List<Cost> withZero = List.of(Cost.of("kommun", 0, 100, CostType.CASH_FROM_FUND),
                Cost.of("kommun", 1, 0, CostType.CASH_FROM_FUND), Cost.of("region", 2, 100, CostType.STAFF_TIME));
        assertThat(calculation(10, 3, withZero, List.of()).costs()).hasSize(3);
    }

    @Test
    void negativeAmountsAndUnknownGradesAreRefused() {
        assertThatThrownBy(() -> Cost.of("kommun", 0, -1, CostType.CASH_FROM_FUND))
            .hasMessage("amountOre: must not be negative");
        List<Cost> costs = List.of(new Cost("kommun", 0, 1, CostType.IN_KIND, CostNature.CAPITAL, 6, null));
        assertThatThrownBy(() -> calculation(5, 1, costs, List.of()))
            .hasMessage("costs[0].confidenceGrade: must be between 0 and 5 (optimism-bias table sif-default-1)");
    }

    @Test
    void priceYearsNeedTheCpiSeries() {
        List<Cost> costs = List.of(new Cost("kommun", 0, 1, CostType.IN_KIND, CostNature.CAPITAL, 0, 2019));
        assertThatThrownBy(() -> calculation(5, 1, costs, List.of()))
            .hasMessage("costs[0].priceYear: cannot be brought to 2026 prices: price index 'none' lacks 2019");
    }

    @Test
    void uncertaintiesMustMatchTheCalculation() {
        Calculation c = Examples.small();
        assertThatThrownBy(() -> c.withUncertainties(List.of(Uncertainty.pert(Parameter.impact(3), 0.1, 0.4, 0.5))))
            .hasMessage("uncertainties[0].parameter: there is no outcomes[3].impact in this calculation");
        assertThatThrownBy(() -> c.withUncertainties(List.of(Uncertainty.pert(Parameter.impact(0), 0.1, 0.3, 0.5))))
            .hasMessageStartingWith("uncertainties[0].likely: must equal the value of outcomes[0].impact");
        assertThatThrownBy(() -> c.withUncertainties(List.of(Uncertainty.pert(Parameter.impact(0), 0.1, 0.4, 1.5))))
            .hasMessageStartingWith("uncertainties[0]: low and high must lie within the range");
        assertThatThrownBy(() -> c.withUncertainties(List.of(Uncertainty.pert(Parameter.impact(0), 0.1, 0.4, 0.5),
                Uncertainty.triangular(Parameter.impact(0), 0.2, 0.4, 0.5))))
            .hasMessage("uncertainties[1].parameter: outcomes[0].impact already has an uncertainty");
        assertThatThrownBy(() -> Uncertainty.pert(Parameter.impact(0), 0.5, 0.4, 0.6))
            .hasMessage("low: must not be above likely (0.4)");
        assertThatThrownBy(() -> new Parameter(Parameter.Kind.UNIT_VALUE, 0, -1, -1))
            .hasMessageContaining("value-stream index");
    }

    @Test
    void horizonAndInterventionPeriodAreBounded() {
        assertThatThrownBy(() -> calculation(0, 1, costsForYears(1), List.of()))
            .hasMessageStartingWith("horizonYears:");
        assertThatThrownBy(() -> calculation(5, 6, costsForYears(5), List.of()))
            .hasMessageStartingWith("interventionYears:");
        assertThatThrownBy(() -> new MonteCarloSettings(0, 1, 1)).hasMessageStartingWith("draws:");
    }

    @Test
    void optimismBiasTablesAreValidated() {
        assertThatThrownBy(() -> new OptimismBiasTable("x", List.of(0.0, -0.1), List.of(0.0, 0.1)))
            .hasMessage("costUplift[1]: must be a number of at least 0");
        assertThatThrownBy(() -> new OptimismBiasTable("x", List.of(0.0), List.of(1.5)))
            .hasMessage("benefitReduction[0]: must be between 0 and 1");
    }

}
