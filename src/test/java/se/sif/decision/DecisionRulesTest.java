package se.sif.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sif.shared.DomainException;

/**
 * The board's decision as typed: every broken rule named at once, beside its field — a
 * condition cannot fall due before the decision that sets it.
 */
class DecisionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    static Decisions.Recording grant(LocalDate decidedOn, LocalDate conditionDue) {
        return new Decisions.Recording(true, 100_000_00L, "Bifall", decidedOn, "§ 1", null,
                List.of(new DecisionView.Condition(1, "Projektplan", conditionDue)));
    }

    @Test
    void aConditionDueBeforeTheDecisionIsRefusedBesideItsDate() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> Decisions.validate(grant(TODAY, TODAY.minusDays(1)), TODAY));
        assertThat(refused.violations()).extracting(DomainException.Violation::field)
            .containsExactly("conditions[0].dueDate");
        assertThat(refused.violations().get(0).messageKey()).isEqualTo("decision.error.conditionDueBeforeDecision");
    }

    @Test
    void aConditionDueOnOrAfterTheDecisionIsAccepted() {
        assertThatCode(() -> Decisions.validate(grant(TODAY, TODAY), TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> Decisions.validate(grant(TODAY.minusDays(5), TODAY.plusMonths(2)), TODAY))
            .doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        Decisions.Recording bad = new Decisions.Recording(true, null, " ", TODAY, null, TODAY.minusDays(1),
                List.of(new DecisionView.Condition(1, "Projektplan", TODAY.minusDays(3))));
        DomainException refused = catchThrowableOfType(DomainException.class, () -> Decisions.validate(bad, TODAY));
        assertThat(refused.violations()).extracting(DomainException.Violation::field)
            .containsExactly("grantedAmount", "reasons", "minutesPostedOn", "conditions[0].dueDate");
    }

}
