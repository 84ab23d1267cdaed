package se.sif.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import se.sif.TestClock;
import se.sif.shared.web.PageForm;

/**
 * The follow-up steps of an investment's page report unreadable input or a refused rule
 * beside the field, on the page shown again with what was typed, and store nothing.
 */
@SifIntegrationTest
class InvestmentPageTest {

    /** The demo's pay-for-success investment, with an outcomes contract. */
    static final String DEMO = "/investments/901";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Test
    void aProjectLeaderWhoIsNoneIsRefusedBesideTheChoice() throws Exception {
        String before = leaderOf901();
        MvcResult result = mvc
            .perform(post(DEMO + "/leader").param("projectLeader", "officer")
                .with(user("officer").roles("OFFICER"))
                .with(csrf()))
            .andReturn();
        Document page = shownAgain(result);
        assertThat(page.getElementById("projectLeader-error").text())
            .contains("Välj en användare med rollen projektledare");
        assertThat(leaderOf901()).isEqualTo(before);
    }

    private String leaderOf901() {
        return jdbc.sql("select coalesce(project_leader, '') from investment where id = 901")
            .query(String.class)
            .single();
    }

    @Test
    void aCapWithOreIsRefusedAsWholeKronorWithWhatWasTyped() throws Exception {
        long investment = payForSuccessInvestmentWithoutContract();
        String path = "/investments/" + investment;
        MvcResult result = PageForm.of(mvc, "board", path, "/outcomes-contract")
            .type("totalCap", "12,5 kr")
            .type("periodCap", "dyrt")
            .submit();
        Document page = shownAgain(result);
        assertThat(page.getElementById("contract-totalCap-error").text()).contains("Skriv beloppet i hela kronor");
        assertThat(page.getElementById("contract-totalCap").val()).isEqualTo("12,5 kr");
        assertThat(page.getElementById("contract-periodCap-error").text())
            .contains("Skriv beloppet i kronor med siffror");
        assertThat(page.getElementById("contract-periodCap").val()).isEqualTo("dyrt");
        // every mistake at once, in the form's order: the price left empty too
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#contract-totalCap",
                "#contract-price", "#contract-periodCap");

        // readable, but beyond what the grant committed: the rule's refusal, beside the
        // cap
        MvcResult beyond = PageForm.of(mvc, "board", path, "/outcomes-contract")
            .type("totalCap", "100 000 000")
            .type("price", "1 250,50")
            .type("periodCap", "20 000")
            .submit();
        Document refused = shownAgain(beyond);
        assertThat(refused.getElementById("contract-totalCap-error").text())
            .contains("högst det som finns kvar av bidraget");
        assertThat(refused.getElementById("contract-totalCap").val()).isEqualTo("100 000 000");
        assertThat(refused.getElementById("contract-price").val()).isEqualTo("1 250,50");
        assertThat(jdbc.sql("select count(*) from outcomes_contract where investment_id = :i")
            .param("i", investment)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void unreadableUnitsAndAnEmptyDateAreRefusedWithWhatWasTyped() throws Exception {
        long verifications = jdbc.sql("select count(*) from outcome_verification").query(Long.class).single();
        MvcResult result = PageForm.of(mvc, "officer", DEMO, "/outcomes/verifications")
            .type("period", "2027 VT")
            .type("units", "tolv")
            .type("evidence", "Skolans register")
            .type("verifiedOn", "")
            .submit();
        Document page = shownAgain(result);
        assertThat(page.getElementById("verification-units-error").text()).contains("Skriv ett tal med siffror");
        assertThat(page.getElementById("verification-units").val()).isEqualTo("tolv");
        assertThat(page.getElementById("verification-period").val()).isEqualTo("2027 VT");
        assertThat(page.getElementById("verification-evidence").val()).isEqualTo("Skolans register");

        MvcResult noDate = PageForm.of(mvc, "officer", DEMO, "/outcomes/verifications")
            .type("period", "2027 VT")
            .type("units", "12,5")
            .type("evidence", "Skolans register")
            .type("verifiedOn", "")
            .submit();
        Document dateless = shownAgain(noDate);
        assertThat(dateless.getElementById("verification-verifiedOn-error").text())
            .contains("Ange ett datum som inte ligger i framtiden");
        assertThat(dateless.getElementById("verification-units").val()).isEqualTo("12,5");
        assertThat(jdbc.sql("select count(*) from outcome_verification").query(Long.class).single())
            .isEqualTo(verifications);
    }

    @Test
    void anInvestorInvestmentWithoutADateOrReadableAmountIsRefusedWithWhatWasTyped() throws Exception {
        long investments = jdbc.sql("select count(*) from investor_investment").query(Long.class).single();
        MvcResult result = PageForm.of(mvc, "officer", DEMO, "/outcomes/investor-investments")
            .type("paidOn", "")
            .type("amount", "1 000")
            .submit();
        Document page = shownAgain(result);
        assertThat(page.getElementById("investorInvestment-paidOn-error").text()).contains("Ange datum för insatsen");
        assertThat(page.getElementById("investorInvestment-amount").val()).isEqualTo("1 000");

        MvcResult unreadable = PageForm.of(mvc, "officer", DEMO, "/outcomes/investor-investments")
            .type("amount", "två miljoner")
            .submit();
        Document again = shownAgain(unreadable);
        assertThat(again.getElementById("investorInvestment-amount-error").text())
            .contains("Skriv beloppet i kronor med siffror");
        assertThat(again.getElementById("investorInvestment-amount").val()).isEqualTo("två miljoner");
        assertThat(jdbc.sql("select count(*) from investor_investment").query(Long.class).single())
            .isEqualTo(investments);
    }

    private static Document shownAgain(MvcResult result) throws Exception {
        assertThat(result.getResponse().getRedirectedUrl()).as("refused, shown again").isNull();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getFlashMap().get("flash")).isNull();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /**
     * A new investment of the pay-for-success fund with one indicator and no outcomes
     * contract yet, on money appropriated for it.
     */
    private long payForSuccessInvestmentWithoutContract() {
        assertThat(api
            .post("board", "/api/v1/funds/3/appropriations",
                    """
                            {"fiscalYear": %d, "amountOre": 10000000, "description": "Till sidtest"}"""
                        .formatted(TestClock.YEAR))
            .status()).isEqualTo(201);
        long application = scenario.submitted(scenario.openCall(3, "Resultatkontrakt, fel tak"), 100_000_00L);
        scenario.toPanel(application);
        assertThat(scenario.grant(application, 100_000_00L).status()).isEqualTo(201);
        long investment = jdbc.sql("select id from investment where application_id = :a")
            .param("a", application)
            .query(Long.class)
            .single();
        assertThat(api.post("officer", "/api/v1/investments/" + investment + "/indicators",
                """
                        {"name": "Unga som fullföljt ett gymnasieår", "unit": "person", "baseline": 0, "baselinePeriod": "2026", "target": 40}""")
            .status()).isEqualTo(201);
        return investment;
    }

}
