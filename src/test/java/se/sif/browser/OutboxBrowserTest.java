package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sif.TestClock;
import se.sif.notification.Notifications;
import se.sif.notification.Recipient;

/**
 * The administrator's outbox (no mail server in tests, so mail waits there) and one
 * message's page, in a real browser with the axe-core scan, in Swedish and English. Same
 * context as {@link ThinPathBrowserTest}.
 */
class OutboxBrowserTest extends BrowserTest {

    @Autowired
    Notifications notifications;

    @Test
    void theOutboxAndAMessagePassTheAccessibilityScan() {
        notifications.queue(Recipient.swedish("sara.holm@example.se", "Sara Holm"), "notification.receipt",
                "RUN 612-0999-26", "Tidiga insatser", TestClock.TODAY, "Sara Holm", "Familjeträffar");
        Page admin = browser.signIn("admin");
        browser.open(admin, "/admin/outbox");
        assertThat(BrowserSupport.text(admin, "h1")).isEqualTo("Utgående e-post");
        assertThat(BrowserSupport.text(admin, ".govuk-notification-banner")).contains("SPRING_MAIL_HOST");
        admin.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/sif-outbox.png")).setFullPage(true));

        admin.click("text=Er ansökan har kommit in – RUN 612-0999-26");
        browser.check(admin);
        assertThat(BrowserSupport.text(admin, ".sif-mail-body")).contains("Diarienummer: RUN 612-0999-26");
        admin
            .screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/sif-outbox-message.png")).setFullPage(true));

        browser.open(admin, "/admin/outbox?lang=en");
        assertThat(BrowserSupport.text(admin, "h1")).isEqualTo("Outgoing e-mail");
    }

}
