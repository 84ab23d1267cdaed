package se.sif.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.SifIntegrationTest;

/**
 * A page step with a typed amount reports unreadable input as a refusal and changes
 * nothing.
 */
@SifIntegrationTest
class GrantPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

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

}
