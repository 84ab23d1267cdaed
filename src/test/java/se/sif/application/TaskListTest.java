package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
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
 * The application as a task list: each section saved on its own page keeps what was typed
 * and leaves the other sections alone; the project type decides the extra questions; bad
 * input is named beside its field and nothing stored is lost; the submission waits for
 * every section the call asks.
 */
@SifIntegrationTest
class TaskListTest {

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String section(long application, String path) {
        return "/applications/" + application + "/sections/" + path;
    }

    Map<String, String> statuses(long application) {
        return scenario.taskStatuses(application);
    }

    @Test
    void eachSectionIsSavedOnItsOwnAndWhatWasTypedIsWhatIsShownAgain() throws Exception {
        long application = scenario.draft(scenario.openCall("Avsnitt för avsnitt"));
        assertThat(statuses(application)).containsEntry("ABOUT", "NOT_STARTED").containsEntry("BUDGET", "NOT_STARTED");

        String about = section(application, "about");
        MvcResult saved = PageForm.of(mvc, "applicant", about, about)
            .type("title", "Familjeträffar <script>alert(1)</script>")
            .choose("projectType", "METHOD_APPLICATION")
            .type("requestedAmount", "1 500 000")
            .submit();
        // save and continue goes on to the next section
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(section(application, "target-group"));

        String target = section(application, "target-group");
        PageForm.of(mvc, "applicant", target, target)
            .type("targetGroup", "Barn 3–10 år'; drop table application; --")
            .type("ageFrom", "3")
            .type("ageTo", "10")
            .type("groupSize", "120")
            .type("selection", "Närvaro under 85 procent")
            .type("need", "Hög frånvaro")
            .submit();
        String period = section(application, "period");
        PageForm.of(mvc, "applicant", period, period)
            .type("startDate", "2027-01-01")
            .type("endDate", "2028-12-31")
            .submit();
        String budget = section(application, "budget");
        PageForm.of(mvc, "applicant", budget, budget)
            .type("budget[0].cells[0].amount", "1 000 000")
            .type("budget[0].cells[1].amount", "600 000")
            .type("budget[5].cells[1].amount", "25 000")
            .submit();
        String indicators = section(application, "indicators");
        PageForm.of(mvc, "applicant", indicators, indicators)
            .type("indicators[0].definition", "Andel elever med närvaro under 85 procent")
            .type("indicators[0].unit", "procent")
            .choose("indicators[0].direction", "DECREASE")
            .type("indicators[0].baselineValue", "30,5")
            .type("indicators[0].baselineDate", "2026-08-31")
            .type("indicators[0].targetValue", "20")
            .type("indicators[0].targetDate", "2028-06-30")
            .type("indicators[0].dataSource", "Närvaroregistrering")
            .type("indicators[0].frequency", "Varje termin")
            .submit();

        // what was typed is what is stored, and each save left the others' answers
        Map<String, Object> json = api.get("applicant", "/api/v1/applications/" + application).json("$");
        assertThat(json).containsEntry("title", "Familjeträffar <script>alert(1)</script>")
            .containsEntry("targetGroup", "Barn 3–10 år'; drop table application; --")
            .containsEntry("requestedAmountOre", 150_000_000)
            .containsEntry("startDate", "2027-01-01");
        Api.Response read = api.get("applicant", "/api/v1/applications/" + application);
        assertThat(read.<String>json("$.answers.projectType")).isEqualTo("METHOD_APPLICATION");
        assertThat(read.<Integer>json("$.answers.groupSize")).isEqualTo(120);
        assertThat(read.<List<Integer>>json("$.answers.budget[*].amountOre")).containsExactlyInAnyOrder(100_000_000,
                60_000_000, 2_500_000);
        assertThat(read.<Double>json("$.answers.indicators[0].baselineValue")).isEqualTo(30.5);

        // shown again as typed, the script as text
        Document page = PageForm.page(mvc, "applicant", about);
        assertThat(PageForm.shown(page, "title")).isEqualTo("Familjeträffar <script>alert(1)</script>");
        assertThat(page.select("script:containsData(alert(1))")).isEmpty();
        assertThat(PageForm.shown(PageForm.page(mvc, "applicant", budget), "budget[0].cells[1].amount")
            .replaceAll("[\\u00a0\\u202f]", " ")).isEqualTo("600 000");
        assertThat(PageForm.shown(PageForm.page(mvc, "applicant", indicators), "indicators[0].baselineValue"))
            .isEqualTo("30,5");

        assertThat(statuses(application)).containsEntry("ABOUT", "COMPLETED")
            .containsEntry("TARGET_GROUP", "COMPLETED")
            .containsEntry("PERIOD", "COMPLETED")
            .containsEntry("BUDGET", "COMPLETED")
            .containsEntry("INDICATORS", "COMPLETED")
            .containsEntry("METHOD", "NOT_STARTED");
    }

