package se.sif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks an application through the lifecycle with the demo users, for tests that need one
 * at a given step.
 */
public final class Scenario {

    /** The expected handling time of the scenario's calls, which a receipt promises. */
    public static final int HANDLING_DAYS = 45;

    /**
     * The demo user of Västra Götalandsregionen, the partner the scenario's applications
     * name.
     */
    public static final String REGION_PARTNER = "applicant-vgr";

    public static final long FUND = 1;

    /**
     * Gullspångs kommun's co-applicant in the demo: Närhälsan Gullspång vårdcentral is
     * any other organisation.
     */
    private final Api api;

    private final JdbcClient jdbc;

    public Scenario(Api api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    public long openCall(String title) {
        return openCall(FUND, title);
    }

    public long openCall(long fundId, String title) {
        Api.Response call = api.post("officer", "/api/v1/calls", """
                {"fundId": %d, "title": "%s", "description": "Test", "deadline": "%s", "budgetCeilingOre": 500000000,
                 "handlingDays": %d}""".formatted(fundId, title, inThirtyDays(), HANDLING_DAYS));
        return published(call);
    }

    /** Thirty days after the fixed clock's today, in Stockholm time with its offset. */
    private static String inThirtyDays() {
        return se.sif.TestClock.NOW.atZone(ZoneId.of("Europe/Stockholm"))
            .toOffsetDateTime()
            .plusDays(30)
            .withNano(0)
            .toString();
    }

    /** Publishes the draft call just created, as the officer. */
    private long published(Api.Response call) {
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        Api.Response published = api.post("officer", "/api/v1/calls/" + call.id() + "/publication",
                "{\"version\": %d}".formatted(((Number) call.json("$.version")).longValue()));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return call.id();
    }

    /**
     * A published call for pre-study grants (up to 300,000 kr each, no co-financing
     * required) with the collaboration rule given.
     */
    public long preStudyCall(String title, String collaboration) {
        return preStudyCall(title, collaboration, null);
    }

    /**
     * The same, asking the criteria and rubric of {@code projectTypes} (JSON), if given.
     */
    public long preStudyCall(String title, String collaboration, String projectTypes) {
        Api.Response call = api.post("officer", "/api/v1/calls", """
                {"fundId": 1, "kind": "PRE_STUDY", "title": "%s", "deadline": "%s", "budgetCeilingOre": 50000000,
                 "maxAmountOre": 30000000, %s
                 "eligibility": {"applicantKinds": ["MUNICIPALITY", "REGION"], "collaboration": "%s",
                                 "coFinancingRequired": false}}""".formatted(title, inThirtyDays(),
                projectTypes == null ? "" : "\"projectTypes\": " + projectTypes + ",", collaboration));
        assertThat(call.<String>json("$.content.kind")).as(call.body()).isEqualTo("PRE_STUDY");
        return published(call);
    }

    /**
     * The application's task list as the API gives it: each section's status, in order.
     */
    public java.util.Map<String, String> taskStatuses(long applicationId) {
        Api.Response tasks = api.get("applicant", "/api/v1/applications/" + applicationId + "/tasks");
        java.util.List<String> sections = tasks.json("$.tasks[*].section");
        java.util.List<String> statuses = tasks.json("$.tasks[*].status");
        java.util.Map<String, String> bySection = new java.util.LinkedHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            bySection.put(sections.get(i), statuses.get(i));
        }
        return bySection;
    }

    /** Answers every section a pre-study without partners asks, as the applicant. */
    public void fillPreStudy(long applicationId) {
        String content = """
                {"title": "Förstudie familjeträffar", "targetGroup": "Familjer med barn 3–10 år i Gullspång",
                 "method": "Kartlägga behov och pröva resursmöten", "startDate": "2027-02-01",
                 "endDate": "2027-11-30", "requestedAmountOre": 25000000, "coApplicantIds": []}""";
        String answers = """
                {"projectType": "METHOD_APPLICATION", "ageFrom": 3, "ageTo": 10, "groupSize": 50,
                 "selection": "Familjer som socialtjänsten och skolan möter", "need": "Oro för skolfrånvaro",
                 "methodKind": "NEW", "implementationPlan": "Intervjuer våren 2027, pilot hösten 2027",
                 "budget": [{"year": 2027, "category": "STAFF", "amountOre": 25000000}]}""";
        for (String section : new String[] { "ABOUT", "TARGET_GROUP", "METHOD", "PERIOD", "IMPLEMENTATION",
                "BUDGET" }) {
            long version = ((Number) api.get("applicant", "/api/v1/applications/" + applicationId).json("$.version"))
                .longValue();
            Api.Response saved = api.put("applicant", "/api/v1/applications/" + applicationId + "/sections/" + section,
                    "{\"version\": %d, \"content\": %s, \"answers\": %s}".formatted(version, content, answers));
            assertThat(saved.status()).as(section + ": " + saved.body()).isEqualTo(200);
        }
    }

