package se.sif.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.sif.Api;
import se.sif.DemoUsers;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.TestClock;

/**
 * Each role's start page lists what waits for that person, with the counts the data
 * gives: the expected counts are read straight from the tables here, so a section that
 * lost an item (or showed someone else's) fails. The tests share a database with the
 * others, so they count what is there rather than assume the demo.
 */
@SifIntegrationTest
class InboxPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Test
    void officerSeesApplicationsToScreenOldestFirstWithTheCallsDeadline() {
        long call = scenario.openCall("Inkorgens utlysning");
        long first = scenario.submitted(call, 10_000_000);
        long second = scenario.submitted(call, 20_000_000);

        String page = home("officer");
        String section = section(page, "screen");
        long expected = count("select count(*) from application where status = 'SUBMITTED'");
        assertThat(heading(section)).isEqualTo(expected);
        assertThat(rows(section)).isEqualTo(Math.min(expected, 10));
        String deadline = TestClock.TODAY.plusDays(30).toString();
        if (expected <= 10) {
            int firstAt = section.indexOf(registrationNumber(first));
            int secondAt = section.indexOf(registrationNumber(second));
            assertThat(firstAt).as("the first submitted is listed").isPositive();
            assertThat(secondAt).as("the one submitted later comes after it").isGreaterThan(firstAt);
            assertThat(section).contains("/applications/" + first + "/screening").contains(deadline);
        }
        for (String key : new String[] { "completions", "proposals", "conditions", "reports" }) {
            assertThat(page).as("officer's section " + key).contains("id=\"inbox-" + key + "\"");
        }
        assertThat(heading(section(page, "completions")))
            .isEqualTo(count("select count(*) from application where status = 'COMPLETION_REQUESTED'"));
        assertThat(heading(section(page, "proposals"))).isEqualTo(count("""
                select count(*) from application a where a.status = 'IN_ASSESSMENT'
                  and not exists (select 1 from decision_proposal p where p.application_id = a.id)"""));
        assertThat(heading(section(page, "conditions"))).isEqualTo(count("""
                select count(*) from grant_payment where condition_text is not null and condition_met_on is null
                  and not cancelled and disbursement_id is null"""));
    }

    @Test
    void assessorSeesWhatTheyHaveNotScoredExceptTheirConflicts() {
        long call = scenario.openCall("Inkorgens panelutlysning");
        long application = scenario.submitted(call, 10_000_000);
        scenario.toPanel(application);
        String number = registrationNumber(application);
        Api.Response conflict = api.post("assessor3", "/api/v1/applications/" + application + "/conflicts",
                "{\"reason\": \"Jag sitter i sökandens styrgrupp\"}");
        assertThat(conflict.status()).as(conflict.body()).isLessThan(300);

        assertThat(section(home("assessor1"), "assess")).contains(number).contains("/assessment/" + application);
        assertThat(section(home("assessor3"), "assess")).doesNotContain(number);
        assertThat(scenario.score("assessor1", application, "GOOD", true).status()).isEqualTo(200);

        String section = section(home("assessor1"), "assess");
        assertThat(section).doesNotContain(number);
        long expected = count(
                """
                        select count(*) from application a where a.status = 'IN_ASSESSMENT'
                          and not exists (select 1 from assessment s where s.application_id = a.id and s.assessor = 'assessor1'
                                          and s.submitted_at is not null)
                          and not exists (select 1 from conflict_of_interest c where c.application_id = a.id and c.assessor = 'assessor1')""");
        assertThat(heading(section)).isEqualTo(expected);
        assertThat(rows(section)).isEqualTo(Math.min(expected, 10));
    }

    @Test
    void steeringSeesProposalsToEndorseAndTheBoardTheEndorsedOnesAndYearsToClose() {
        long call = scenario.openCall("Inkorgens beslutsutlysning");
        long application = scenario.submitted(call, 10_000_000);
        scenario.toPanel(application);
        Api.Response proposal = api.post("officer", "/api/v1/applications/" + application + "/proposal",
                "{\"grant\": true, \"amountOre\": 10000000, \"reasons\": \"Högst rankad\"}");
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        String number = registrationNumber(application);

        String steering = section(home("steering"), "endorse");
        assertThat(steering).contains(number).contains("/applications/" + application + "/decision");
        assertThat(heading(steering)).isEqualTo(count("""
                select count(*) from decision_proposal p join application a on a.id = p.application_id
                where p.endorsed_at is null and a.status = 'IN_ASSESSMENT'"""));
        assertThat(section(home("board"), "decide")).doesNotContain(number);

        Api.Response endorsed = api.post("steering", "/api/v1/applications/" + application + "/proposal/endorsement",
                "{\"version\": %d}".formatted(((Number) proposal.json("$.version")).longValue()));
        assertThat(endorsed.status()).as(endorsed.body()).isEqualTo(200);

        assertThat(section(home("steering"), "endorse")).doesNotContain(number);
        String board = home("board");
        String decide = section(board, "decide");
        assertThat(decide).contains(number);
        assertThat(heading(decide)).isEqualTo(count("""
                select count(*) from decision_proposal p join application a on a.id = p.application_id
                where p.endorsed_at is not null and a.status = 'IN_ASSESSMENT'
                  and not exists (select 1 from decision d where d.application_id = p.application_id)"""));
        String years = section(board, "closeYears");
        long open = jdbc
            .sql("""
                    select count(distinct (t.fund_id, t.fiscal_year)) from ledger_transaction t
                    where t.kind = 'APPROPRIATION' and t.fiscal_year < :year
                      and not exists (select 1 from fiscal_year_close c where c.fund_id = t.fund_id and c.fiscal_year = t.fiscal_year)""")
            .param("year", TestClock.YEAR)
            .query(Long.class)
            .single();
        assertThat(heading(years)).isEqualTo(open);
        assertThat(rows(years)).isEqualTo(Math.min(open, 10));
    }

    @Test
    void applicantSeesDraftsWithTheCallDeadline() {
        long call = scenario.openCall("Inkorgens sökandeutlysning");
        long draft = scenario.draft(call);
        // the soonest deadline comes first, whatever drafts other tests left in the
        // shared database
        scenario.closesAt(call, TestClock.NOW.plus(java.time.Duration.ofDays(1)));
        String page = home("applicant");
        String drafts = section(page, "drafts");
        assertThat(drafts).contains("/applications/" + draft + "/edit")
            .contains(TestClock.TODAY.plusDays(1).toString());
        long expected = jdbc
            .sql("""
                    select count(*) from application a join funding_call c on c.id = a.call_id
                    where a.status = 'DRAFT' and c.deadline > :now
                      and a.applicant_organisation_id = (select organisation_id from user_account where username = 'applicant')""")
            .param("now", Timestamp.from(TestClock.NOW))
            .query(Long.class)
            .single();
        assertThat(heading(drafts)).isEqualTo(expected);
        assertThat(rows(drafts)).isEqualTo(Math.min(expected, 10));
        for (String key : new String[] { "myCompletions", "myConditions", "myReports" }) {
            assertThat(page).as("applicant's section " + key).contains("id=\"inbox-" + key + "\"");
        }
    }

    @Test
    void projectLeaderSeesTheIndicatorValuesTheirInvestmentStillOwes() {
        // Utmanande avstamp 2 (2015-09-01 – 2018-08-31) has values for 2016 and 2017 but
        // none for 2018.
        String section = section(home("leader"), "indicatorValues");
        assertThat(heading(section)).isEqualTo(2);
        assertThat(rows(section)).isEqualTo(2);
        assertThat(section).contains("Antal familjer som erbjudits resursmöte")
            .contains("Andel identifierade barn med stärkta skyddsfaktorer")
            .contains("2019-01-31");
        assertThat(home("officer")).contains("id=\"inbox-reports\"");
    }

    @Test
    void theMenuComesFromTheOneDefinitionAndMarksWhereYouAre() {
        String officer = home("officer");
        assertThat(officer).contains("href=\"/audit\"")
            .contains("href=\"/calls\"")
            .doesNotContain("href=\"/assessment\"");
        assertThat(officer).containsPattern("aria-current=\"page\"[^>]*>\\s*<strong[^>]*>Start</strong>");
        String assessor = home("assessor1");
        assertThat(assessor).contains("href=\"/assessment\"")
            .doesNotContain("href=\"/audit\"")
            .doesNotContain("href=\"/unit-costs\"");
        assertThat(home("admin")).contains("id=\"inbox-nothing\"");
    }

    @Test
    void visitorsKeepThePublicStartPage() throws Exception {
        String page = mvc.perform(get("/").header("Accept-Language", "sv"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/login\"")
            .doesNotContain("sif-inbox")
            .doesNotContain("govuk-service-navigation__list");
    }

    private String home(String username) {
        try {
            var response = mvc
                .perform(
                        get("/").header("Accept-Language", "sv").with(user(username).roles(DemoUsers.roleOf(username))))
                .andReturn()
                .getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The HTML of one inbox section, from its container to the next one (or the
     * shortcuts).
     */
    private static String section(String page, String key) {
        int start = page.indexOf("id=\"inbox-" + key + "\"");
        assertThat(start).as("section " + key).isPositive();
        int end = page.indexOf("class=\"sif-inbox\"", start + 1);
        if (end < 0) {
            end = page.indexOf("</section>", start);
        }
        return page.substring(start, end);
    }

    private static long heading(String section) {
        Matcher count = Pattern.compile("<h2[^>]*>[^<]*\\((\\d+)\\)</h2>").matcher(section);
        assertThat(count.find()).as("a heading with a count in " + section).isTrue();
        return Long.parseLong(count.group(1));
    }

    private static long rows(String section) {
        return Pattern.compile("sif-inbox__item").matcher(section).results().count();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String registrationNumber(long application) {
        return jdbc.sql("select registration_number from application where id = :id")
            .param("id", application)
            .query(String.class)
            .single();
    }

}
