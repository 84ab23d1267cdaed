package se.sif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole lifecycle through /api/v1, as each role, against PostgreSQL. */
@SifIntegrationTest
class ThinPathApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** The application page as the panel member sees it. */
    private String applicationPage(String assessor, long applicationId) throws Exception {
        return mvc
            .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/applications/" + applicationId)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .user(assessor)
                    .roles("ASSESSOR")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anApplicationGoesFromCallToReportedIndicator() throws Exception {
        int year = se.sif.TestClock.YEAR;
        long callId = scenario.openCall("Utlysning för tidiga insatser");

        long applicationId = scenario.draft(callId);
        Api.Response incomplete = scenario.submit(applicationId);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.contentType()).startsWith("application/problem+json");
        List<String> missing = incomplete.json("$.errors[*].field");
        // the sections of the task list not completed, in its order
        assertThat(missing).startsWith("ABOUT", "TARGET_GROUP", "METHOD").contains("BUDGET", "CALCULATION");

        scenario.fill(applicationId, 150_000_000L);
        Api.Response submitted = scenario.submit(applicationId);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat((String) submitted.json("$.status")).isEqualTo("SUBMITTED");
        assertThat((String) submitted.json("$.registrationNumber")).matches("RUN 612-\\d{4}-\\d{2}");

        Api.Response screened = api.post("officer", "/api/v1/applications/" + applicationId + "/screening",
                """
                        {"formalComplete": true, "triageGrade": 2, "outcome": "TO_PANEL", "formalNotes": "Alla fält ifyllda"}""");
        assertThat(screened.status()).as(screened.body()).isEqualTo(200);
        assertThat((Integer) screened.json("$.triageGrade")).isEqualTo(2);

        assertThat(scenario.score("assessor1", applicationId, "VERY_GOOD", true).status()).isEqualTo(200);
        // assessor2 has saved a draft only: the others' scores stay hidden
        assertThat(scenario.score("assessor2", applicationId, "GOOD", false).status()).isEqualTo(200);
        Api.Response hidden = api.get("assessor2", "/api/v1/applications/" + applicationId + "/assessments");
        assertThat(hidden.status()).isEqualTo(404); // what a user may not see is 404 (API
                                                    // convention)
        assertThat(hidden.body()).doesNotContain("VERY_GOOD");
        // nor does their application page lead them to the panel's scores yet
        assertThat(applicationPage("assessor2", applicationId))
            .contains((String) submitted.json("$.registrationNumber"))
            .doesNotContain("/applications/" + applicationId + "/scores");
        Api.Response submittedScores = api.put("assessor2",
                "/api/v1/applications/" + applicationId + "/assessments/mine",
                """
                        {"version": 0, "scores": {"PROBLEM_ANALYSIS": "GOOD", "METHOD_AND_EFFECT": "GOOD", "FEASIBILITY": "ACCEPTABLE",
                         "BUDGET": "GOOD", "ANCHORING": "GOOD"}, "comment": "Bra", "submit": true}""");
        assertThat(submittedScores.status()).as(submittedScores.body()).isEqualTo(200);
        Api.Response visible = api.get("assessor2", "/api/v1/applications/" + applicationId + "/assessments");
        assertThat(visible.status()).isEqualTo(200);
        assertThat((List<String>) visible.json("$[*].assessor")).containsExactlyInAnyOrder("assessor1", "assessor2");
        assertThat(applicationPage("assessor2", applicationId)).contains("/applications/" + applicationId + "/scores");

        // assessor3 declares a conflict of interest and is then blocked from scoring and
        // from the scores
        assertThat(api
            .post("assessor3", "/api/v1/applications/" + applicationId + "/conflicts",
                    "{\"reason\": \"Gift med projektledaren\"}")
            .status()).isEqualTo(204);
        Api.Response blocked = scenario.score("assessor3", applicationId, "DOUBTFUL", true);
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.body()).contains("jäv");
        assertThat(api.get("assessor3", "/api/v1/applications/" + applicationId + "/assessments").status())
            .isEqualTo(404);

        Api.Response ranking = api.get("officer", "/api/v1/calls/" + callId + "/ranking");
        assertThat(ranking.status()).isEqualTo(200);
        List<Map<String, Object>> ranked = ranking.json("$");
        assertThat(ranked).hasSize(1);
        assertThat(ranked.get(0).get("submittedAssessments")).isEqualTo(2);
        assertThat(ranked.get(0).get("meanTotal")).isEqualTo(17.0); // (5 × 4 + (4 × 3 +
                                                                    // 2)) / 2

        long availableBefore = scenario.available(year);
        Api.Response decision = scenario.grant(applicationId, 120_000_000L);
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        assertThat((String) decision.json("$.outcome")).isEqualTo("GRANTED");
        assertThat((String) decision.json("$.conditions[0].text")).isEqualTo("Projektplan");
        assertThat(scenario.available(year)).isEqualTo(availableBefore - 120_000_000L);
        Api.Response fund = api.get("board", "/api/v1/funds/1");
        List<Map<String, Object>> years = fund.json("$.years[?(@.fiscalYear == " + year + ")]");
        assertThat(((Number) years.get(0).get("committed")).longValue()).isGreaterThanOrEqualTo(120_000_000L);

        long investmentId = jdbc.sql("select id from investment where application_id = :id")
            .param("id", applicationId)
            .query(Long.class)
            .single();
        assertThat(api
            .put("officer", "/api/v1/investments/" + investmentId + "/project-leader", "{\"username\": \"leader\"}")
            .status()).isEqualTo(200);
        Api.Response indicator = api.post("officer", "/api/v1/investments/" + investmentId + "/indicators", """
                {"name": "Andel elever med närvaro under 85 %", "unit": "%", "baseline": 12.5, "baselinePeriod": "2026",
                 "target": 8}""");
        assertThat(indicator.status()).as(indicator.body()).isEqualTo(201);
        long indicatorId = ((Number) indicator.json("$.indicators[0].id")).longValue();
        assertThat((String) indicator.json("$.indicators[0].direction")).isEqualTo("DECREASE");

        Api.Response tooSmall = api.post("leader",
                "/api/v1/investments/%d/indicators/%d/values".formatted(investmentId, indicatorId),
                "{\"period\": \"2027 VT\", \"value\": 10, \"groupSize\": 4}");
        assertThat(tooSmall.status()).isEqualTo(422);
        Api.Response reported = api.post("leader",
                "/api/v1/investments/%d/indicators/%d/values".formatted(investmentId, indicatorId),
                "{\"period\": \"2027 VT\", \"value\": 10, \"groupSize\": 40}");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);

        Api.Response overview = api.get("steering", "/api/v1/overview");
        assertThat(overview.status()).isEqualTo(200);
        List<Object> granted = overview.json("$.calls[?(@.call.id == " + callId + ")].applicationsByStatus.GRANTED");
        assertThat(granted).containsExactly(1);
        List<Object> values = overview
            .json("$.investments[?(@.id == " + investmentId + ")].indicators[0].values[0].value");
        assertThat(values).hasSize(1);
    }

    @Test
    void submissionAfterTheDeadlineIsRefusedAndTheDraftKept() {
        long callId = scenario.openCall("Utlysning som stänger");
        long applicationId = scenario.draft(callId);
        scenario.fill(applicationId, 100_000_000L);
        // time passes: the call's deadline is now behind us
        scenario.closesAt(callId, se.sif.TestClock.NOW.minusSeconds(60));

        Api.Response late = scenario.submit(applicationId);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.body()).contains("Sista dag");
        Api.Response kept = api.get("applicant", "/api/v1/applications/" + applicationId);
        assertThat((String) kept.json("$.status")).isEqualTo("DRAFT");
        assertThat((String) kept.json("$.targetGroup")).isEqualTo("Barn 3–10 år med normbrytande beteende");
    }

    @Test
    void theBoardDecidesOnlyOnAProposalTheSteeringGroupHasEndorsed() {
        long applicationId = scenario.submitted(scenario.openCall("Utlysning för beslutskedjan"), 100_000_000L);
        scenario.toPanel(applicationId);
        String decision = "{\"grant\": false, \"reasons\": \"Avslag\", \"decidedOn\": \"%s\"}"
            .formatted(se.sif.TestClock.TODAY);
        Api.Response early = api.post("board", "/api/v1/applications/" + applicationId + "/decision", decision);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("styrgruppen");
        Api.Response proposal = api.post("officer", "/api/v1/applications/" + applicationId + "/proposal",
                "{\"grant\": false, \"reasons\": \"Svag förankring\"}");
        assertThat(api.post("board", "/api/v1/applications/" + applicationId + "/decision", decision).status())
            .as("proposed but not endorsed")
            .isEqualTo(422);
        assertThat(api
            .post("steering", "/api/v1/applications/" + applicationId + "/proposal/endorsement",
                    "{\"version\": %d}".formatted(((Number) proposal.json("$.version")).longValue()))
            .status()).isEqualTo(200);
        assertThat(api
            .post("officer", "/api/v1/applications/" + applicationId + "/proposal",
                    "{\"version\": 1, \"grant\": true, \"amountOre\": 100, \"reasons\": \"Ändrat\"}")
            .status()).as("an endorsed proposal stays as endorsed").isEqualTo(422);
        Api.Response decided = api.post("board", "/api/v1/applications/" + applicationId + "/decision", decision);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat((String) decided.json("$.outcome")).isEqualTo("REJECTED");
    }

    @Test
    void aStaleVersionIsRefusedNotOverwritten() {
        long applicationId = scenario.draft(scenario.openCall("Utlysning för samtidiga ändringar"));
        scenario.fill(applicationId, 100_000_000L); // version 0 -> 1
        Api.Response stale = api.put("applicant", "/api/v1/applications/" + applicationId,
                "{\"version\": 0, \"title\": \"Skriver över\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat((String) api.get("applicant", "/api/v1/applications/" + applicationId).json("$.title"))
            .isEqualTo("Tidiga familjeträffar");
    }

    @Test
    void aGrantBeyondTheYearsMoneyIsRefusedAndNothingIsWritten() {
        int year = se.sif.TestClock.YEAR;
        long applicationId = scenario.submitted(scenario.openCall("Utlysning för stort belopp"), 100_000_000L);
        scenario.toPanel(applicationId);
        long available = scenario.available(year);

        Api.Response refused = scenario.grant(applicationId, available + 100);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("inte pengar nog");
        assertThat(scenario.available(year)).isEqualTo(available);
        assertThat(api.get("board", "/api/v1/applications/" + applicationId + "/decision").status()).isEqualTo(404);
        assertThat((String) api.get("officer", "/api/v1/applications/" + applicationId).json("$.status"))
            .isEqualTo("IN_ASSESSMENT");
    }

}