    @Test
    void coApplicantsAreChosenFromTheRegisterByKindAndUntickedToTakeThemOut() throws Exception {
        long application = scenario.draft(scenario.openCall("Medsökande ur registret"));
        long region = jdbc.sql("select id from organisation where name = 'Västra Götalandsregionen'")
            .query(Long.class)
            .single();
        String partners = section(application, "partners");
        Document empty = PageForm.page(mvc, "applicant", partners);
        assertThat(empty.select("input[name=coApplicantIds]")).isEmpty();
        assertThat(empty.select("#addPartner optgroup").eachAttr("label")).contains("Region", "Kommun");
        assertThat(empty.select("#addPartner option").eachAttr("value")).contains(String.valueOf(region))
            .doesNotContain(String.valueOf(jdbc.sql("select applicant_organisation_id from application where id = :id")
                .param("id", application)
                .query(Long.class)
                .single()));

        // added, the page opens again with the new co-applicant's row to fill in
        MvcResult added = PageForm.of(mvc, "applicant", partners, partners)
            .choose("addPartner", String.valueOf(region))
            .submit();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(partners);
        Document page = PageForm.page(mvc, "applicant", partners);
        assertThat(page.select("input[name=coApplicantIds][checked]").eachAttr("value"))
            .containsExactly(String.valueOf(region));
        assertThat(page.select("#addPartner option").eachAttr("value")).doesNotContain(String.valueOf(region));
        assertThat(page.select("fieldset legend").eachText()).contains("Västra Götalandsregionen");

        // unticked, it is taken out
        PageForm.of(mvc, "applicant", partners, partners).untick("coApplicantIds", String.valueOf(region)).submit();
        assertThat(api.get("applicant", "/api/v1/applications/" + application).<List<Object>>json("$.coApplicants"))
            .isEmpty();
    }

