package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import se.sif.economics.CalculationForms.CostRow;
import se.sif.economics.CalculationForms.CostsForm;
import se.sif.economics.calculation.Actor;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.Calculation;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.CalculationInputException.Violation;
import se.sif.economics.calculation.Cost;
import se.sif.economics.calculation.CostNature;
import se.sif.economics.calculation.CostType;
import se.sif.economics.calculation.DiscountBasis;
import se.sif.economics.calculation.DiscountingParameters;
import se.sif.economics.calculation.OptimismBiasTable;
import se.sif.economics.calculation.Outcome;
import se.sif.economics.calculation.Parameter;
import se.sif.economics.calculation.Perspective;
import se.sif.economics.calculation.PriceIndex;
import se.sif.economics.calculation.Uncertainty;
import se.sif.economics.calculation.ValueKind;
import se.sif.economics.calculation.ValueStream;
import se.sif.shared.DomainException;
import se.sif.shared.web.FormErrors;

/**
 * The calculation core explains refusals in English for developers; a Swedish user must
 * read them in Swedish beside the field. Every problem the core gives for a form's input
 * is translated, and stands beside the input it is about.
 */
class CalculationFormsTest {

    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    CalculationFormsTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** What the page shows for a problem of the core, in the current language. */
    String shown(Violation v) {
        DomainException.Violation problem = CalculationForms.problem(v);
        return messages.getMessage(problem.messageKey(), problem.arguments(), LocaleContextHolder.getLocale());
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    /**
     * Wrong in as many ways as a user can be: every check the core makes of a form's
     * input.
     */
    static List<Violation> everyKindOfMistake() {
        List<Violation> found = new ArrayList<>();
        Actor school = new Actor("school", "Skolan", ActorKind.MUNICIPALITY_BOARD, false);
        Actor twin = new Actor("school", "Skolan igen", ActorKind.MUNICIPALITY_BOARD, false);
        List<Cost> costs = List.of(new Cost("nobody", 0, 100, CostType.CASH_FROM_FUND, CostNature.REVENUE, 9, 2030),
                new Cost("school", 12, 100, CostType.STAFF_TIME, CostNature.REVENUE, 0, null));
        Outcome outcome = new Outcome("Effekt", 10, 1, 0.5, 0, 0, 1, 20, 3, 0, DiscountBasis.STANDARD,
                List.of(ValueStream.of("ghost", 100, ValueKind.FISCAL, 1)));
        PriceIndex cpi = new PriceIndex("kpi", Map.of(2023, 400.0));
        try {
            new Calculation("x", 10, 2023, 3, Perspective.SOCIETY, DiscountingParameters.DEFAULT.withPriceIndex(cpi),
                    OptimismBiasTable.DEFAULT, List.of(school, twin), costs, List.of(outcome), List.of());
        }
        catch (CalculationInputException e) {
            found.addAll(e.violations());
        }
        Outcome fine = new Outcome("Effekt", 10, 1, 0.5, 0, 0, 1, 1, 3, 0, DiscountBasis.STANDARD,
                List.of(ValueStream.of("school", 100, ValueKind.FISCAL, 1)));
        List<Cost> everyYear = List.of(Cost.of("school", 0, 100, CostType.STAFF_TIME),
                Cost.of("school", 1, 100, CostType.STAFF_TIME), Cost.of("school", 2, 100, CostType.STAFF_TIME));
        try {
            new Calculation("x", 10, 2023, 3, Perspective.SOCIETY, DiscountingParameters.DEFAULT,
                    OptimismBiasTable.DEFAULT, List.of(school), everyYear, List.of(fine),
                    List.of(Uncertainty.pert(Parameter.impact(0), 0.4, 0.3, 0.6),
                            Uncertainty.pert(Parameter.impact(0), 0.4, 0.5, 0.6),
                            Uncertainty.pert(Parameter.impact(3), 0, 0, 0),
                            Uncertainty.pert(Parameter.of(Parameter.Kind.POPULATION, 0), -5, 10, 20)));
        }
        catch (CalculationInputException e) {
            found.addAll(e.violations());
        }
        for (Runnable wrong : List.<Runnable>of(
                () -> new Outcome("", -1, 2, Double.NaN, -0.1, 1.5, 1, -1, -2, 3, null, List.of()),
                () -> Uncertainty.pert(Parameter.impact(0), 0.5, 0.3, 0.2),
                () -> new Calculation("x", 0, 1800, 0, Perspective.SOCIETY, DiscountingParameters.DEFAULT,
                        OptimismBiasTable.DEFAULT, List.of(), List.of(), List.of(), List.of()))) {
            try {
                wrong.run();
            }
            catch (CalculationInputException e) {
                found.addAll(e.violations());
            }
        }
        return found;
    }

    @Test
    void everyProblemOfAFormsInputReadsInSwedish() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
        List<Violation> problems = everyKindOfMistake();
        assertThat(problems).hasSizeGreaterThan(20);
        for (Violation v : problems) {
            assertThat(CalculationForms.problem(v).messageKey()).as(v.field() + ": " + v.problem())
                .isNotEqualTo("economics.problem.asGiven");
            String shown = shown(v);
            assertThat(shown).as(v.field() + ": " + v.problem())
                .isNotEqualTo(v.problem())
                .doesNotContain("must")
                .doesNotContain("unknown")
                .doesNotContain("cannot");
        }
    }

