package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each role's start page (the work inbox) and the sortable, paged list pages in a real
 * browser with the axe-core scan (WCAG 2.0/2.1 A and AA), the menu folding behind its
 * toggle on a narrow screen, and a screenshot of each in /tmp for a person to look at.
 * Same context as {@link ThinPathBrowserTest}.
 */
class InboxAndListsBrowserTest extends BrowserTest {

    @Test
    void everyRolesStartPageAndTheListsPassTheAccessibilityScan() {
        for (String user : new String[] { "officer", "assessor1", "steering", "board", "applicant", "leader",
                "admin" }) {
            Page page = browser.signIn(user);
            browser.open(page, "/");
            assertThat(BrowserSupport.text(page, "h1")).isEqualTo("Det här väntar på dig");
            assertThat(page.locator("nav.govuk-service-navigation__wrapper a[aria-current=page]").count()).isEqualTo(1);
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("/tmp/sif-inbox-" + user + ".png")).setFullPage(true));
            if (user.equals("leader")) {
                assertThat(page.locator("#inbox-indicatorValues tbody tr").count()).isEqualTo(2);
            }
        }

        Page officer = browser.signIn("officer");
        browser.open(officer, "/applications?sort=amount&dir=desc&size=5");
        assertThat(officer.locator("th[aria-sort=descending]").count()).isEqualTo(1);
        assertThat(officer.locator("table tbody tr").count()).isEqualTo(5);
        officer
            .screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/sif-applications.png")).setFullPage(true));
        officer.click("nav.govuk-pagination a[rel=next]");
        assertThat(officer.url()).contains("page=2").contains("sort=amount");
        browser.check(officer);
        officer.click("th[aria-sort=descending] a");
        assertThat(officer.locator("th[aria-sort=ascending]").count()).isEqualTo(1);
        browser.check(officer);
        for (String path : new String[] { "/calls?sort=ceiling", "/investments?text=skol", "/audit?size=5" }) {
            browser.open(officer, path);
        }
        officer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/sif-audit.png")).setFullPage(true));

        // A fund's grants on the same list mechanism
        browser.open(officer, "/funds/1/grants?sort=granted&dir=desc&size=5");
        assertThat(officer.locator("th[aria-sort=descending]").count()).isEqualTo(1);
        assertThat(officer.locator("table tbody tr").count()).isEqualTo(5);
        officer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/sif-grants.png")).setFullPage(true));

        // A refused follow-up step is shown again with what was typed and the error
        // beside
        // the field
        browser.open(officer, "/investments/901");
        officer.fill("#verification-period", "2027 VT");
        officer.fill("#verification-units", "tolv");
        officer.fill("#verification-evidence", "Skolans register");
        officer.click("form[action$='/outcomes/verifications'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-error-summary")).contains("Skriv ett tal med siffror");
        assertThat(officer.inputValue("#verification-units")).isEqualTo("tolv");
        browser.check(officer);
        officer.locator("#verification-units")
            .locator("xpath=ancestor::form")
            .screenshot(new Locator.ScreenshotOptions().setPath(Path.of("/tmp/sif-verification-refused.png")));
        officer.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("/tmp/sif-investment-refused.png")).setFullPage(true));

        // A narrow screen folds the menu behind its toggle; the toggle opens it.
        officer.setViewportSize(375, 800);
        browser.open(officer, "/");
        assertThat(officer.locator("#sif-navigation").isVisible()).isFalse();
        officer.click(".sif-js-menu-toggle");
        assertThat(officer.locator("#sif-navigation").isVisible()).isTrue();
        browser.check(officer);
        officer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/sif-mobile-menu.png")));
    }

}