    @Test
    void theProjectTypeDecidesTheExtraQuestions() throws Exception {
        long application = scenario.draft(scenario.openCall("Två projekttyper"));
        // before the choice, the type's section stands so the applicant sees it coming
        assertThat(statuses(application)).containsKey("PROJECT_TYPE");
        save(application, "ABOUT", "{\"requestedAmountOre\": 100000000}",
                "{\"projectType\": \"RESEARCH_AND_DEVELOPMENT\"}");
        Api.Response wrong = save(application, "PROJECT_TYPE", null, "{\"typeAnswers\": {\"localConditions\": \"x\"}}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.<List<String>>json("$.errors[*].field")).containsExactly("typeAnswers[localConditions]");

        Api.Response answered = save(application, "PROJECT_TYPE", null,
                "{\"typeAnswers\": {\"knowledgeGap\": \"Ingen har prövat familjeträffar i glesbygd\"}}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(statuses(application)).containsEntry("PROJECT_TYPE", "IN_PROGRESS");
        Document page = PageForm.page(mvc, "applicant", section(application, "project-type"));
        assertThat(page.select("textarea[name^=typeAnswers]").eachAttr("name")).containsExactly(
                "typeAnswers[knowledgeGap]", "typeAnswers[researchDesign]", "typeAnswers[specialistCompetence]",
                "typeAnswers[ethicsReview]", "typeAnswers[disseminationOfKnowledge]");
    }

    @Test
    void badInputIsNamedBesideItsFieldAndNothingStoredIsLost() throws Exception {
        long application = scenario.draft(scenario.openCall("Felaktiga svar"));
        save(application, "PERIOD", "{\"startDate\": \"2027-01-01\", \"endDate\": \"2028-12-31\"}", null);
        save(application, "TARGET_GROUP", "{\"targetGroup\": \"Barn 3–10 år\"}", "{\"groupSize\": 120}");

        String target = section(application, "target-group");
        MvcResult refused = PageForm.of(mvc, "applicant", target, target)
            .type("targetGroup", "Ändrad men inte sparad")
            .type("ageFrom", "10")
            .type("ageTo", "3")
            .type("groupSize", "-5")
            .submit();
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#ageTo", "#groupSize");
        assertThat(page.select("#ageTo-error").text()).contains("lägre");
        // the page keeps what was typed; the stored answers are untouched
        assertThat(PageForm.shown(page, "targetGroup")).isEqualTo("Ändrad men inte sparad");
        Api.Response stored = api.get("applicant", "/api/v1/applications/" + application);
        assertThat(stored.<String>json("$.targetGroup")).isEqualTo("Barn 3–10 år");
        assertThat(stored.<Integer>json("$.answers.groupSize")).isEqualTo(120);

        String budget = section(application, "budget");
        Document huge = Jsoup.parse(PageForm.of(mvc, "applicant", budget, budget)
            .type("budget[0].cells[0].amount", "tio kronor")
            .type("budget[1].cells[1].amount", "-100")
            .submit()
            .getResponse()
            .getContentAsString());
        assertThat(huge.select(".govuk-error-summary a").eachAttr("href")).contains("#budget0cells0amount");

        // the API names its own paths
        Api.Response indicators = save(application, "INDICATORS", null, """
                {"indicators": [{"definition": "Närvaro", "unit": "procent", "direction": "DECREASE",
                  "baselineValue": 30, "baselineDate": "2026-08-31", "targetValue": 40, "targetDate": "2026-01-01",
                  "dataSource": "Skolan", "frequency": "Termin"}]}""");
        assertThat(indicators.status()).isEqualTo(422);
        assertThat(indicators.contentType()).startsWith("application/problem+json");
        assertThat(indicators.<List<String>>json("$.errors[*].field"))
            .containsExactlyInAnyOrder("indicators[0].targetDate", "indicators[0].targetValue");
        Api.Response outside = save(application, "PARTNERS", "{\"coApplicantIds\": []}", """
                {"parties": [{"organisationId": 999999, "role": "x",
                              "coFinancing": [{"year": 2031, "hours": -1, "valueOre": 0}]}]}""");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.<List<String>>json("$.errors[*].field")).contains("parties[0].role",
                "parties[0].coFinancing[0].hours");
        assertThat(outside.body()).doesNotContain("Exception");
    }

    @Test
    void changingThePeriodDropsTheBudgetOfYearsNoLongerInIt() {
        long application = scenario.draft(scenario.openCall("Kortare period"));
        save(application, "PERIOD", "{\"startDate\": \"2027-01-01\", \"endDate\": \"2029-12-31\"}", null);
        save(application, "BUDGET", null, """
                {"budget": [{"year": 2027, "category": "STAFF", "amountOre": 100},
                            {"year": 2029, "category": "STAFF", "amountOre": 200}]}""");
        save(application, "PERIOD", "{\"startDate\": \"2027-01-01\", \"endDate\": \"2028-06-30\"}", null);
        assertThat(api.get("applicant", "/api/v1/applications/" + application)
            .<List<Integer>>json("$.answers.budget[*].year")).containsExactly(2027);
    }

    @Test
    void anAutosaveStoresTheSectionAndHandsBackTheNextVersion() throws Exception {
        long application = scenario.draft(scenario.openCall("Autospara"));
        long version = ((Number) api.get("applicant", "/api/v1/applications/" + application).json("$.version"))
            .longValue();
        MvcResult saved = mvc
            .perform(post(section(application, "separate")).with(PageForm.signedIn("applicant"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .header("HX-Request", "true")
                .param("version", String.valueOf(version))
                .param("separateFromOperations", "Nytt arbetssätt"))
            .andExpect(status().isOk())
            .andReturn();
        Document fragment = Jsoup.parse(saved.getResponse().getContentAsString());
        assertThat(fragment.select("input#version").val()).isEqualTo(String.valueOf(version + 1));
        assertThat(fragment.select("#autosave-status").text()).startsWith("Sparat automatiskt");
        assertThat(api.get("applicant", "/api/v1/applications/" + application)
            .<String>json("$.answers.separateFromOperations")).isEqualTo("Nytt arbetssätt");

        // the same version again is someone else's save in between: refused, nothing
        // overwritten
        MvcResult stale = mvc
            .perform(post(section(application, "separate")).with(PageForm.signedIn("applicant"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .header("HX-Request", "true")
                .param("version", String.valueOf(version))
                .param("separateFromOperations", "Skrivs över?"))
            .andReturn();
        assertThat(Jsoup.parse(stale.getResponse().getContentAsString()).select("#autosave-status").text())
            .contains("kunde inte sparas");
        assertThat(api.get("applicant", "/api/v1/applications/" + application)
            .<String>json("$.answers.separateFromOperations")).isEqualTo("Nytt arbetssätt");
    }

    @Test
    void theSubmissionWaitsForEverySectionAndAnotherOrganisationSeesNone() throws Exception {
        long application = scenario.draft(scenario.openCall("Allt ifyllt"));
        Api.Response early = scenario.submit(application);
        assertThat(early.status()).isEqualTo(422);

        MvcResult onPage = mvc
            .perform(post("/applications/" + application + "/submit").with(PageForm.signedIn("applicant"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("version", "0"))
            .andExpect(status().isOk())
            .andReturn();
        Document check = Jsoup.parse(onPage.getResponse().getContentAsString());
        assertThat(check.select(".govuk-error-summary a").eachAttr("href")).contains("#section-about",
                "#section-budget", "#section-calculation");

        scenario.fill(application, 100_000_000L);
        assertThat(statuses(application).values()).containsOnly("COMPLETED");
        Document answers = PageForm.page(mvc, "applicant", "/applications/" + application + "/check");
        assertThat(answers.select(".govuk-summary-card")).hasSizeGreaterThanOrEqualTo(14);
        assertThat(answers.text()).contains("Andel elever med närvaro under 85 procent", "Skolchefen",
                "Två skolor med hög frånvaro");
        // dates as every reader of a Swedish public body writes them, in either language
        assertThat(answers.text()).contains("2027-01-01 – 2029-12-31", "(2026-08-31)");
        assertThat(PageForm.page(mvc, "applicant", "/applications/" + application + "/check?lang=en").text())
            .contains("2027-01-01 – 2029-12-31", "Check your answers");
        assertThat(scenario.submit(application).status()).isEqualTo(200);

        // locked once submitted: a section save is refused, the page sends the reader to
        // the answers
        assertThat(save(application, "SEPARATE", null, "{\"separateFromOperations\": \"Sent\"}").status())
            .isEqualTo(422);

        // another organisation's applicant finds none of it
        String other = "applicant-boras";
        assertThat(api.get(other, "/api/v1/applications/" + application + "/tasks").status()).isEqualTo(404);
        assertThat(mvc
            .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(section(application, "about"))
                .with(PageForm.signedIn(other)))
            .andReturn()
            .getResponse()
            .getStatus()).isEqualTo(404);
        assertThat(mvc
            .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/applications/" + application + "/check")
                .with(PageForm.signedIn(other)))
            .andReturn()
            .getResponse()
            .getStatus()).isEqualTo(404);
    }

    Api.Response save(long application, String section, String content, String answers) {
        long version = ((Number) api.get("applicant", "/api/v1/applications/" + application).json("$.version"))
            .longValue();
        return api.put("applicant", "/api/v1/applications/" + application + "/sections/" + section,
                "{\"version\": %d, \"content\": %s, \"answers\": %s}".formatted(version, content, answers));
    }

}
