package se.sif.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.sif.DemoUsers;
import se.sif.SifIntegrationTest;

/**
 * The list pages sort, filter and page on the server, all in the query string, and name
 * people by name.
 */
@SifIntegrationTest
class ListPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    se.sif.Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void applicationsSortByAmountAndPageWithTheSortKept() {
        String page = page("officer", "/applications?sort=amount&dir=asc&size=3");
        assertThat(page)
            .containsPattern("aria-sort=\"ascending\"[^>]*>\\s*<a[^>]*href=\"/applications\\?[^\"]*sort=amount");
        assertThat(rows(page)).isEqualTo(3);
        List<Long> smallest = jdbc.sql("""
                select requested_amount_ore from application where status <> 'DRAFT'
                order by requested_amount_ore asc nulls first, id limit 3""").query(Long.class).list();
        long total = jdbc.sql("select count(*) from application where status <> 'DRAFT'").query(Long.class).single();
        assertThat(page)
            .contains("Visar 1–3 av " + String.format(java.util.Locale.forLanguageTag("sv-SE"), "%,d", total));
        assertThat(page).containsPattern("rel=\"next\"|href=\"[^\"]*page=2[^\"]*\" rel=\"next\"");
        assertThat(page).containsPattern("href=\"/applications\\?[^\"]*sort=amount[^\"]*page=2");
        // The amount column is in Swedish kronor as the table shows it, smallest first.
        String firstAmount = se.sif.shared.Money.format(smallest.get(smallest.size() - 1),
                java.util.Locale.forLanguageTag("sv"));
        assertThat(page.replace('\u00a0', ' ').replace('\u202f', ' '))
            .contains(firstAmount.replace('\u00a0', ' ').replace('\u202f', ' '));
    }

    @Test
    void applicationsFilterByStatusAndTextWithoutJavaScript() {
        String page = page("officer", "/applications?status=GRANTED");
        long granted = jdbc.sql("select count(*) from application where status = 'GRANTED'").query(Long.class).single();
        assertThat(rows(page)).isEqualTo(Math.min(granted, 25));
        assertThat(Pattern.compile("<strong class=\"govuk-tag\">Beviljad</strong>").matcher(page).results().count())
            .isEqualTo(Math.min(granted, 25));
        assertThat(page).contains("<option value=\"GRANTED\" selected=\"selected\">");

        String search = page("officer", "/applications?text=avstamp");
        assertThat(search).contains("Utmanande avstamp 2");
        assertThat(rows(search))
            .isEqualTo(jdbc.sql("select count(*) from application where status <> 'DRAFT' and title ilike '%avstamp%'")
                .query(Long.class)
                .single());
    }

    @Test
    void anUnknownSortKeyFallsBackInsteadOfReachingTheSql() {
        String page = page("officer", "/applications?sort=title;drop%20table%20application&dir=sideways");
        assertThat(page).containsPattern("aria-sort=\"descending\"[^>]*>\\s*<a[^>]*sort=submitted");
        assertThat(page("admin", "/audit?sort=occurred_at)--&page=-3")).contains("Händelselogg");
    }

    @Test
    void theAuditLogFiltersByPersonAndShowsNamesAndSwedishAmounts() {
        // The demo data brings no audit events: a board appropriation writes some (with
        // an amount).
        for (int i = 0; i < 2; i++) {
            se.sif.Api.Response appropriated = api.post("board", "/api/v1/funds/2/appropriations",
                    "{\"fiscalYear\": %d, \"amountOre\": 140000000, \"registrationNumber\": \"KS 2026/%d\", \"description\": \"Test\"}"
                        .formatted(se.sif.TestClock.YEAR, 900 + i));
            assertThat(appropriated.status()).as(appropriated.body()).isLessThan(300);
        }
        String page = page("admin", "/audit?actor=board&size=200");
        long byBoard = jdbc.sql("select count(*) from audit_event where actor = 'board'").query(Long.class).single();
        assertThat(rows(page)).isEqualTo(Math.min(byBoard, 200));
        assertThat(page).contains("<td class=\"govuk-table__cell\">Per-Olof Dahlgren</td>")
            .doesNotContain("<td class=\"govuk-table__cell\">board</td>");
        assertThat(page.replace('\u00a0', ' ').replace('\u202f', ' ')).contains("1 400 000 kr");
        String sorted = page("admin", "/audit?sort=who&dir=asc&size=1");
        assertThat(sorted).containsPattern("aria-sort=\"ascending\"[^>]*>\\s*<a[^>]*sort=who");
        assertThat(sorted).contains("govuk-pagination");
    }

    @Test
    void aFundsGrantsSortFilterAndPageInTheQueryString() {
        long total = jdbc.sql("select count(*) from fund_grant where fund_id = 1").query(Long.class).single();
        String page = page("steering", "/funds/1/grants?sort=granted&dir=asc&size=2");
        assertThat(page)
            .containsPattern("aria-sort=\"ascending\"[^>]*>\\s*<a[^>]*href=\"/funds/1/grants\\?[^\"]*sort=granted");
        assertThat(rows(page)).isEqualTo(Math.min(total, 2));
        assertThat(page)
            .contains("Visar 1–2 av " + String.format(java.util.Locale.forLanguageTag("sv-SE"), "%,d", total));
        assertThat(page).containsPattern("href=\"/funds/1/grants\\?[^\"]*sort=granted[^\"]*page=2");
        // the smallest grant first: what the ledger's balances say was granted
        long smallest = jdbc
            .sql("""
                    select coalesce(sum(b.amount_ore), 0) from fund_grant g
                    left join ledger_balance b on b.grant_key = g.id and b.account in ('COMMITTED', 'DISBURSED', 'OUTCOME_PAID')
                    where g.fund_id = 1 group by g.id order by 1, g.id limit 1""")
            .query(Long.class)
            .single();
        assertThat(page.replace('\u00a0', ' ').replace('\u202f', ' '))
            .contains(se.sif.shared.Money.format(smallest, java.util.Locale.forLanguageTag("sv"))
                .replace('\u00a0', ' ')
                .replace('\u202f', ' '));

        // a part of a registration number (RUN 612-0161-15), sorted by the recipient's
        // name
        String found = page("officer", "/funds/1/grants?text=0161&sort=recipient&dir=asc");
        assertThat(rows(found)).isEqualTo(jdbc
            .sql("""
                    select count(*) from fund_grant where fund_id = 1 and (title ilike '%0161%' or reference ilike '%0161%')""")
            .query(Long.class)
            .single()).isPositive();
        assertThat(found).contains("RUN 612-0161-15")
            .containsPattern("aria-sort=\"ascending\"[^>]*>\\s*<a[^>]*sort=recipient");
    }

    private String page(String username, String path) {
        try {
            var response = mvc
                .perform(get(path).header("Accept-Language", "sv")
                    .with(user(username).roles(DemoUsers.roleOf(username))))
                .andReturn()
                .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long rows(String page) {
        int body = page.indexOf("<tbody");
        return body < 0 ? 0
                : Pattern.compile("<tr class=\"govuk-table__row\"").matcher(page.substring(body)).results().count();
    }

}
