package se.sif.fund;

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
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.TestClock;
import se.sif.shared.web.PageForm;

/**
 * A page step with typed input reports unreadable input or a refused rule beside the
 * field, on the page shown again with what was typed, and changes nothing.
 */
@SifIntegrationTest
class GrantPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scenario scenario;

    @Autowired
    se.sif.Api api;

    @Test
    void anUnreadableAmountIsRefusedBesideTheFieldWithWhatWasTypedAndNothingIsPosted() throws Exception {
        long grant = jdbc.sql("select id from fund_grant where reference = 'KS 2026/101'").query(Long.class).single();
        long before = jdbc.sql("select count(*) from ledger_transaction").query(Long.class).single();
        MvcResult result = mvc
            .perform(post("/grants/" + grant + "/reduction").param("newTotal", "tre miljoner")
                .param("reason", "Minskad budget")
                .with(user("board").roles("BOARD"))
                .with(csrf()))
            .andReturn();
        String page = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
        assertThat(page).contains("id=\"newTotal-error\"")
            .contains("Skriv beloppet i kronor")
            .contains("value=\"tre miljoner\"")
            .contains("value=\"Minskad budget\"");
        assertThat(result.getFlashMap().get("flash")).isNull();
        assertThat(jdbc.sql("select count(*) from ledger_transaction").query(Long.class).single()).isEqualTo(before);
    }

    /**
     * One unreadable value must not change how the others read: the amount typed beside
     * an unreadable year comes back as typed, in kronor (it once came back in öre, 100
     * times the amount, and a second press of the button would have booked that), and the
     * form's other mistakes are reported at the same time.
     */
    @Test
    void anUnreadableYearKeepsTheAmountAsTypedAndReportsEveryMistakeAtOnce() throws Exception {
        long before = jdbc.sql("select count(*) from ledger_transaction").query(Long.class).single();
        MvcResult result = mvc
            .perform(post("/funds/1/appropriations").param("fiscalYear", "tjugosex")
                .param("amount", "1 000")
                .param("registrationNumber", "")
                .param("description", "")
                .with(user("board").roles("BOARD"))
                .with(csrf()))
            .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("input[name=fiscalYear]").attr("value")).isEqualTo("tjugosex");
        assertThat(page.select("input[name=amount]").attr("value").replaceAll("[\\u00a0\\u202f]", " "))
            .isEqualTo("1 000");
        assertThat(page.select("#fiscalYear-error")).isNotEmpty();
        assertThat(page.select("#description-error")).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from ledger_transaction").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void preStudyMoneyBeyondWhatIsLeftIsRefusedBesideTheAmount() throws Exception {
        long before = jdbc.sql("select count(*) from ledger_transaction").query(Long.class).single();
        long recipient = jdbc.sql("select id from organisation where name = 'Gullspångs kommun'")
            .query(Long.class)
            .single();
        MvcResult result = mvc
            .perform(post("/funds/1/pre-study-grants").param("recipientOrganisationId", String.valueOf(recipient))
                .param("amount", "900 000 000")
                .param("title", "Förstudie")
                .with(user("board").roles("BOARD"))
                .with(csrf()))
            .andReturn();
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("id=\"preStudy-amount-error\"").contains("value=\"900 000 000\"");
        assertThat(jdbc.sql("select count(*) from ledger_transaction").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aConditionMetOnAnUnreadableOrFutureDayIsRefusedInItsRow() throws Exception {
        long application = scenario.submitted(scenario.openCall("Villkor, fel datum"), 100_000_00L);
        scenario.toPanel(application);
        assertThat(scenario.grant(application, 100_000_00L).status()).isEqualTo(201);
        long grant = jdbc.sql("select id from fund_grant where application_id = :a")
            .param("a", application)
            .query(Long.class)
            .single();
        long payment = jdbc.sql("select id from grant_payment where grant_id = :g and condition_text is not null")
            .param("g", grant)
            .query(Long.class)
            .single();
        String page = "/grants/" + grant;
        Document unreadable = refused("officer", page, "/condition-met", "metOn", "igår");
        assertThat(unreadable.getElementById("payment" + payment + "-metOn-error").text())
            .contains("Skriv datumet som ÅÅÅÅ-MM-DD");
        assertThat(unreadable.getElementById("payment" + payment + "-metOn").val()).isEqualTo("igår");
        assertThat(unreadable.select(".govuk-error-summary a").attr("href")).isEqualTo("#payment" + payment + "-metOn");

        String future = TestClock.TODAY.plusDays(1).toString();
        Document later = refused("officer", page, "/condition-met", "metOn", future);
        assertThat(later.getElementById("payment" + payment + "-metOn-error").text())
            .contains("Ange ett datum som inte ligger i framtiden");
        assertThat(later.getElementById("payment" + payment + "-metOn").val()).isEqualTo(future);
        assertThat(jdbc.sql("select condition_met_on is null from grant_payment where id = :p")
            .param("p", payment)
            .query(Boolean.class)
            .single()).isTrue();
    }

    @Test
    void aReversalThatWouldOverdrawIsRefusedWithTheReasonKept() throws Exception {
        // part of fund 2's demo commitment is paid out already: taking it back would
        // overdraw
        long commitment = jdbc.sql("select min(id) from ledger_transaction where fund_id = 2 and kind = 'COMMITMENT'")
            .query(Long.class)
            .single();
        long before = jdbc.sql("select count(*) from ledger_transaction").query(Long.class).single();
        Document page = refused("board", "/funds/2/ledger", "/transactions/" + commitment + "/reversal", "reason",
                "Fel belopp");
        assertThat(page.select(".govuk-error-summary").text()).contains("pengarna är redan intecknade");
        assertThat(page.getElementById("transaction" + commitment + "-reason").val()).isEqualTo("Fel belopp");
        Document blank = refused("board", "/funds/2/ledger", "/transactions/" + commitment + "/reversal", "reason",
                " ");
        assertThat(blank.getElementById("transaction" + commitment + "-reason-error").text())
            .contains("Skriv ett skäl");
        assertThat(jdbc.sql("select count(*) from ledger_transaction").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anUnreadableClaimYearAndAStaleWriteOffAreRefusedWithWhatWasTyped() throws Exception {
        long claims = jdbc.sql("select count(*) from repayment_claim").query(Long.class).single();
        Document year = refused("officer", "/funds/2/repayments", "/repayment-claims", "fiscalYear", "2027a");
        assertThat(year.getElementById("claims-fiscalYear-error").text()).contains("Skriv ett heltal med siffror");
        assertThat(year.getElementById("claims-fiscalYear").val()).isEqualTo("2027a");
        assertThat(jdbc.sql("select count(*) from repayment_claim").query(Long.class).single()).isEqualTo(claims);

        // the demo's open claim, written off against a version someone else has moved on
        long claim = jdbc.sql("select min(id) from repayment_claim where status = 'CLAIMED' and agreement_id = 1")
            .query(Long.class)
            .single();
        PageForm writeOff = PageForm
            .of(mvc, "board", "/funds/2/repayments", "/repayment-claims/" + claim + "/write-off")
            .type("reason", "Besparingen uteblev")
            .type("version", "999");
        MvcResult result = writeOff.submit();
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
        Document stale = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(stale.select(".govuk-error-summary").text()).contains("Någon annan har ändrat uppgifterna");
        assertThat(stale.getElementById("claim" + claim + "-reason").val()).isEqualTo("Besparingen uteblev");
        assertThat(jdbc.sql("select status from repayment_claim where id = :id")
            .param("id", claim)
            .query(String.class)
            .single()).isEqualTo("CLAIMED");
    }

    /**
     * The agreement form names the amount it could not read and keeps every row as typed;
     * a refused rule about the second board stands beside the second row even when the
     * first row is left empty.
     */
    @Test
    void anUnreadableSavingIsNamedBesideItsRowAndTheAgreementIsKeptAsTyped() throws Exception {
        long fund = api.post("admin", "/api/v1/funds", """
                {"name": "Fond för avtalsformulär", "ownerOrganisationId": 102, "purpose": "Test",
                 "economicModel": "REPAYMENT", "carryOver": true}""").id();
        assertThat(api
            .post("board", "/api/v1/funds/" + fund + "/appropriations",
                    """
                            {"fiscalYear": %d, "amountOre": 100000000, "description": "Avsättning"}"""
                        .formatted(TestClock.YEAR))
            .status()).isEqualTo(201);
        long grant = api.post("board", "/api/v1/funds/" + fund + "/pre-study-grants", """
                {"recipientOrganisationId": 102, "amountOre": 50000000, "title": "Förstudie"}""").id();
        String page = "/grants/" + grant;

        MvcResult unreadable = PageForm.of(mvc, "board", page, "/repayment-agreement")
            .choose("lossCover", "OWNING_BOARD")
            .choose("parties[0].organisationId", "103")
            .type("parties[0].share", "12,5")
            .type("parties[0].firstYear", String.valueOf(TestClock.YEAR + 1))
            .type("parties[0].expectedSavings", "100 000; tvåhundra tusen; 300 000")
            .submit();
        assertThat(unreadable.getResponse().getRedirectedUrl()).isNull();
        Document shown = Jsoup.parse(unreadable.getResponse().getContentAsString());
        assertThat(shown.getElementById("parties0expectedSavings-error").text()).contains("”tvåhundra tusen”");
        assertThat(shown.select(".govuk-error-summary a").attr("href")).isEqualTo("#parties0expectedSavings");
        assertThat(shown.getElementById("parties0expectedSavings").val())
            .isEqualTo("100 000; tvåhundra tusen; 300 000");
        assertThat(shown.getElementById("parties0share").val()).isEqualTo("12,5");
        assertThat(shown.getElementById("parties0firstYear").val()).isEqualTo(String.valueOf(TestClock.YEAR + 1));
        assertThat(shown.select("#parties0organisationId option[selected]").val()).isEqualTo("103");
        assertThat(shown.select("input[name=lossCover][checked]").val()).isEqualTo("OWNING_BOARD");

        Document outOfRange = Jsoup.parse(PageForm.of(mvc, "board", page, "/repayment-agreement")
            .choose("lossCover", "CENTRAL")
            .choose("parties[1].organisationId", "103")
            .type("parties[1].share", "150")
            .type("parties[1].firstYear", String.valueOf(TestClock.YEAR + 1))
            .type("parties[1].expectedSavings", "100 000")
            .submit()
            .getResponse()
            .getContentAsString());
        assertThat(outOfRange.getElementById("parties1share-error").text()).contains("högst 100 procent");
        assertThat(outOfRange.getElementById("parties1share").val()).isEqualTo("150");
        assertThat(outOfRange.getElementById("parties0share-error")).isNull();

        Document missing = Jsoup.parse(PageForm.of(mvc, "board", page, "/repayment-agreement")
            .type("parties[0].share", "50")
            .submit()
            .getResponse()
            .getContentAsString());
        assertThat(missing.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#lossCover",
                "#parties0organisationId", "#parties0firstYear", "#parties0expectedSavings");
        assertThat(jdbc.sql("select count(*) from repayment_agreement where grant_id = :g")
            .param("g", grant)
            .query(Long.class)
            .single()).isZero();
    }

    /**
     * Types {@code text} into {@code field} of the form posting to {@code actionEnd},
     * sends it, and returns the page shown again (no redirect, no confirmation).
     */
    private Document refused(String user, String path, String actionEnd, String field, String text) throws Exception {
        MvcResult result = PageForm.of(mvc, user, path, actionEnd).type(field, text).submit();
        assertThat(result.getResponse().getRedirectedUrl()).as("refused, shown again").isNull();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getFlashMap().get("flash")).isNull();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

}
