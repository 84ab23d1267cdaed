package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.shared.web.PageForm;

/**
 * Pre-study applications (förstudiemedel): a call for pre-study grants asks the lighter
 * form (who it is for, the method, when, what the pre-study will do, what it costs, and
 * the partners only when the call demands a collaboration), and a submitted pre-study
 * leads to a full application in a call for investments that starts from what the
 * pre-study said and names it, for its own organisation only.
 */
@SifIntegrationTest
class PreStudyTest {

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    List<String> sections(long application) {
        return List.copyOf(scenario.taskStatuses(application).keySet());
    }

    /** Submits through the API as the applicant, and answers the application. */
    long submitted(long application) {
        Api.Response submitted = scenario.submit(application);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return application;
    }

    @Test
    void aPreStudyAsksTheLighterFormAndIsSubmittedWithoutCalculationOrPartners() {
        long preStudy = scenario.draft(scenario.preStudyCall("Förstudiemedel 2027", "NONE"));
        assertThat(sections(preStudy)).containsExactly("ABOUT", "TARGET_GROUP", "METHOD", "PERIOD", "IMPLEMENTATION",
                "BUDGET");
        scenario.fillPreStudy(preStudy);
        assertThat(scenario.taskStatuses(preStudy).values()).containsOnly("COMPLETED");

        Api.Response read = api.get("applicant", "/api/v1/applications/" + submitted(preStudy));
        assertThat(read.<String>json("$.status")).isEqualTo("SUBMITTED");
        assertThat(read.<Boolean>json("$.preStudy")).isTrue();
        // the formal check judges the answers the pre-study was asked for, not effects or
        // continuation
        assertThat(api.get("officer", "/api/v1/applications/" + preStudy + "/formal-check")
            .<List<String>>json("$.findings[*].rule")).contains("substance.targetGroup", "substance.method")
            .doesNotContain("substance.definedEffect", "substance.continuation");

        // a call for investments asks the whole task list, calculation included
        long full = scenario.draft(scenario.openCall("Investeringar 2027"));
        assertThat(sections(full)).hasSize(ApplicationSection.values().length);
    }

    @Test
    void aPreStudyCallThatDemandsCollaborationAsksForThePartners() {
        long preStudy = scenario.draft(scenario.preStudyCall("Förstudiemedel i samverkan", "REGION_AND_MUNICIPALITY"));
        assertThat(sections(preStudy)).containsExactly("ABOUT", "TARGET_GROUP", "METHOD", "PERIOD", "PARTNERS",
                "IMPLEMENTATION", "BUDGET");
    }

    @Test
    void aFullApplicationGrowsOutOfASubmittedPreStudyAndNamesIt() throws Exception {
        long preStudy = scenario.draft(scenario.preStudyCall("Förstudiemedel att bygga vidare på", "NONE"));
        scenario.fillPreStudy(preStudy);
        long investmentCall = scenario.openCall("Investeringar efter förstudien");

        // not from a draft: the pre-study has to be submitted first
        Api.Response early = api.post("applicant", "/api/v1/applications",
                "{\"callId\": %d, \"preStudyId\": %d}".formatted(investmentCall, preStudy));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.<String>json("$.detail")).contains("inskickad förstudie");
        submitted(preStudy);

