package se.sif.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.DemoUsers;
import se.sif.SifIntegrationTest;
import se.sif.TestClock;

/**
 * The year-end close on the fund's page proposes the earliest past year still open and
 * closes nothing until the official has seen what expires and confirmed it.
 */
@SifIntegrationTest
class YearClosePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundLedger ledger;

    @Autowired
    se.sif.Api api;

    @Test
    void theCloseProposesTheEarliestPastYearStillOpen() throws Exception {
        java.util.List<Integer> open = api.get("officer", "/api/v1/funds/1")
            .json("$.years[?(@.closed == false)].fiscalYear");
        int expected = open.stream().filter(y -> y < TestClock.YEAR).min(Integer::compare).orElse(TestClock.YEAR - 1);
        Document page = Jsoup.parse(mvc.perform(get("/funds/1").with(user("officer").roles("OFFICER")))
            .andReturn()
            .getResponse()
            .getContentAsString());
        assertThat(page.select("#close-fiscalYear").val()).isEqualTo(String.valueOf(expected));
    }

    @Test
    void nothingIsClosedUntilTheOfficialHasSeenWhatExpiresAndConfirmed() throws Exception {
        int year = TestClock.YEAR;
        long fund = jdbc.sql("""
                insert into fund (name, owner_organisation_id, purpose, economic_model, carry_over)
                values ('Fond för årsbokslut', (select min(id) from organisation), 'Test', 'APPROPRIATION', false)
                returning id""").query(Long.class).single();
        DemoUsers.as("board", () -> ledger.appropriate(fund, year, 250_000_00L, null, "Anslag"), "BOARD");

        MvcResult asked = mvc
            .perform(post("/funds/" + fund + "/close").param("fiscalYear", String.valueOf(year))
                .param("early", "true")
                .param("registrationNumber", "RUN 2026/77")
                .header("Accept-Language", "sv")
                .with(user("board").roles("BOARD"))
                .with(csrf()))
            .andReturn();
        assertThat(asked.getResponse().getStatus()).isEqualTo(200);
        Document confirmation = Jsoup.parse(asked.getResponse().getContentAsString());
        assertThat(confirmation.select("#close-confirmation").text()).as(confirmation.select("main").text())
            .contains("Stänger du " + year + " brinner 250 000")
            .contains("inne");
        assertThat(closes(fund)).as("nothing closed before the confirmation").isZero();

        // the confirmation carries what was typed
        MvcResult confirmed = mvc
            .perform(post("/funds/" + fund + "/close")
                .param("fiscalYear", confirmation.select("#close-confirmation ~ form input[name=fiscalYear]").val())
                .param("early", confirmation.select("#close-confirmation ~ form input[name=early]").val())
                .param("registrationNumber",
                        confirmation.select("#close-confirmation ~ form input[name=registrationNumber]").val())
                .param("confirmed", "true")
                .with(user("board").roles("BOARD"))
                .with(csrf()))
            .andReturn();
        assertThat(confirmed.getResponse().getRedirectedUrl())
            .as(() -> Jsoup.parse(body(confirmed)).select(".govuk-error-summary").text()
                    + confirmation.select("#close-confirmation ~ form").outerHtml())
            .isEqualTo("/funds/" + fund);
        assertThat(closes(fund)).isEqualTo(1);
    }

    private static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString();
        }
        catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long closes(long fund) {
        return jdbc.sql("select count(*) from fiscal_year_close where fund_id = :f")
            .param("f", fund)
            .query(Long.class)
            .single();
    }

}
