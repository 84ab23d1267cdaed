package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.shared.web.PageForm;

/**
 * The calculation editor's table forms as a person uses them: a number that cannot be
 * read in one row is shown again as it was typed, with the way to type it beside that
 * cell and in the error summary, every other value of the form as it was typed, and
 * nothing saved until it is corrected.
 */
@SifIntegrationTest
class CalculationEditorPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scenario scenario;

    @Test
    void aBadNumberInARowIsShownAgainAsTypedWithItsErrorBesideItAndInTheSummary() throws Exception {
        long draft = scenario.draft(scenario.openCall("Kalkyl med felskrivna belopp"));
        String base = "/applications/" + draft + "/calculation";
        started(base);

        MvcResult refused = PageForm.of(mvc, "applicant", base + "/costs", "/costs")
            .choose("rows[0].actorId", "skola")
            .type("rows[0].year", "0")
            .type("rows[0].amount", "400 000")
            .choose("rows[0].type", "STAFF_TIME")
            .choose("rows[1].actorId", "skola")
            .type("rows[1].year", "1")
            .type("rows[1].amount", "12,5,5")
            .choose("rows[1].type", "STAFF_TIME")
            .choose("rows[2].actorId", "skola")
            .type("rows[2].year", "två")
            .type("rows[2].amount", "abc")
            .submit();

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#rows1amount").val()).as("typed text kept in its cell").isEqualTo("12,5,5");
        assertThat(page.select("#rows2amount").val()).isEqualTo("abc");
        assertThat(page.select("#rows2year").val()).isEqualTo("två");
        assertThat(page.select("#rows0amount").val()).as("the other rows as typed").isEqualTo("400 000");
        assertThat(page.select("#rows1amount-error").text())
            .contains("Skriv beloppet i kronor med siffror, till exempel 1 500 000");
        assertThat(page.select("#rows1amount").attr("aria-describedby")).isEqualTo("rows1amount-error");
        assertThat(page.select("#rows1amount").hasClass("govuk-input--error")).isTrue();
        assertThat(page.select("#rows2year-error").text()).contains("Skriv ett heltal med siffror");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).as("in the order of the page")
            .containsExactly("#rows1amount", "#rows2year", "#rows2amount");
        assertThat(page.select(".govuk-error-summary").text()).contains("Skriv beloppet i kronor med siffror");
        assertThat(versions(draft)).as("nothing saved").isEqualTo(2);

        MvcResult saved = PageForm.of(mvc, "applicant", base + "/costs", "/costs")
            .choose("rows[0].actorId", "skola")
            .type("rows[0].year", "0")
            .type("rows[0].amount", "400 000")
            .choose("rows[0].type", "STAFF_TIME")
            .choose("rows[1].actorId", "skola")
            .type("rows[1].year", "1")
            .type("rows[1].amount", "12,50")
            .choose("rows[1].type", "STAFF_TIME")
            .submit();
        assertThat(saved.getResponse().getRedirectedUrl()).as(saved.getResponse().getContentAsString()).isEqualTo(base);
        assertThat(jdbc.sql("""
                select (document->'costs'->1->>'amountOre')::bigint from calculation_version
                where application_id = :a order by version desc limit 1""")
            .param("a", draft)
            .query(Long.class)
            .single()).isEqualTo(1250L);
    }

    @Test
    void aBadShareInAValueStreamKeepsEveryOtherPercentAsTyped() throws Exception {
        long draft = scenario.draft(scenario.openCall("Kalkyl med felskriven andel"));
        String base = "/applications/" + draft + "/calculation";
        started(base);

        MvcResult refused = PageForm.of(mvc, "applicant", base + "/outcomes/new", "/outcomes/new")
            .type("name", "Färre placeringar")
            .type("population", "40,5")
            .type("engagement", "80")
            .type("impact", "22,5")
            .choose("streams[0].actorId", "skola")
            .type("streams[0].unitValue", "25 000")
            .choose("streams[0].kind", "FISCAL")
            .type("streams[0].cashableShare", "30 procent")
            .submit();

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#streams0cashableShare").val()).isEqualTo("30 procent");
        assertThat(page.select("#streams0cashableShare-error").text())
            .contains("Skriv andelen i procent med siffror, till exempel 22,5");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#streams0cashableShare");
        assertThat(page.select("#impact").val()).as("a share is shown in percent, as typed").isEqualTo("22,5");
        assertThat(page.select("#engagement").val()).isEqualTo("80");
        assertThat(page.select("#population").val()).isEqualTo("40,5");
        assertThat(page.select("#streams0unitValue").val()).isEqualTo("25 000");
        assertThat(versions(draft)).as("nothing saved").isEqualTo(2);
    }

    @Test
    void aValueThatCannotBeReadInARowTickedForRemovalDoesNotKeepTheRowFromGoing() throws Exception {
        long draft = scenario.draft(scenario.openCall("Kalkyl, rad tas bort"));
        String base = "/applications/" + draft + "/calculation";
        started(base);
        String costs = base + "/costs";
        MvcResult saved = PageForm.of(mvc, "applicant", costs, "/costs")
            .choose("rows[0].actorId", "skola")
            .type("rows[0].year", "0")
            .type("rows[0].amount", "100")
            .choose("rows[0].type", "STAFF_TIME")
            .choose("rows[1].actorId", "skola")
            .type("rows[1].year", "1")
            .type("rows[1].amount", "100")
            .choose("rows[1].type", "STAFF_TIME")
            .choose("rows[2].actorId", "skola")
            .type("rows[2].year", "1")
            .type("rows[2].amount", "200")
            .choose("rows[2].type", "STAFF_TIME")
            .submit();
        assertThat(saved.getResponse().getRedirectedUrl()).as(saved.getResponse().getContentAsString()).isEqualTo(base);
        assertThat(PageForm.shown(PageForm.page(mvc, "applicant", costs), "rows[2].amount")).isEqualTo("200");

        // Removing the only cost line of year 1 is refused for the year, not for what was
        // typed into the row
        MvcResult refused = PageForm.of(mvc, "applicant", costs, "/costs")
            .type("rows[1].amount", "hundra")
            .choose("rows[1].remove", "true")
            .type("rows[2].year", "2")
            .submit();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".govuk-error-summary").text()).contains("Det saknas kostnadsrad för år 1");
        assertThat(page.select("#rows1amount").val()).isEqualTo("hundra");
        assertThat(page.select("#rows2amount").val()).isEqualTo("200");
        assertThat(versions(draft)).isEqualTo(3);

        MvcResult removed = PageForm.of(mvc, "applicant", costs, "/costs")
            .type("rows[2].amount", "tvåhundra")
            .choose("rows[2].remove", "true")
            .submit();
        assertThat(removed.getResponse().getRedirectedUrl()).as(removed.getResponse().getContentAsString())
            .isEqualTo(base);
        assertThat(jdbc.sql("""
                select jsonb_array_length(document->'costs') from calculation_version
                where application_id = :a order by version desc limit 1""")
            .param("a", draft)
            .query(Integer.class)
            .single()).isEqualTo(2);
    }

    /** Settings and one actor saved: versions 1 and 2. */
    private void started(String base) throws Exception {
        MvcResult settings = PageForm.of(mvc, "applicant", base + "/settings", "/settings")
            .type("name", "Prognos")
            .type("startYear", "2027")
            .type("interventionYears", "2")
            .type("horizonYears", "5")
            .type("priceBaseYear", "2023")
            .submit();
        assertThat(settings.getResponse().getRedirectedUrl()).as(settings.getResponse().getContentAsString())
            .isEqualTo(base);
        MvcResult actors = PageForm.of(mvc, "applicant", base + "/actors", "/actors")
            .type("rows[0].id", "skola")
            .type("rows[0].name", "Skolan")
            .choose("rows[0].kind", "MUNICIPALITY_BOARD")
            .submit();
        assertThat(actors.getResponse().getRedirectedUrl()).as(actors.getResponse().getContentAsString())
            .isEqualTo(base);
    }

    private int versions(long application) {
        return jdbc.sql("select count(*) from calculation_version where application_id = :a")
            .param("a", application)
            .query(Integer.class)
            .single();
    }

}
