package se.sif.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.sif.application.ApplicationSection;
import se.sif.application.ApplicationStatus;
import se.sif.application.ApplicationView;
import se.sif.application.TaskList;
import se.sif.call.CallContent;
import se.sif.call.Criteria;
import se.sif.organisation.Organisation;

/**
 * The automatic formal check catches missing collaboration and thin answers that a
 * filled-in form hides.
 */
class FormalCheckTest {

    static final Organisation REGION_UNIT = new Organisation(1, "BUP", null, Organisation.Kind.REGION_UNIT, false);
    static final Organisation MUNICIPALITY = new Organisation(2, "Gullspångs kommun", null,
            Organisation.Kind.MUNICIPALITY, false);
    static final Organisation OTHER = new Organisation(3, "Förening", null, Organisation.Kind.OTHER, false);
    static final String SUBSTANTIAL = "ord ".repeat(30);

    /** VGR's call: the usual rules, at most three years, the ceiling 100 öre. */
    static final CallContent VGR = call(null, null, null, null, 36, CallContent.Eligibility.USUAL);

    static CallContent call(Long min, Long max, LocalDate earliest, LocalDate latest, Integer months,
            CallContent.Eligibility rules) {
        return new CallContent("Utlysning", null, null, null, 100, min, max, earliest, latest, months, null,
                Instant.parse("2027-03-31T21:59:00Z"), 60, rules, Criteria.usual(), Criteria.TABLE_2,
                CallContent.Kind.INVESTMENT);
    }

    static ApplicationView application(String text, LocalDate start, LocalDate end, long requested) {
        return new ApplicationView(1, 1, "Utlysning", Instant.parse("2026-03-18T09:00:00Z"), 2, "Gullspångs kommun",
                "Titel", text, text, text, "Arbetstid", text, start, end, requested, List.of(),
                ApplicationStatus.SUBMITTED, "RUN 1", Instant.parse("2026-03-18T09:00:00Z"), false, 0, 1,
                se.sif.application.ApplicationAnswers.EMPTY, false, null);
    }

    /** A task list asking these sections (their statuses do not matter here). */
    static TaskList asking(ApplicationSection... sections) {
        return new TaskList(java.util.Arrays.stream(sections)
            .map(s -> new TaskList.Task(s, TaskList.Status.COMPLETED, List.of()))
            .toList());
    }

    static final TaskList EVERY_SECTION = asking(ApplicationSection.values());

    static Map<String, Boolean> check(ApplicationView application, Organisation applicant,
            List<Organisation> coApplicants, CallContent call) {
        return check(application, applicant, coApplicants, call, EVERY_SECTION);
    }

    static Map<String, Boolean> check(ApplicationView application, Organisation applicant,
            List<Organisation> coApplicants, CallContent call, TaskList tasks) {
        return FormalCheck.of(application, applicant, coApplicants, call, tasks)
            .findings()
            .stream()
            .collect(Collectors.toMap(FormalCheck.Finding::rule, FormalCheck.Finding::met));
    }