    /**
     * Moves the call's closing time, as the officer does by saving its next version (time
     * passing under the fixed clock).
     */
    public void closesAt(long callId, java.time.Instant closesAt) {
        Api.Response call = api.get("officer", "/api/v1/calls/" + callId);
        Api.Response revised = api.put("officer", "/api/v1/calls/" + callId, """
                {"title": "%s", "description": "Test", "deadline": "%s", "budgetCeilingOre": %d, "handlingDays": %d,
                 "version": %d}""".formatted(call.<String>json("$.title"), closesAt.atOffset(java.time.ZoneOffset.UTC),
                ((Number) call.json("$.budgetCeilingOre")).longValue(), HANDLING_DAYS,
                ((Number) call.json("$.version")).longValue()));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
    }

    public long draft(long callId) {
        Api.Response draft = api.post("applicant", "/api/v1/applications", "{\"callId\": %d}".formatted(callId));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return draft.id();
    }

    public void fill(long applicationId, long requestedOre) {
        fillUnconfirmed(applicationId, requestedOre);
        confirmAsPartner(applicationId);
    }

    /**
     * Completes every section of the task list, naming the region as partner and saving a
     * calculation; the region has not answered yet.
     */
    public void fillUnconfirmed(long applicationId, long requestedOre) {
        long coApplicant = jdbc.sql("select id from organisation where name = 'Västra Götalandsregionen'")
            .query(Long.class)
            .single();
        long applicant = ((Number) api.get("applicant", "/api/v1/applications/" + applicationId)
            .json("$.applicantOrganisationId")).longValue();
        String content = """
                {"title": "Tidiga familjeträffar", "targetGroup": "Barn 3–10 år med normbrytande beteende",
                 "method": "Familjecoach och resursmöten", "definedEffect": "Fler barn klarar grundskolan",
                 "coFinancing": "Arbetstid från skola och vårdcentral", "continuation": "Ingår i ordinarie elevhälsa",
                 "startDate": "2027-01-01", "endDate": "2029-12-31", "requestedAmountOre": %d, "coApplicantIds": [%d]}"""
            .formatted(requestedOre, coApplicant);
        String answers = """
                {"projectType": "METHOD_APPLICATION", "ageFrom": 3, "ageTo": 10, "groupSize": 120,
                 "selection": "Närvaro under 85 procent", "need": "Hög frånvaro och oro i skolan",
                 "methodKind": "EVIDENCE_BASED", "methodReferences": "Socialstyrelsen 2014",
                 "effectsAppear": "Efter två år", "separateFromOperations": "Nytt arbetssätt över förvaltningsgränser",
                 "parties": [{"organisationId": %1$d, "role": "Huvudsökande", "receivingParty": "Skolchefen",
                              "coFinancing": [{"year": 2027, "hours": 800, "valueOre": 40000000}]},
                             {"organisationId": %2$d, "role": "Vårdcentralen", "receivingParty": "Verksamhetschefen",
                              "coFinancing": [{"year": 2027, "hours": 400, "valueOre": 20000000}]}],
                 "measurability": "Närvaro och betyg", "measurementSystem": "Skolans närvaroregistrering varje termin",
                 "indicators": [{"definition": "Andel elever med närvaro under 85 procent", "unit": "procent",
                                 "direction": "DECREASE", "baselineValue": 30, "baselineDate": "2026-08-31",
                                 "targetValue": 20, "targetDate": "2029-06-30", "dataSource": "Närvaroregistrering",
                                 "frequency": "Varje termin"}],
                 "implementationPlan": "Start hösten 2027 i två skolor", "projectLeader": "Anna Andersson, rektor",
                 "projectLeaderInternal": true, "steeringGroup": "Skolchef, socialchef och verksamhetschef",
                 "budget": [{"year": 2027, "category": "STAFF", "amountOre": %3$d}],
                 "typeAnswers": {"localConditions": "Två skolor med hög frånvaro",
                                 "decisionsAndAnchoring": "Beslut i nämnderna", "organisingTheWork": "Gemensamt team",
                                 "continuedUse": "Elevhälsan tar över"}}""".formatted(applicant, coApplicant,
                requestedOre);
        for (String section : new String[] { "ABOUT", "TARGET_GROUP", "METHOD", "EFFECTS", "SEPARATE", "PERIOD",
                "PARTNERS", "MEASUREMENT", "INDICATORS", "IMPLEMENTATION", "CONTINUATION", "MANAGEMENT", "BUDGET",
                "PROJECT_TYPE" }) {
            long version = ((Number) api.get("applicant", "/api/v1/applications/" + applicationId).json("$.version"))
                .longValue();
            Api.Response saved = api.put("applicant", "/api/v1/applications/" + applicationId + "/sections/" + section,
                    "{\"version\": %d, \"content\": %s, \"answers\": %s}".formatted(version, content, answers));
            assertThat(saved.status()).as(section + ": " + saved.body()).isEqualTo(200);
        }
        // a test that made its own calculation keeps it
        if ("[]".equals(api.get("applicant", "/api/v1/applications/" + applicationId + "/calculation/versions")
            .body()
            .strip())) {
            calculation(applicationId);
        }
    }

