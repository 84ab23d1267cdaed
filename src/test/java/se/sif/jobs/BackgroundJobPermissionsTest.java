package se.sif.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.Api;
import se.sif.SifIntegrationTest;

/**
 * A job is its owner's (and the administrators'): anyone else gets 404 on its page, its
 * file and the API, and cannot cancel it; without sign-in the page asks for a login and
 * the API answers 401.
 */
@SifIntegrationTest
class BackgroundJobPermissionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    long done;

    @BeforeEach
    void aFinishedJobOfTheOfficer() {
        done = jobs.submit("test.once", "{}", "officer", "Officerns export");
        jdbc.sql("""
                update background_job set status = 'SUCCEEDED', progress = 1, attempts = 1, node = 'node-1',
                    started_at = now(), heartbeat_at = now(), finished_at = now(), result_json = '{"answer": 42}',
                    file_name = 'export åäö.csv', file_content_type = 'text/csv', file_content = :content
                where id = :id""")
            .param("content", "a;b\n".getBytes(StandardCharsets.UTF_8))
            .param("id", done)
            .update();
    }

    @Test
    void theOwnerSeesTheJobItsResultAndItsFile() throws Exception {
        String list = page("officer", "/jobs").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Officerns export").contains("/jobs/" + done);

        String show = page("officer", "/jobs/" + done).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(show).contains("Officerns export")
            .contains("role=\"status\"")
            .contains("<progress")
            .contains("100 % klart")
            .contains("Klart")
            .contains("/jobs/" + done + "/file")
            .doesNotContain("http-equiv=\"refresh\"")
            .doesNotContain("Avbryt jobbet");

        Api.Response view = api.get("officer", "/api/v1/jobs/" + done);
        assertThat(view.status()).isEqualTo(200);
        assertThat((String) view.json("$.status")).isEqualTo("SUCCEEDED");
        assertThat((Integer) view.json("$.resultJson.answer")).as("the result is JSON, not a string").isEqualTo(42);
        assertThat((Boolean) view.json("$.hasFile")).isTrue();

        MvcResult file = mvc.perform(get("/api/v1/jobs/" + done + "/file").with(user("officer").roles("OFFICER")))
            .andReturn();
        assertThat(file.getResponse().getStatus()).isEqualTo(200);
        assertThat(file.getResponse().getContentType()).startsWith("text/csv");
        assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
            .contains("filename*=UTF-8''export");
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo("a;b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(page("officer", "/jobs/" + done + "/file").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anotherUserGets404EverywhereAndAnAdministratorSeesIt() throws Exception {
        for (String other : new String[] { "applicant", "board" }) {
            assertThat(page(other, "/jobs/" + done).getResponse().getStatus()).as(other + " page").isEqualTo(404);
            assertThat(page(other, "/jobs/" + done + "/file").getResponse().getStatus()).as(other + " file")
                .isEqualTo(404);
            assertThat(page(other, "/jobs").getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Officerns export");
            Api.Response view = api.get(other, "/api/v1/jobs/" + done);
            assertThat(view.status()).as(other + " API").isEqualTo(404);
            assertThat(view.contentType()).startsWith("application/problem+json");
            assertThat(view.body()).doesNotContain("Officerns export");
            assertThat(api.get(other, "/api/v1/jobs/" + done + "/file").status()).isEqualTo(404);
            assertThat(api.post(other, "/api/v1/jobs/" + done + "/cancel", "{}").status()).isEqualTo(404);
            assertThat(api.get(other, "/api/v1/jobs").body()).doesNotContain("Officerns export");
        }
        assertThat(api.get("officer", "/api/v1/jobs/999999999").status()).as("unknown job").isEqualTo(404);
        assertThat(api.get("admin", "/api/v1/jobs/" + done).status()).isEqualTo(200);
        assertThat(page("admin", "/jobs/" + done).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void withoutSignInThePageAsksForALoginAndTheApiSays401() throws Exception {
        MvcResult page = mvc.perform(get("/jobs/" + done)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/jobs")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(api.get(null, "/api/v1/jobs/" + done).status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/jobs/" + done + "/file").status()).isEqualTo(401);
    }

    @Test
    void anUnfinishedJobOffersCancelAndAnAutomaticRefreshOnlyWhenAsked() throws Exception {
        long queued = jobs.submit("test.once", "{}", "officer", "Väntande jobb");
        String show = page("officer", "/jobs/" + queued).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(show).contains("I kö")
            .contains("0 % klart")
            .contains("Avbryt jobbet")
            .contains("name=\"_csrf\"")
            .contains("Uppdatera status")
            .contains("/jobs/" + queued + "?refresh=auto")
            .as("no self-refresh unless the user asks for it (WCAG 2.2.1)")
            .doesNotContain("http-equiv=\"refresh\"");
        String auto = page("officer", "/jobs/" + queued + "?refresh=auto").getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(auto).contains("<meta http-equiv=\"refresh\" content=\"3\">")
            .contains("Sluta uppdatera automatiskt");
        assertThat(page("officer", "/jobs/" + done + "?refresh=auto").getResponse()
            .getContentAsString(StandardCharsets.UTF_8)).as("a finished job's page stops refreshing")
            .doesNotContain("http-equiv=\"refresh\"");

        MvcResult denied = mvc
            .perform(post("/jobs/" + queued + "/cancel").with(user("applicant").roles("APPLICANT")).with(csrf()))
            .andReturn();
        assertThat(denied.getResponse().getStatus()).isEqualTo(404);
        MvcResult withoutToken = mvc.perform(post("/jobs/" + queued + "/cancel").with(user("officer").roles("OFFICER")))
            .andReturn();
        assertThat(withoutToken.getResponse().getStatus()).isEqualTo(403);
        MvcResult cancel = mvc
            .perform(post("/jobs/" + queued + "/cancel").with(user("officer").roles("OFFICER")).with(csrf()))
            .andReturn();
        assertThat(cancel.getResponse().getRedirectedUrl()).isEqualTo("/jobs/" + queued);
        assertThat((String) cancel.getFlashMap().get("flash")).isEqualTo("Jobbet avbryts.");
        assertThat(jdbc.sql("select status from background_job where id = :id")
            .param("id", queued)
            .query(String.class)
            .single()).isEqualTo("CANCELLED");

        Api.Response again = api.post("officer", "/api/v1/jobs/" + queued + "/cancel", "{}");
        assertThat(again.status()).as("a finished job cannot be cancelled").isEqualTo(422);
        assertThat((String) again.json("$.detail")).isEqualTo("Jobbet är redan avslutat och kan inte avbrytas.");
    }

    private MvcResult page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(username).roles(se.sif.DemoUsers.roleOf(username)))).andReturn();
    }

}