        // the applicant goes on from the pre-study's page
        Document page = PageForm.page(mvc, "applicant", "/applications/" + preStudy);
        assertThat(page.select("#grown-out-of ~ form select[name=callId] option").eachAttr("value"))
            .contains(String.valueOf(investmentCall))
            .doesNotContain(String.valueOf(jdbc.sql("select call_id from application where id = :id")
                .param("id", preStudy)
                .query(Long.class)
                .single()));
        MvcResult started = PageForm.of(mvc, "applicant", "/applications/" + preStudy, "/applications")
            .choose("callId", String.valueOf(investmentCall))
            .submit();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).matches("/applications/\\d+/edit");
        long full = Long.parseLong(location.replaceAll("\\D", ""));

        // what the pre-study said of the target group, the need and the method is carried
        Api.Response read = api.get("applicant", "/api/v1/applications/" + full);
        assertThat(read.<Number>json("$.preStudyId").longValue()).isEqualTo(preStudy);
        assertThat(read.<Boolean>json("$.preStudy")).isFalse();
        assertThat(read.<String>json("$.title")).isEqualTo("Förstudie familjeträffar");
        assertThat(read.<String>json("$.targetGroup")).isEqualTo("Familjer med barn 3–10 år i Gullspång");
        assertThat(read.<String>json("$.answers.need")).isEqualTo("Oro för skolfrånvaro");
        assertThat(read.<String>json("$.answers.projectType")).isEqualTo("METHOD_APPLICATION");
        assertThat(scenario.taskStatuses(full)).containsEntry("TARGET_GROUP", "COMPLETED")
            .containsEntry("METHOD", "COMPLETED")
            .containsEntry("EFFECTS", "NOT_STARTED")
            .containsEntry("BUDGET", "NOT_STARTED");
        assertThat(jdbc
            .sql("select count(*) from audit_event where action = 'application.startedFromPreStudy' "
                    + "and subject_id = :id")
            .param("id", full)
            .query(Long.class)
            .single()).isEqualTo(1);

        // a second press goes on with the first, and the page no longer offers that call
        Api.Response twice = api.post("applicant", "/api/v1/applications",
                "{\"callId\": %d, \"preStudyId\": %d}".formatted(investmentCall, preStudy));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.<String>json("$.detail")).contains("Fortsätt med den");
        assertThat(PageForm.page(mvc, "applicant", "/applications/" + preStudy)
            .select("select[name=callId] option")
            .eachAttr("value")).doesNotContain(String.valueOf(investmentCall));

        // each names the other
        assertThat(api.get("applicant", "/api/v1/applications/" + preStudy + "/full-applications")
            .<List<Integer>>json("$[*].id")).containsExactly((int) full);
        Document fullPage = PageForm.page(mvc, "applicant", "/applications/" + full);
        assertThat(fullPage.select("#pre-study-of a").attr("href")).isEqualTo("/applications/" + preStudy);
        assertThat(PageForm.page(mvc, "applicant", "/applications/" + preStudy)
            .select("#grown-out-of + ul a")
            .attr("href")).isEqualTo("/applications/" + full);
    }

    @Test
    void onlyTheOwnOrganisationBuildsOnItsSubmittedPreStudyAndOnlyInACallForInvestments() {
        long preStudyCall = scenario.preStudyCall("Förstudiemedel, regler", "NONE");
        long preStudy = scenario.draft(preStudyCall);
        scenario.fillPreStudy(preStudy);
        submitted(preStudy);
        long investmentCall = scenario.openCall("Investeringar, regler");

        // another organisation's user does not even see it
        Api.Response other = api.post(Scenario.REGION_PARTNER, "/api/v1/applications",
                "{\"callId\": %d, \"preStudyId\": %d}".formatted(investmentCall, preStudy));
        assertThat(other.status()).isEqualTo(404);

        // a pre-study does not lead to another pre-study
        Api.Response again = api.post("applicant", "/api/v1/applications",
                "{\"callId\": %d, \"preStudyId\": %d}".formatted(preStudyCall, preStudy));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.<String>json("$.detail")).contains("förstudiemedel");

        // a full application is not a pre-study to build on
        long full = scenario.draft(investmentCall);
        Api.Response fromFull = api.post("applicant", "/api/v1/applications",
                "{\"callId\": %d, \"preStudyId\": %d}".formatted(investmentCall, full));
        assertThat(fromFull.status()).isEqualTo(422);

        // an officer reads the pre-study but does not apply
        Api.Response officer = api.post("officer", "/api/v1/applications",
                "{\"callId\": %d, \"preStudyId\": %d}".formatted(investmentCall, preStudy));
        assertThat(officer.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from application where pre_study_id = :id")
            .param("id", preStudy)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void aPublishedCallKeepsItsKind() {
        long call = scenario.preStudyCall("Förstudiemedel, fast sort", "NONE");
        Api.Response read = api.get("officer", "/api/v1/calls/" + call);
        String body = """
                {"title": "Förstudiemedel, fast sort", "deadline": "%s", "budgetCeilingOre": 50000000,
                 "eligibility": {"applicantKinds": ["MUNICIPALITY"], "collaboration": "NONE",
                                 "coFinancingRequired": false}, %s "version": %d}""";
        String deadline = read.<String>json("$.deadline");
        long version = ((Number) read.json("$.version")).longValue();
        Api.Response switched = api.put("officer", "/api/v1/calls/" + call,
                body.formatted(deadline, "\"kind\": \"INVESTMENT\",", version));
        assertThat(switched.status()).isEqualTo(422);
        assertThat(switched.<List<String>>json("$.errors[*].field")).containsExactly("kind");

        // a revision that does not name the kind keeps it
        Api.Response revised = api.put("officer", "/api/v1/calls/" + call, body.formatted(deadline, "", version));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.<String>json("$.content.kind")).isEqualTo("PRE_STUDY");
    }

    @Test
    void aGrantedPreStudyIsBookedAsAPreStudyGrant() {
        long preStudy = scenario.draft(scenario.preStudyCall("Förstudiemedel att besluta om", "NONE"));
        scenario.fillPreStudy(preStudy);
        submitted(preStudy);
        scenario.toPanel(preStudy);
        Api.Response decided = scenario.grant(preStudy, 25_000_000L);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(jdbc.sql("select kind from fund_grant where application_id = :id")
            .param("id", preStudy)
            .query(String.class)
            .list()).containsExactly("PRE_STUDY");
    }

    @Test
    void aCallThatLeavesOutTheTimeLimitStillAsksThePeriodTheBudgetIsPlannedIn() {
        long call = scenario.preStudyCall("Förstudiemedel utan tidskriterium", "NONE", """
                {"METHOD_APPLICATION": {"criteria": ["targetGroup", "method"],
                                        "rubric": [{"area": "PROBLEM_ANALYSIS", "weight": 1}]}}""");
        long preStudy = scenario.draft(call);
        assertThat(sections(preStudy)).containsExactly("ABOUT", "TARGET_GROUP", "METHOD", "PERIOD", "IMPLEMENTATION",
                "BUDGET");
        scenario.fillPreStudy(preStudy);
        assertThat(scenario.taskStatuses(preStudy).values()).containsOnly("COMPLETED");
    }

}
