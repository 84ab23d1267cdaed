package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The working group's triage in a real browser, by its two demo members: each declares no
 * conflict of interest and grades against Table 2, the second sees the first's grade only
 * after giving their own and where they disagree, the group agrees on a 2 (a second
 * pass), then on a 3; the screening carries the agreed grade into a rejection with
 * reasons, and the applicant reads the reasons and how to appeal. Every page scanned.
 */
class TriageBrowserTest extends BrowserTest {

    @Test
    void twoMembersGradeAgreeOverTwoPassesAndTheApplicantReadsTheRejection() {
        long application = scenario.submitted(scenario.openCall("Utlysning för triagering i webbläsaren"),
                100_000_000L);

        Page officer = browser.signIn("officer");
        browser.open(officer, "/screening");
        officer.click("a[href='/applications/" + application + "/triage']");
        assertThat(BrowserSupport.text(officer, "main")).contains("Har du jäv i ärendet?")
            .doesNotContain("Min bedömning");
        browser.check(officer);
        submit(officer, "form[action$='/triage/declaration'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-error-summary")).contains("Svara om du har jäv i ärendet");
        browser.check(officer);
        officer.getByLabel("Nej, jag har inte jäv").check();
        submit(officer, "form[action$='/triage/declaration'] button[type=submit]");
        // a 1 without every criterion is refused beside the field, with what was ticked
        // kept
        officer.locator("input[name=criteriaMet]").first().check();
        officer.check("#grade-1");
        officer.fill("#gradeNote", "Tydlig målgrupp");
        submit(officer, "form[action$='/triage/grade'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, "#grade-error")).contains("Betyg 1 kräver att alla 7 kriterier");
        assertThat(officer.locator("input[name=criteriaMet]").first().isChecked()).isTrue();
        assertThat(officer.inputValue("#gradeNote")).isEqualTo("Tydlig målgrupp");
        browser.check(officer);
        for (var box : officer.locator("input[name=criteriaMet]").all()) {
            box.check();
        }
        submit(officer, "form[action$='/triage/grade'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-notification-banner")).contains("Din bedömning är sparad");
        assertThat(BrowserSupport.text(officer, "table")).contains("Karin Ahlström").contains("7 av 7 uppfyllda");

        Page second = browser.signIn("officer2");
        browser.open(second, "/applications/" + application + "/triage");
        second.getByLabel("Nej, jag har inte jäv").check();
        submit(second, "form[action$='/triage/declaration'] button[type=submit]");
        assertThat(BrowserSupport.text(second, "main"))
            .contains("De andra ledamöternas betyg visas när du har lämnat ditt eget");
        assertThat(second.locator("table").count()).as("no grades shown before one's own").isZero();
        second.check("#grade-2");
        submit(second, "form[action$='/triage/grade'] button[type=submit]");
        assertThat(BrowserSupport.text(second, "main")).contains("Karin Ahlström")
            .contains("Ledamöterna har gett olika betyg");
        browser.check(second);
        second.check("#agreedGrade-2");
        second.fill("#agreementNote", "Oklart om metoden är en metodförändring. Titta igen.");
        submit(second, "form[action$='/triage/agreement'] button[type=submit]");
        assertThat(BrowserSupport.text(second, "main")).contains("Min bedömning, omgång 2").contains("Omgång 1");
        second.check("#grade-3");
        submit(second, "form[action$='/triage/grade'] button[type=submit]");
        second.check("#agreedGrade-3");
        second.fill("#agreementNote", "Insatsen är ordinarie verksamhet.");
        submit(second, "form[action$='/triage/agreement'] button[type=submit]");
        assertThat(BrowserSupport.text(second, "main")).contains("Triageringen är avslutad: gruppen enades om betyg 3");
        browser.check(second);

        browser.open(officer, "/screening");
        assertThat(BrowserSupport.text(officer, "main")).contains("Betyg 3");
        browser.check(officer);
        browser.open(officer, "/applications/" + application + "/screening");
        assertThat(officer.isChecked("#triageGrade-3")).isTrue();
        officer.check("#formalComplete-1");
        officer.getByLabel("Avslag med skriftlig motivering").check();
        officer.getByLabel("Genomförandeplan saknas").check();
        officer.fill("#reasonsText", "Insatsen liknar ordinarie verksamhet.");
        submit(officer, "form[action$='/screening'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-notification-banner")).contains("Sållningen är registrerad");

        Page applicant = browser.signIn("applicant");
        browser.open(applicant, "/applications/" + application);
        submit(applicant, "a[href='/applications/" + application + "/decision']");
        assertThat(applicant.url()).endsWith("/applications/" + application + "/rejection");
        assertThat(BrowserSupport.text(applicant, "main")).contains("Genomförandeplan saknas")
            .contains("Insatsen liknar ordinarie verksamhet.")
            .contains("medlem i regionen");
        browser.check(applicant);
    }

    /** Clicks and waits for the page the form answers with, redirect followed. */
    private static void submit(Page page, String selector) {
        page.waitForNavigation(() -> page.click(selector));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    }

}
