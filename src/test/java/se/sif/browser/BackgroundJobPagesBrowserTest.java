package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The background-job pages in a real browser with the axe-core scan (WCAG 2.0/2.1 A and
 * AA): the list, a running job with its progress and cancel button, a finished job with
 * its download, and a failed one. Same context as {@link ThinPathBrowserTest}.
 */
class BackgroundJobPagesBrowserTest extends BrowserTest {

    /** The running job is made up: finish it so nothing else ever sees it as running. */
    @AfterAll
    void finishTheMadeUpJob() {
        jdbc.sql(
                "update background_job set status = 'CANCELLED', finished_at = now() where node = 'browser-test-node' and status = 'RUNNING'")
            .update();
    }

    @Test
    void theJobPagesPassTheAccessibilityScan() {
        long running = insert("Monte Carlo för portföljen 2026", "RUNNING", 0.4, "Dragning 4 000 av 10 000", null);
        long done = insert("Export av huvudboken", "SUCCEEDED", 1.0, null, "huvudbok.csv");
        long failed = insert("Trasig export", "FAILED", 0.1, null, null);
        jdbc.sql(
                "update background_job set message_key = 'jobs.message.failed', message_args = jsonb_build_array(id::text) where id = :id")
            .param("id", failed)
            .update();

        Page officer = browser.signIn("officer");
        browser.open(officer, "/jobs");
        assertThat(BrowserSupport.text(officer, "main")).contains("Monte Carlo för portföljen 2026").contains("40 %");
        browser.open(officer, "/jobs/" + running);
        assertThat(BrowserSupport.text(officer, "[role=status]")).contains("Pågår")
            .contains("40 % klart")
            .contains("Dragning 4 000 av 10 000");
        assertThat(officer.locator("progress#job-progress").getAttribute("value")).isEqualTo("40");
        assertThat(officer.locator("button", new Page.LocatorOptions().setHasText("Avbryt jobbet")).count())
            .isEqualTo(1);
        browser.open(officer, "/jobs/" + done);
        assertThat(officer.locator("a[href='/jobs/" + done + "/file']").textContent()).contains("huvudbok.csv");
        browser.open(officer, "/jobs/" + failed);
        assertThat(BrowserSupport.text(officer, "[role=status]")).contains("Misslyckades")
            .contains("jobb nummer " + failed);
        browser.open(officer, "/jobs/" + running + "?lang=en");
        assertThat(BrowserSupport.text(officer, "[role=status]")).contains("Running").contains("40% done");
        browser.navigate(officer, "/jobs?lang=sv");

        // The page that reloads itself is there only when the user asks for it: axe flags
        // any
        // <meta http-equiv="refresh"> under 20 hours as a WCAG 2.2.1 (A) failure, and
        // nothing else here.
        browser.navigate(officer, "/jobs/" + running + "?refresh=auto");
        assertThat(BrowserSupport.violationIds(officer)).containsExactly("meta-refresh");
    }

    private long insert(String title, String status, double progress, String message, String fileName) {
        return jdbc.sql("""
                insert into background_job (kind, title, owner_username, status, progress, message, attempts, node,
                    started_at, heartbeat_at, finished_at, result_json, file_name, file_content_type, file_content)
                values ('test.browser', :title, 'officer', :status, :progress, :message, 1, 'browser-test-node',
                    now(), now(), case when :status = 'RUNNING' then null else now() end,
                    case when :status = 'SUCCEEDED' then '{"rows": 1200}'::jsonb end,
                    :fileName, case when cast(:fileName as text) is not null then 'text/csv' end,
                    case when cast(:fileName as text) is not null then cast(:content as bytea) end)
                returning id""")
            .param("title", title)
            .param("status", status)
            .param("progress", progress)
            .param("message", message)
            .param("fileName", fileName)
            .param("content", "a;b\n".getBytes(StandardCharsets.UTF_8))
            .query(Long.class)
            .single();
    }

}