    @Test
    void theSameProblemsReadInEnglishOnRequest() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Violation share = new Violation("outcomes[0].impact", "must be between 0 and 1");
        assertThat(shown(share)).isEqualTo("Enter a share between 0 and 100 %.");
        Violation index = everyKindOfMistake().stream()
            .filter(v -> v.problem().startsWith("cannot be brought"))
            .findFirst()
            .orElseThrow();
        assertThat(shown(index)).contains("2030").contains("2023").contains("SCB’s CPI");
    }

    @Test
    void aProblemOfARowStandsBesideTheRowItCameFromAndOneWithoutAnInputAboveTheForm() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
        // six rows on the page; rows 1, 2, 4 and 5 left empty, so the document's costs[1]
        // is the form's rows[3]
        List<CostRow> rows = new ArrayList<>(Collections.nCopies(6, CostRow.EMPTY));
        rows.set(3, new CostRow("school", 1, -100L, CostType.STAFF_TIME, null, null, null, null, null));
        CostsForm form = new CostsForm(rows, 2, null);
        BindingResult result = new BeanPropertyBindingResult(form, "costsForm");
        List<Violation> refused = List.of(new Violation("costs[1].amountOre", "must not be negative"),
                new Violation("costs[1].amountOre", "must be a number of at least 0"),
                new Violation("costs", "no cost line for year 2 of the intervention"),
                new Violation("costs[7]", "must be given"));

        FormErrors.reject(result, CalculationForms.refusal(refused,
                CalculationForms.rowFields("costs", List.of(0, 3), "rows", "amount"), result));

        assertThat(result.getFieldErrors()).as("once beside the amount of the row it came from")
            .extracting(FieldError::getField, FieldError::getCode)
            .containsExactly(tuple("rows[3].amount", "economics.problem.nonNegative"));
        assertThat(result.getGlobalErrors()).extracting(e -> messages.getMessage(e, Locale.forLanguageTag("sv")))
            .containsExactly("costs: Det saknas kostnadsrad för år 2 av insatsen; ange 0 om inget kostar det året.",
                    "costs[7]: Uppgiften saknas");
    }

    @Test
    void anOutcomesProblemsStandBesideItsFieldsAndItsValueStreamsRows() {
        var fields = CalculationForms.outcomeFields(2, List.of(0, 2));
        assertThat(fields.apply("outcomes[2].impact")).isEqualTo("impact");
        assertThat(fields.apply("outcomes[2].valueStreams[1].unitValueOre")).isEqualTo("streams[2].unitValue");
        assertThat(fields.apply("outcomes[2].valueStreams[0]")).isEqualTo("streams[0].unitValue");
        assertThat(fields.apply("outcomes[1].impact")).as("another outcome's problem").isNull();
        assertThat(CalculationForms.settingsField("horizonYears")).isEqualTo("horizonYears");
        assertThat(CalculationForms.settingsField("actors[0].id")).isNull();
    }

}