    @Test
    void aSubstantialApplicationOfRegionAndMunicipalityMeetsEveryRule() {
        var result = FormalCheck.of(application(SUBSTANTIAL, LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), 100),
                MUNICIPALITY, List.of(REGION_UNIT), VGR, EVERY_SECTION);
        assertThat(result.allMet()).isTrue();
    }

    @Test
    void collaborationIsTheRuleTheCallChose() {
        ApplicationView a = application(SUBSTANTIAL, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), 100);
        String vgr = "collaboration.REGION_AND_MUNICIPALITY";
        assertThat(check(a, MUNICIPALITY, List.of(OTHER), VGR).get(vgr)).isFalse();
        assertThat(check(a, MUNICIPALITY, List.of(), VGR).get(vgr)).isFalse();
        assertThat(check(a, MUNICIPALITY, List.of(REGION_UNIT), VGR).get(vgr)).isTrue();

        CallContent skane = call(null, null, null, null, 36, new CallContent.Eligibility(
                EnumSet.of(Organisation.Kind.REGION_UNIT), CallContent.Collaboration.REGION_AND_EXTERNAL, true));
        String external = "collaboration.REGION_AND_EXTERNAL";
        assertThat(check(a, REGION_UNIT, List.of(OTHER), skane).get(external)).isTrue();
        assertThat(check(a, REGION_UNIT, List.of(), skane).get(external)).isFalse();
        assertThat(check(a, MUNICIPALITY, List.of(OTHER), skane))
            .as("no unit of the region, and a municipality may not apply in this call")
            .containsEntry(external, false)
            .containsEntry("eligibleApplicant", false);

        CallContent orebro = call(null, null, null, null, 36, new CallContent.Eligibility(
                EnumSet.allOf(Organisation.Kind.class), CallContent.Collaboration.TWO_PRINCIPALS, false));
        assertThat(check(a, OTHER, List.of(MUNICIPALITY), orebro)).containsEntry("collaboration.TWO_PRINCIPALS", true)
            .containsEntry("eligibleApplicant", true)
            .as("co-financing not asked for, so not checked")
            .doesNotContainKey("coFinancing");
    }

    @Test
    void thinAnswersLongPeriodsAndAmountsOverTheCeilingAreFlagged() {
        Map<String, Boolean> found = check(
                application("Barn i skolan.", LocalDate.of(2027, 1, 1), LocalDate.of(2031, 6, 30), 101), REGION_UNIT,
                List.of(MUNICIPALITY), VGR);
        assertThat(found.get("substance.targetGroup")).isFalse();
        assertThat(found.get("substance.method")).isFalse();
        assertThat(found.get("limitedInTimeMonths")).as("four and a half years").isFalse();
        assertThat(found.get("withinAmounts")).isFalse();
        assertThat(found.get("coFinancing")).isTrue();
    }

    @Test
    void onlyTheSectionsTheTaskListAsksAreJudgedForSubstance() {
        ApplicationView a = application(null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 100);
        assertThat(check(a, MUNICIPALITY, List.of(REGION_UNIT), VGR)).containsEntry("substance.definedEffect", false)
            .containsEntry("substance.continuation", false);
        // a pre-study's task list: no effects, no continuation
        Map<String, Boolean> found = check(a, MUNICIPALITY, List.of(REGION_UNIT), VGR,
                asking(ApplicationSection.ABOUT, ApplicationSection.TARGET_GROUP, ApplicationSection.METHOD,
                        ApplicationSection.PERIOD, ApplicationSection.IMPLEMENTATION, ApplicationSection.BUDGET));
        assertThat(found).containsEntry("substance.targetGroup", false)
            .containsEntry("substance.method", false)
            .doesNotContainKeys("substance.definedEffect", "substance.continuation");
    }

    @Test
    void theCallsAmountsAndProjectPeriodAreItsOwn() {
        CallContent gavleborg = call(50L, 80L, LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), 12,
                CallContent.Eligibility.USUAL);
        ApplicationView withinAll = application(SUBSTANTIAL, LocalDate.of(2027, 2, 1), LocalDate.of(2028, 1, 31), 80);
        assertThat(check(withinAll, MUNICIPALITY, List.of(REGION_UNIT), gavleborg)).containsEntry("withinAmounts", true)
            .containsEntry("withinPeriod", true)
            .containsEntry("limitedInTimeMonths", true);
        ApplicationView tooSmallEarlyAndLong = application(SUBSTANTIAL, LocalDate.of(2026, 12, 1),
                LocalDate.of(2028, 1, 31), 49);
        assertThat(check(tooSmallEarlyAndLong, MUNICIPALITY, List.of(REGION_UNIT), gavleborg))
            .containsEntry("withinAmounts", false)
            .containsEntry("withinPeriod", false)
            .containsEntry("limitedInTimeMonths", false);
        assertThat(check(application(SUBSTANTIAL, LocalDate.of(2027, 2, 1), LocalDate.of(2028, 1, 31), 81),
                MUNICIPALITY, List.of(REGION_UNIT), gavleborg))
            .as("above the call's largest amount, below its ceiling")
            .containsEntry("withinAmounts", false);
    }

}
