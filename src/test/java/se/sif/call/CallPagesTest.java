package se.sif.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.SifIntegrationTest;
import se.sif.TestClock;
import se.sif.shared.web.PageForm;

/**
 * The call builder as an officer uses it: what is typed is what is stored and shown
 * again; mistakes are named beside their fields with everything typed kept; the call text
 * is Markdown shown harmlessly.
 */
@SifIntegrationTest
class CallPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whatIsTypedIntoTheBuilderIsStoredAndShownAgainForTheNextVersion() throws Exception {
        String closes = TestClock.TODAY.plusDays(40).toString();
        MvcResult saved = PageForm.of(mvc, "officer", "/calls/new", "/calls")
            .choose("fundId", "1")
            .type("title", "Tidiga insatser, ”citat” & å ä ö")
            .type("purpose", "Hälsofrämjande och förebyggande insatser")
            .type("focus", "Fler elever med godkända betyg")
            .type("description", "## Vem kan söka\n\n- Kommuner\n- Regionen\n\n<script>alert('x')</script>")
            .type("budgetCeiling", "10 000 000")
            .type("minAmount", "200 000")
            .type("maxAmount", "3 000 000")
            .type("earliestStart", "2027-01-01")
            .type("latestEnd", "2029-12-31")
            .type("maxMonths", "24")
            .type("deadlineDate", closes)
            .type("deadlineTime", "16:00")
            .type("handlingDays", "45")
            .choose("collaboration", "TWO_PRINCIPALS")
            .submit();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).as(saved.getResponse().getContentAsString()).matches("/calls/\\d+");

        Document page = PageForm.page(mvc, "officer", location);
        assertThat(page.select("h1").text()).isEqualTo("Tidiga insatser, ”citat” & å ä ö");
        assertThat(page.select(".sif-prose h2").text()).isEqualTo("Vem kan söka");
        assertThat(page.select(".sif-prose li").eachText()).containsExactly("Kommuner", "Regionen");
        assertThat(page.select(".sif-prose script")).as("raw HTML is shown as text").isEmpty();
        assertThat(page.select(".sif-prose").text()).contains("<script>");
        assertThat(page.select(".govuk-tag").text()).isEqualTo("Utkast");

        Document edit = PageForm.page(mvc, "officer", location + "/edit");
        assertThat(PageForm.shown(edit, "title")).isEqualTo("Tidiga insatser, ”citat” & å ä ö");
        assertThat(PageForm.shown(edit, "budgetCeiling").replaceAll("[\\u00a0\\u202f]", " ")).isEqualTo("10 000 000");
        assertThat(PageForm.shown(edit, "minAmount").replaceAll("[\\u00a0\\u202f]", " ")).isEqualTo("200 000");
        assertThat(PageForm.shown(edit, "maxMonths")).isEqualTo("24");
        assertThat(PageForm.shown(edit, "deadlineDate")).isEqualTo(closes);
        assertThat(PageForm.shown(edit, "deadlineTime")).isEqualTo("16:00");
        assertThat(PageForm.shown(edit, "handlingDays")).isEqualTo("45");
        assertThat(edit.select("input[name=collaboration][checked]").val()).isEqualTo("TWO_PRINCIPALS");
        assertThat(edit.select("input[name=applicantKinds][checked]").eachAttr("value"))
            .containsExactlyInAnyOrder("REGION", "REGION_UNIT", "MUNICIPALITY", "MUNICIPAL_UNIT");
        assertThat(edit.select("input[name=coFinancingRequired]").hasAttr("checked")).isTrue();

        // the same form saved again, unchanged but for one field, is the call's version 2
        MvcResult revised = PageForm.of(mvc, "officer", location + "/edit", location).type("maxMonths", "36").submit();
        assertThat(revised.getResponse().getRedirectedUrl()).isEqualTo(location);
        long id = Long.parseLong(location.substring("/calls/".length()));
        assertThat(jdbc
            .sql("select string_agg(max_months::text, ',' order by version_no) from call_version where call_id = :id")
            .param("id", id)
            .query(String.class)
            .single()).isEqualTo("24,36");
        assertThat(jdbc.sql("select description from call_version where call_id = :id and version_no = 2")
            .param("id", id)
            .query(String.class)
            .single()).isEqualTo("## Vem kan söka\n\n- Kommuner\n- Regionen\n\n<script>alert('x')</script>");
    }

    @Test
    void mistakesAreNamedBesideTheirFieldsAndEverythingTypedIsKept() throws Exception {
        MvcResult refused = PageForm.of(mvc, "officer", "/calls/new", "/calls")
            .choose("fundId", "1")
            .type("title", "Fel i byggaren")
            .type("budgetCeiling", "1 000 000")
            .type("minAmount", "900 000")
            .type("maxAmount", "800 000")
            .type("earliestStart", "2028-01-01")
            .type("latestEnd", "2027-01-01")
            .type("maxMonths", "tre år")
            .type("deadlineDate", TestClock.TODAY.plusDays(10).toString())
            .submit();
        assertThat(refused.getResponse().getRedirectedUrl()).isNull();
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#maxMonths");
        assertThat(PageForm.shown(page, "maxMonths")).isEqualTo("tre år");
        assertThat(PageForm.shown(page, "title")).isEqualTo("Fel i byggaren");

        MvcResult rules = PageForm.of(mvc, "officer", "/calls/new", "/calls")
            .choose("fundId", "1")
            .type("title", "Fel i byggaren")
            .type("budgetCeiling", "1 000 000")
            .type("minAmount", "900 000")
            .type("maxAmount", "800 000")
            .type("earliestStart", "2028-01-01")
            .type("latestEnd", "2027-01-01")
            .type("deadlineDate", TestClock.TODAY.plusDays(10).toString())
            .submit();
        Document second = Jsoup.parse(rules.getResponse().getContentAsString());
        assertThat(second.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#minAmount",
                "#latestEnd");
        assertThat(second.getElementById("minAmount-error").text()).contains("inte vara större än högsta belopp");
        assertThat(PageForm.shown(second, "minAmount").replaceAll("[\\u00a0\\u202f]", " ")).isEqualTo("900 000");
        assertThat(
                jdbc.sql("select count(*) from call_version where title = 'Fel i byggaren'").query(Long.class).single())
            .isZero();
    }

    /**
     * The report's complaint: research and method application judged by one template. A
     * call here asks each type its own criteria and weighs the panel's areas its own way.
     */
    @Test
    void eachProjectTypeGetsItsOwnCriteriaAndRubric() throws Exception {
        String rd = "projectTypes[RESEARCH_AND_DEVELOPMENT].";
        String method = "projectTypes[METHOD_APPLICATION].";
        MvcResult saved = PageForm.of(mvc, "officer", "/calls/new", "/calls")
            .choose("fundId", "1")
            .type("title", "Två typer, två mallar")
            .type("budgetCeiling", "5 000 000")
            .type("deadlineDate", TestClock.TODAY.plusDays(20).toString())
            .untick(rd + "criteria", "localConditions")
            .untick(method + "criteria", "knowledgeGap")
            .untick(method + "criteria", "ethicsReview")
            .type(rd + "rubric[1].weight", "3")
            .choose(rd + "rubric[1].threshold", "3")
            .type(method + "rubric[4].weight", "2")
            .untick("triageChecklist", "completingCompulsorySchool")
            .submit();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).as(saved.getResponse().getContentAsString()).matches("/calls/\\d+");

        Document edit = PageForm.page(mvc, "officer", location + "/edit");
        assertThat(edit.select("input[name='" + rd + "criteria'][checked]").eachAttr("value"))
            .contains("knowledgeGap", "ethicsReview")
            .doesNotContain("localConditions");
        assertThat(edit.select("input[name='" + method + "criteria'][checked]").eachAttr("value"))
            .contains("localConditions", "continuedUse")
            .doesNotContain("knowledgeGap", "ethicsReview");
        assertThat(PageForm.shown(edit, rd + "rubric[1].weight")).isEqualTo("3");
        assertThat(edit.select("select[name='" + rd + "rubric[1].threshold'] option[selected]").val()).isEqualTo("3");
        assertThat(PageForm.shown(edit, method + "rubric[4].weight")).isEqualTo("2");
        assertThat(edit.select("input[name=triageChecklist][checked]").eachAttr("value")).hasSize(6)
            .doesNotContain("completingCompulsorySchool");

        Document page = PageForm.page(mvc, "officer", location);
        assertThat(page.text()).contains("Metod och förväntade effekter: vikt 3, minst 3 väl")
            .contains("Förankring hos beslutsfattare: vikt 2");

        // a call that takes neither type, and a weight out of range, are refused beside
        // the fields
        MvcResult refused = PageForm.of(mvc, "officer", location + "/edit", location)
            .untick(rd + "accepted", "true")
            .untick(method + "accepted", "true")
            .submit();
        Document none = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(none.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#projectTypes");
        Document heavy = Jsoup.parse(PageForm.of(mvc, "officer", location + "/edit", location)
            .type(method + "rubric[0].weight", "11")
            .submit()
            .getResponse()
            .getContentAsString());
        assertThat(heavy.getElementById("projectTypesMETHOD_APPLICATIONrubric0weight-error").text())
            .contains("mellan 0 och 10");
        assertThat(PageForm.shown(heavy, method + "rubric[0].weight")).isEqualTo("11");
    }

}
