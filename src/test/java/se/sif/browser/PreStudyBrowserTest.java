package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A pre-study in a real browser: the officer builds a call for pre-study grants, the
 * applicant sees the lighter task list, and from the submitted pre-study starts the full
 * application in a call for investments, which names the pre-study; every page scanned.
 */
class PreStudyBrowserTest extends BrowserTest {

    @Test
    void aPreStudyLeadsToAFullApplication() {
        LocalDate today = se.sif.TestClock.TODAY;

        Page officer = browser.signIn("officer");
        browser.open(officer, "/calls/new");
        officer.selectOption("#fundId", "1");
        officer.getByLabel("Förstudiemedel", new Page.GetByLabelOptions().setExact(true)).check();
        officer.fill("#title", "Förstudiemedel hösten 2026");
        officer.fill("#deadlineDate", today.plusDays(30).toString());
        officer.fill("#deadlineTime", "23:59");
        officer.fill("#budgetCeiling", "500 000");
        officer.fill("#maxAmount", "300 000");
        officer.getByLabel("Inget krav: en huvudman kan söka ensam").check();
        officer.click("form[action='/calls'] button[type=submit]");
        long preStudyCall = idIn(officer.url(), "/calls/(\\d+)");
        assertThat(BrowserSupport.text(officer, "main")).contains("Förstudiemedel");
        browser.check(officer);
        officer.click("form[action$='/publication'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-tag")).contains("Öppen");
        long investmentCall = scenario.openCall("Sociala investeringar 2027");

        // the lighter task list: six sections, no calculation
        Page applicant = browser.signIn("applicant");
        browser.open(applicant, "/calls/" + preStudyCall);
        applicant.click("form[action='/applications'] button[type=submit]");
        long preStudy = idIn(applicant.url(), "/applications/(\\d+)/edit");
        assertThat(applicant.locator(".govuk-task-list__item").count()).isEqualTo(6);
        assertThat(BrowserSupport.text(applicant, "main")).doesNotContain("Samhällsekonomisk kalkyl");
        browser.check(applicant);
        scenario.fillPreStudy(preStudy);
        browser.open(applicant, "/applications/" + preStudy + "/check");
        applicant.click("#submit button[type=submit]");
        assertThat(BrowserSupport.text(applicant, ".govuk-notification-banner")).contains("RUN 612-");

        // from the pre-study's page to the full application
        browser.open(applicant, "/applications/" + preStudy);
        assertThat(BrowserSupport.text(applicant, "main")).contains("Förstudie")
            .contains("Ingen fullständig ansökan bygger på förstudien ännu");
        applicant.selectOption("#callId", String.valueOf(investmentCall));
        applicant.click("#grown-out-of ~ form button[type=submit]");
        long full = idIn(applicant.url(), "/applications/(\\d+)/edit");
        browser.check(applicant);
        browser.open(applicant, "/applications/" + full + "/sections/target-group");
        assertThat(applicant.inputValue("#targetGroup")).isEqualTo("Familjer med barn 3–10 år i Gullspång");
        browser.open(applicant, "/applications/" + full);
        assertThat(BrowserSupport.text(applicant, "#pre-study-of")).contains("Förstudie familjeträffar");
        browser.open(applicant, "/applications/" + preStudy + "?lang=en");
        assertThat(BrowserSupport.text(applicant, "#grown-out-of"))
            .isEqualTo("Full applications that grew out of the pre-study");
    }

}
