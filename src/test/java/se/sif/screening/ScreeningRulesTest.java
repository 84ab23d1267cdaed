package se.sif.screening;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.sif.application.ApplicationSection;
import org.junit.jupiter.api.Test;
import se.sif.shared.DomainException;

/**
 * The working group's grade and outcome must agree, and a rejection always has written
 * reasons.
 */
class ScreeningRulesTest {

    static Screenings.Recording recording(boolean formal, int grade, ScreeningOutcome outcome, String text,
            List<RejectionReason> reasons, LocalDate deadline) {
        return new Screenings.Recording(formal, null, grade, outcome, text, reasons, deadline);
    }

    /** Any day will do: the rule compares with the day it is given. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

    static void validate(Screenings.Recording r) {
        Screenings.validate(r, TODAY);
    }

    @Test
    void gradeThreeMeansOut() {
        assertThatThrownBy(() -> validate(recording(true, 3, ScreeningOutcome.TO_PANEL, null, List.of(), null)))
            .isInstanceOf(DomainException.class)
            .hasMessage("screening.error.grade3MeansOut");
    }

    @Test
    void formallyIncompleteApplicationsDoNotReachThePanel() {
        assertThatThrownBy(() -> validate(recording(false, 1, ScreeningOutcome.TO_PANEL, null, List.of(), null)))
            .hasMessage("screening.error.formalIncomplete");
    }

    @Test
    void aRejectionNeedsReasonsFromTheListAndInWords() {
        assertThatThrownBy(
                () -> validate(recording(true, 3, ScreeningOutcome.REJECTED, "Saknar budget", List.of(), null)))
            .hasMessage("screening.error.reasonsRequired");
        assertThatThrownBy(() -> validate(
                recording(true, 3, ScreeningOutcome.REJECTED, " ", List.of(RejectionReason.BUDGET), null)))
            .hasMessage("screening.error.reasonsRequired");
        assertThatCode(() -> validate(
                recording(true, 3, ScreeningOutcome.REJECTED, "Saknar budget", List.of(RejectionReason.BUDGET), null)))
            .doesNotThrowAnyException();
    }

    @Test
    void aCompletionRequestNeedsAFutureDeadline() {
        assertThatThrownBy(() -> validate(
                completion("Förtydliga budgeten", Set.of(ApplicationSection.BUDGET), TODAY.minusDays(1))))
            .hasMessage("application.error.completionDeadline");
        assertThatThrownBy(() -> validate(completion("Förtydliga budgeten", Set.of(ApplicationSection.BUDGET), TODAY)))
            .as("the deadline is a day after today")
            .hasMessage("application.error.completionDeadline");
        assertThatCode(() -> validate(
                completion("Förtydliga budgeten", Set.of(ApplicationSection.BUDGET), TODAY.plusDays(14))))
            .doesNotThrowAnyException();
    }

    @Test
    void aCompletionRequestNamesAtLeastOnePartAndSaysWhatToComplete() {
        assertThatThrownBy(() -> validate(completion(null, Set.of(), TODAY.plusDays(14))))
            .isInstanceOfSatisfying(DomainException.class, e -> org.assertj.core.api.Assertions.assertThat(e.fields())
                .containsExactly("completionSections", "reasonsText"));
        assertThatThrownBy(() -> validate(completion("Förtydliga", Set.of(), TODAY.plusDays(14))))
            .hasMessage("application.error.completionSections");
        assertThatThrownBy(() -> validate(completion(" ", Set.of(ApplicationSection.METHOD), TODAY.plusDays(14))))
            .hasMessage("application.error.completionMessage");
    }

    static Screenings.Recording completion(String text, Set<ApplicationSection> sections, LocalDate deadline) {
        return new Screenings.Recording(true, null, 2, ScreeningOutcome.COMPLETION_REQUESTED, text, List.of(), deadline,
                sections);
    }

    @Test
    void gradesOutsideOneToThreeAreRefused() {
        assertThatThrownBy(() -> validate(recording(true, 0, ScreeningOutcome.TO_PANEL, null, List.of(), null)))
            .hasMessage("screening.error.grade");
        assertThatThrownBy(() -> validate(recording(true, 4, ScreeningOutcome.TO_PANEL, null, List.of(), null)))
            .hasMessage("screening.error.grade");
    }

}
