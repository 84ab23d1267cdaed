package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sif.application.ApplicationStatus.COMPLETION_REQUESTED;
import static se.sif.application.ApplicationStatus.DRAFT;
import static se.sif.application.ApplicationStatus.GRANTED;
import static se.sif.application.ApplicationStatus.IN_ASSESSMENT;
import static se.sif.application.ApplicationStatus.REJECTED;
import static se.sif.application.ApplicationStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.sif.application.ApplicationStatus.Step;

/** The whole transition table, so a move added or lost by accident fails here. */
class ApplicationStatusTest {

    private static final Map<Step, Map<ApplicationStatus, Set<ApplicationStatus>>> LEGAL = Map.of(Step.SUBMIT,
            Map.of(DRAFT, EnumSet.of(SUBMITTED), COMPLETION_REQUESTED, EnumSet.of(SUBMITTED)), Step.SCREEN,
            Map.of(SUBMITTED, EnumSet.of(IN_ASSESSMENT, COMPLETION_REQUESTED, REJECTED), IN_ASSESSMENT,
                    EnumSet.of(IN_ASSESSMENT, COMPLETION_REQUESTED, REJECTED)),
            Step.DECIDE, Map.of(IN_ASSESSMENT, EnumSet.of(GRANTED, REJECTED)));

    @Test
    void everyStepMovesOnlyAlongItsTransitions() {
        for (Step step : Step.values()) {
            for (ApplicationStatus from : ApplicationStatus.values()) {
                Set<ApplicationStatus> legal = LEGAL.get(step).getOrDefault(from, Set.of());
                assertThat(from.allows(step)).as("%s from %s", step, from).isEqualTo(!legal.isEmpty());
                for (ApplicationStatus to : ApplicationStatus.values()) {
                    assertThat(from.canMoveTo(to, step)).as("%s: %s -> %s", step, from, to)
                        .isEqualTo(legal.contains(to));
                }
            }
        }
    }

    @Test
    void aDecidedApplicationIsFinal() {
        for (Step step : Step.values()) {
            assertThat(GRANTED.allows(step)).isFalse();
            assertThat(REJECTED.allows(step)).isFalse();
        }
    }

    @Test
    void onlyDraftsAndCompletionRequestsAreTheApplicantsToEdit() {
        assertThat(EnumSet.allOf(ApplicationStatus.class)).filteredOn(ApplicationStatus::editableByApplicant)
            .containsExactlyInAnyOrder(DRAFT, COMPLETION_REQUESTED);
    }

}