    /** Saves a small forecast as the application's socio-economic calculation. */
    public void calculation(long applicationId) {
        Api.Response calculation = api.post("applicant", "/api/v1/applications/" + applicationId + "/calculation",
                "{\"note\": \"Prognos\", \"document\": %s}".formatted(CALCULATION));
        assertThat(calculation.status()).as(calculation.body()).isEqualTo(201);
    }

    /** A small forecast that computes: the fund pays three years, the school gains. */
    private static final String CALCULATION = """
            {"name": "Tidiga familjeträffar – prognos", "startYear": 2027, "horizonYears": 10, "priceBaseYear": 2023,
             "interventionYears": 1, "perspective": "SOCIETY", "priceIndexVersion": "scb-kpi-1980-100-2023",
             "actors": [{"id": "vgr_fund", "name": "Sociala investeringsmedel", "kind": "REGION", "ownerOrganisation": true},
                        {"id": "school", "name": "Kommunen – skolan", "kind": "MUNICIPALITY_BOARD",
                         "ownerOrganisation": false}],
             "costs": [{"actorId": "vgr_fund", "year": 0, "amountOre": 50000000, "type": "CASH_FROM_FUND",
                        "confidenceGrade": 0}],
             "outcomes": [{"name": "Fler elever klarar grundskolan", "population": 100.0, "engagement": 0.8,
                           "impact": 0.25, "deadweight": 0.1, "displacement": 0.0, "attribution": 1.0, "lagYears": 1,
                           "durationYears": 5, "dropOff": 0.1,
                           "valueStreams": [{"actorId": "school", "unitValueOre": 5000000, "kind": "FISCAL",
                                             "cashableShare": 0.3, "confidenceGrade": 1}]}],
             "uncertainties": []}""";

    /** The region, named as partner, confirms its participation and co-financing. */
    public void confirmAsPartner(long applicationId) {
        Api.Response confirmed = api.post(REGION_PARTNER, "/api/v1/applications/" + applicationId + "/partnership",
                "{\"confirm\": true}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    }

    public Api.Response submit(long applicationId) {
        long version = ((Number) api.get("applicant", "/api/v1/applications/" + applicationId).json("$.version"))
            .longValue();
        return api.post("applicant", "/api/v1/applications/" + applicationId + "/submit",
                "{\"version\": %d}".formatted(version));
    }

    public long submitted(long callId, long requestedOre) {
        long id = draft(callId);
        fill(id, requestedOre);
        Api.Response submitted = submit(id);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    public void toPanel(long applicationId) {
        Api.Response screening = api.post("officer", "/api/v1/applications/" + applicationId + "/screening", """
                {"formalComplete": true, "triageGrade": 1, "outcome": "TO_PANEL"}""");
        assertThat(screening.status()).as(screening.body()).isEqualTo(200);
    }

    public Api.Response score(String assessor, long applicationId, String score, boolean submit) {
        return api.put(assessor, "/api/v1/applications/" + applicationId + "/assessments/mine", """
                {"scores": {"PROBLEM_ANALYSIS": "%1$s", "METHOD_AND_EFFECT": "%1$s", "FEASIBILITY": "%1$s",
                            "BUDGET": "%1$s", "ANCHORING": "%1$s"}, "comment": "Test", "submit": %2$s}"""
            .formatted(score, submit));
    }

    /**
     * The decision chain: the working group proposes, the steering group endorses, the
     * board decides.
     */
    public Api.Response grant(long applicationId, long amountOre) {
        Api.Response proposal = api.post("officer", "/api/v1/applications/" + applicationId + "/proposal",
                "{\"grant\": true, \"amountOre\": %d, \"reasons\": \"Högst rankad\"}".formatted(amountOre));
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        Api.Response endorsed = api.post("steering", "/api/v1/applications/" + applicationId + "/proposal/endorsement",
                "{\"version\": %d}".formatted(((Number) proposal.json("$.version")).longValue()));
        assertThat(endorsed.status()).as(endorsed.body()).isEqualTo(200);
        return api.post("board", "/api/v1/applications/" + applicationId + "/decision", """
                {"grant": true, "grantedAmountOre": %d, "reasons": "Väl förankrad", "decidedOn": "%s",
                 "minutesParagraph": "§ 1", "conditions": [{"position": 1, "text": "Projektplan", "dueDate": null}]}"""
            .formatted(amountOre, se.sif.TestClock.TODAY));
    }

    public long available(int year) {
        return jdbc.sql("""
                select coalesce(sum(amount_ore), 0) from ledger_entry
                where fund_id = :fund and fiscal_year = :year and account = 'AVAILABLE'""")
            .param("fund", FUND)
            .param("year", year)
            .query(Long.class)
            .single();
    }

}
