package se.sif.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.sif.application.ApplicationStatus;
import se.sif.application.ApplicationView;
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

    static ApplicationView application(String text, LocalDate start, LocalDate end, long requested) {
        return new ApplicationView(1, 1, "Utlysning", Instant.parse("2026-03-18T09:00:00Z"), 2, "Gullspångs kommun",
                "Titel", text, text, text, "Arbetstid", text, start, end, requested, List.of(),
                ApplicationStatus.SUBMITTED, "RUN 1", Instant.parse("2026-03-18T09:00:00Z"), false, 0);
    }

    static Map<String, Boolean> check(ApplicationView application, List<Organisation> principals, long ceiling) {
        return FormalCheck.of(application, principals, ceiling)
            .findings()
            .stream()
            .collect(Collectors.toMap(FormalCheck.Finding::rule, FormalCheck.Finding::met));
    }

    @Test
    void aSubstantialApplicationOfRegionAndMunicipalityMeetsEveryRule() {
        var result = FormalCheck.of(application(SUBSTANTIAL, LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), 100),
                List.of(MUNICIPALITY, REGION_UNIT), 100);
        assertThat(result.allMet()).isTrue();
    }

    @Test
    void collaborationNeedsTheRegionAndAMunicipality() {
        ApplicationView a = application(SUBSTANTIAL, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), 100);
        assertThat(check(a, List.of(MUNICIPALITY, OTHER), 100).get("collaboration")).isFalse();
        assertThat(check(a, List.of(MUNICIPALITY), 100).get("collaboration")).isFalse();
        assertThat(check(a, List.of(REGION_UNIT, MUNICIPALITY), 100).get("collaboration")).isTrue();
    }

    @Test
    void thinAnswersLongPeriodsAndAmountsOverTheCeilingAreFlagged() {
        Map<String, Boolean> found = check(
                application("Barn i skolan.", LocalDate.of(2027, 1, 1), LocalDate.of(2031, 6, 30), 101),
                List.of(REGION_UNIT, MUNICIPALITY), 100);
        assertThat(found.get("substance.targetGroup")).isFalse();
        assertThat(found.get("substance.method")).isFalse();
        assertThat(found.get("limitedInTime")).as("four and a half years").isFalse();
        assertThat(found.get("withinCeiling")).isFalse();
        assertThat(found.get("coFinancing")).isTrue();
    }

}
