package se.sif.fund;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.Api;
import se.sif.SifIntegrationTest;
import se.sif.shared.web.PageForm;

/**
 * The board sets the fund's focus per period; periods do not overlap; a call built
 * without a focus of its own takes the fund's focus for the year it closes.
 */
@SifIntegrationTest
class FundFocusTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Test
    void theBoardSetsAFocusPerPeriodAndANewCallTakesIt() throws Exception {
        long fund = api.post("admin", "/api/v1/funds", """
                {"name": "Fond med fokus per period", "ownerOrganisationId": 102, "purpose": "Test",
                 "economicModel": "APPROPRIATION", "carryOver": false}""").id();
        String page = "/funds/" + fund;
        MvcResult saved = PageForm.of(mvc, "board", page, "/focus")
            .type("focusFrom", "2031")
            .type("focusTo", "2032")
            .type("focusText", "Fler unga i arbete, ”citat” och å ä ö")
            .submit();
        assertThat(saved.getResponse().getRedirectedUrl()).as(saved.getResponse().getContentAsString()).isEqualTo(page);
        assertThat(jdbc.sql("select year_from || '-' || year_to || ' ' || text from fund_focus where fund_id = :f")
            .param("f", fund)
            .query(String.class)
            .single()).isEqualTo("2031-2032 Fler unga i arbete, ”citat” och å ä ö");

        MvcResult overlapping = PageForm.of(mvc, "board", page, "/focus")
            .type("focusFrom", "2032")
            .type("focusTo", "2033")
            .type("focusText", "Något annat")
            .submit();
        Document refused = Jsoup.parse(overlapping.getResponse().getContentAsString());
        assertThat(refused.getElementById("focusFrom-error").text()).contains("redan ett fokus");
        assertThat(PageForm.shown(refused, "focusText")).isEqualTo("Något annat");
        assertThat(PageForm.page(mvc, "officer", page).select("form[action$='/focus']")).as("the board's").isEmpty();

        long call = api.post("officer", "/api/v1/calls", """
                {"fundId": %d, "title": "Utlysning utan eget fokus", "deadline": "2032-03-31T23:59:00+02:00",
                 "budgetCeilingOre": 100000000}""".formatted(fund)).id();
        assertThat(api.get("officer", "/api/v1/calls/" + call).<String>json("$.content.focus"))
            .isEqualTo("Fler unga i arbete, ”citat” och å ä ö");
    }

}
