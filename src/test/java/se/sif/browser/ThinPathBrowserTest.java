package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The thin path in a real browser, each step by the user whose job it is, with an
 * accessibility scan of every page visited — including the pages that show validation
 * errors.
 */
class ThinPathBrowserTest extends BrowserTest {

    @Test
    void everyRoleDoesItsStepOfTheLifecycle() {
        LocalDate today = se.sif.TestClock.TODAY;

        Page visitor = browser.anonymous();
        browser.open(visitor, "/");
        browser.open(visitor, "/accessibility");

        // The officer opens a call; an empty form first shows what is missing
        Page officer = browser.signIn("officer");
        browser.open(officer, "/calls/new");
        officer.click("form[action='/calls'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-error-summary")).contains("Skriv en rubrik");
        browser.check(officer);
        officer.selectOption("#fundId", "1");
        officer.fill("#title", "Utlysning tidiga insatser 2026");
        officer.fill("#deadlineDate", today.plusDays(30).toString());
        officer.fill("#deadlineTime", "23:59");
        officer.fill("#budgetCeiling", "5 000 000");
        officer.click("form[action='/calls'] button[type=submit]");
        long callId = idIn(officer.url(), "/calls/(\\d+)");
        assertThat(BrowserSupport.text(officer, ".govuk-tag")).contains("Utkast");
        browser.check(officer);
        officer.click("form[action$='/publication'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-tag")).contains("Öppen");

        // The applicant drafts and submits an application with a co-applicant
        Page applicant = browser.signIn("applicant");
        browser.open(applicant, "/calls/" + callId);
        applicant.click("form[action='/applications'] button[type=submit]");
        long applicationId = idIn(applicant.url(), "/applications/(\\d+)/edit");
        browser.check(applicant);
        // every section in its own page is the applicant journey's
        // (ApplicantJourneyBrowserTest); here the API fills them and the page names the
        // project
        scenario.fillUnconfirmed(applicationId, 150_000_000L);
        browser.open(applicant, "/applications/" + applicationId + "/sections/about");
        applicant.fill("#title", "Familjecoacher i Gullspång");
        applicant.click("form[action$='/sections/about'] button[type=submit]");
        applicant.waitForURL("**/sections/target-group");
        browser.open(applicant, "/applications/" + applicationId + "/check");
        browser.check(applicant);
        // not before the partner has confirmed
        applicant.click("#submit button[type=submit]");
        assertThat(BrowserSupport.text(applicant, ".govuk-error-summary")).contains("Västra Götalandsregionen");
        browser.check(applicant);

        // The region, named as partner, reads the application and confirms
        Page partner = browser.signIn("applicant-vgr");
        browser.open(partner, "/");
        assertThat(BrowserSupport.text(partner, "main")).contains("Familjecoacher i Gullspång");
        browser.open(partner, "/applications/" + applicationId);
        assertThat(partner.locator("form[action$='/edit']").count()).as("a partner reads, the applicant edits")
            .isZero();
        partner.getByLabel("Vi bekräftar vår medverkan och medfinansiering").check();
        partner.click("form[action$='/partnership'] button[type=submit]");
        assertThat(BrowserSupport.text(partner, ".govuk-notification-banner")).contains("bekräftar");
        browser.check(partner);

        browser.open(applicant, "/applications/" + applicationId + "/check");
        assertThat(BrowserSupport.text(applicant, "main")).contains("Har bekräftat");
        applicant.click("#submit button[type=submit]");
        assertThat(BrowserSupport.text(applicant, ".govuk-notification-banner")).contains("RUN 612-");
        browser.check(applicant);

        // A second draft, caught by the deadline, is refused with a clear message and
        // kept
        browser.open(applicant, "/calls/" + callId);
        applicant.click("form[action='/applications'] button[type=submit]");
        long lateId = idIn(applicant.url(), "/applications/(\\d+)/edit");
        scenario.closesAt(callId, se.sif.TestClock.NOW.minusSeconds(60));
        browser.open(applicant, "/applications/" + lateId + "/check");
        applicant.click("#submit button[type=submit]");
        assertThat(BrowserSupport.text(applicant, ".govuk-error-summary")).contains("Sista dag för ansökan");
        browser.check(applicant);

        // The officer records the formal result and the triage grade
        browser.open(officer, "/applications/" + applicationId + "/screening");
        officer.check("input[name=formalComplete][value=true]");
        officer.check("input[name=triageGrade][value='1']");
        officer.check("input[name=outcome][value=TO_PANEL]");
        officer.click("form[action$='/screening'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-tag")).contains("Hos bedömargruppen");
        browser.check(officer);

        // Two assessors score; the first sees only their own until submitted, then the
        // panel's
        Page assessor1 = browser.signIn("assessor1");
        browser.open(assessor1, "/assessment");
        browser.open(assessor1, "/assessment/" + applicationId);
        assertThat(BrowserSupport.text(assessor1, ".govuk-inset-text")).contains("visas när du har skickat in");
        for (String area : new String[] { "PROBLEM_ANALYSIS", "METHOD_AND_EFFECT", "FEASIBILITY", "BUDGET",
                "ANCHORING" }) {
            assessor1.check("#score-" + area + "-VERY_GOOD");
        }
        assessor1.click("button[name=action][value=submit]");
        assertThat(BrowserSupport.text(assessor1, "table")).contains("Mycket väl");
        browser.check(assessor1);

        Page assessor2 = browser.signIn("assessor2");
        browser.open(assessor2, "/assessment/" + applicationId);
        assessor2.check("#score-PROBLEM_ANALYSIS-GOOD");
        assessor2.click("button[name=action][value=submit]");
        assertThat(BrowserSupport.text(assessor2, ".govuk-error-summary")).contains("Välj poäng för");
        browser.check(assessor2);
        for (String area : new String[] { "METHOD_AND_EFFECT", "FEASIBILITY", "BUDGET", "ANCHORING" }) {
            assessor2.check("#score-" + area + "-GOOD");
        }
        assessor2.click("button[name=action][value=submit]");
        assertThat(assessor2.locator("table tbody tr").count()).isEqualTo(2);
        browser.check(assessor2);

        // assessor3 declares a conflict of interest and can no longer score
        Page assessor3 = browser.signIn("assessor3");
        browser.open(assessor3, "/assessment/" + applicationId);
        assessor3.fill("#conflict-reason", "Närstående till projektledaren");
        assessor3.click("form[action$='/conflict'] button[type=submit]");
        assertThat(BrowserSupport.text(assessor3, ".govuk-warning-text")).contains("jäv");
        assertThat(assessor3.locator("button[name=action]").count()).isZero();
        browser.check(assessor3);

        // The officer sees the ranking
        browser.open(officer, "/ranking?callId=" + callId);
        assertThat(BrowserSupport.text(officer, "table")).contains("Familjecoacher i Gullspång").contains("17");

        // The working group proposes, the steering group endorses; until then the board
        // cannot decide
        Page board = browser.signIn("board");
        browser.open(board, "/applications/" + applicationId + "/decision");
        assertThat(board.locator("form[action$='/decision']").count()).isZero();
        browser.open(officer, "/applications/" + applicationId + "/decision");
        officer.check("input[name=recommendation][value=GRANTED]");
        officer.fill("#proposal-amount", "1 200 000");
        officer.fill("#proposal-reasons", "Högst rankad av bedömargruppen");
        officer.click("form[action$='/proposal'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-notification-banner")).contains("styrgruppen");
        browser.check(officer);
        Page steering = browser.signIn("steering");
        browser.open(steering, "/applications/" + applicationId + "/decision");
        steering.click("form[action$='/endorsement'] button[type=submit]");
        assertThat(BrowserSupport.text(steering, ".govuk-notification-banner")).contains("Nämnden kan nu besluta");
        browser.check(steering);

        // The board grants an amount with a condition; the fund shows the money as
        // committed
        browser.open(board, "/applications/" + applicationId + "/decision");
        board.check("input[name=outcome][value=GRANTED]");
        board.fill("#grantedAmount", "1 200 000");
        board.fill("#reasons", "Väl förankrad insats med tydlig målgrupp");
        board.fill("#decidedOn", today.toString());
        board.fill("#minutesParagraph", "§ 42");
        board.fill("#condition", "Detaljerad projektplan med mål, delmål och aktiviteter");
        board.fill("#conditionDueDate", today.plusMonths(3).toString());
        board.click("form[action$='/decision'] button[type=submit]");
        assertThat(BrowserSupport.text(board, "dl")).contains("1 200 000 kr").contains("Detaljerad projektplan");
        browser.check(board);
        browser.open(board, "/funds/1");
        assertThat(BrowserSupport.text(board, "tbody")).contains(String.valueOf(today.getYear()));
        browser.open(board, "/funds/1/grants");
        assertThat(BrowserSupport.text(board, "table")).contains("Familjecoacher i Gullspång").contains("1 200 000 kr");

        // The grant's first payment waits for the condition; the officer records it and
        // pays
        long grantId = jdbc.sql("select id from fund_grant where application_id = :id")
            .param("id", applicationId)
            .query(Long.class)
            .single();
        browser.open(officer, "/grants/" + grantId);
        assertThat(BrowserSupport.text(officer, "table")).contains("Väntar på villkor");
        officer.click("form[action$='/condition-met'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-notification-banner")).contains("uppfyllt");
        // the payment is confirmed on a page of its own, with the reason for paying
        // before
        // the due date; above the second-approval amount a second official pays it
        officer.locator("a[href$='/disbursement']").first().click();
        officer.waitForURL("**/disbursement");
        assertThat(BrowserSupport.text(officer, "h1")).isEqualTo("Bekräfta utbetalning");
        browser.check(officer);
        if (officer.locator("#earlyReason").count() > 0) {
            officer.fill("#earlyReason", "Projektet startar nästa månad och behöver medlen för rekrytering.");
        }
        officer.click("form[action$='/disbursement'] button[type=submit]");
        officer.waitForURL("**/grants/" + grantId);
        if (BrowserSupport.text(officer, ".govuk-notification-banner").contains("begärd")) {
            Page second = browser.signIn("officer2");
            browser.open(second, "/grants/" + grantId);
            second.locator("a[href$='/disbursement']").first().click();
            second.waitForURL("**/disbursement");
            assertThat(BrowserSupport.text(second, "h1")).isEqualTo("Godkänn utbetalning");
            browser.check(second);
            second.click("form[action$='/disbursement'] button[type=submit]");
            second.waitForURL("**/grants/" + grantId);
            assertThat(BrowserSupport.text(second, ".govuk-notification-banner")).contains("bokförd");
        }
        else {
            assertThat(BrowserSupport.text(officer, ".govuk-notification-banner")).contains("bokförd");
        }
        browser.open(officer, "/grants/" + grantId);
        assertThat(BrowserSupport.text(officer, "table")).contains("Utbetald")
            .contains("Projektet startar nästa månad");
        browser.check(officer);
        browser.open(officer, "/funds/1/ledger?year=" + today.getYear() + "&kind=DISBURSEMENT");
        assertThat(BrowserSupport.text(officer, "table")).contains("Familjecoacher i Gullspång");
        browser.open(applicant, "/grants");
        assertThat(BrowserSupport.text(applicant, "table")).contains("Familjecoacher i Gullspång");
        browser.open(applicant, "/grants/" + grantId);
        assertThat(applicant.locator("form").count()).as("the applicant reads the schedule, changes nothing")
            .isEqualTo(1);

        // Under the repayment model the board grants pre-study money and agrees who
        // repays it
        browser.open(board, "/funds/2");
        board.selectOption("#preStudy-recipientOrganisationId",
                new com.microsoft.playwright.options.SelectOption().setLabel("Förskolenämnden, Örebro kommun"));
        board.fill("#preStudy-title", "Kartläggning av språkstöd i förskolan");
        board.fill("#preStudy-amount", "150 000");
        board.click("form[action$='/pre-study-grants'] button[type=submit]");
        assertThat(board.url()).contains("/grants/");
        browser.check(board);
        board.getByLabel("Förlust täcks centralt").check();
        board.selectOption("#parties0organisationId",
                new com.microsoft.playwright.options.SelectOption().setLabel("Socialnämnden, Örebro kommun"));
        board.fill("#parties0share", "50");
        board.fill("#parties0firstYear", String.valueOf(today.getYear() + 1));
        board.fill("#parties0expectedSavings", "100 000; 200 000");
        board.click("form[action$='/repayment-agreement'] button[type=submit]");
        assertThat(BrowserSupport.text(board, ".govuk-notification-banner")).contains("registrerat");
        browser.check(board);
        browser.open(officer, "/funds/2/repayments");
        assertThat(BrowserSupport.text(officer, "main")).contains("Kartläggning av språkstöd i förskolan")
            .contains("50 %");

        // The officer names the project leader and an indicator; the leader reports
        // against the baseline
        long investmentId = jdbc.sql("select id from investment where application_id = :id")
            .param("id", applicationId)
            .query(Long.class)
            .single();
        browser.open(officer, "/investments/" + investmentId);
        officer.selectOption("#projectLeader", "leader");
        officer.click("form[action$='/leader'] button[type=submit]");
        officer.fill("#name", "Antal familjer som erbjudits resursmöte");
        officer.fill("#unit", "antal");
        officer.fill("#baseline", "0");
        officer.fill("#baselinePeriod", String.valueOf(today.getYear()));
        officer.fill("#target", "50");
        officer.click("form[action$='/indicators'] button[type=submit]");
        browser.check(officer);

        Page leader = browser.signIn("leader");
        browser.open(leader, "/investments/" + investmentId);
        leader.fill("#period", "2027");
        leader.fill("#value", "18");
        leader.fill("#groupSize", "3");
        leader.click("form[action$='/values'] button[type=submit]");
        assertThat(BrowserSupport.text(leader, ".govuk-error-summary")).contains("minst 5");
        browser.check(leader);
        leader.fill("#groupSize", "18");
        leader.click("form[action$='/values'] button[type=submit]");
        assertThat(BrowserSupport.text(leader, "table")).contains("2027: 18");
        browser.check(leader);

        // The overview shows calls, applications per state, money and the indicator; also
        // in English
        browser.open(steering, "/overview");
        assertThat(BrowserSupport.text(steering, "main")).contains("Utlysning tidiga insatser 2026")
            .contains("Antal familjer som erbjudits resursmöte");
        browser.open(steering, "/overview?lang=en");
        assertThat(BrowserSupport.text(steering, "h1")).isEqualTo("Fund overview");
        assertThat(steering.locator("html").getAttribute("lang")).isEqualTo("en");

        // Pay-for-success: the officer reads the outcomes contract with its verification
        // forms
        browser.open(officer, "/investments/901");
        assertThat(BrowserSupport.text(officer, "main")).contains("Resultatkontrakt").contains("15 000 kr");
        Page admin = browser.signIn("admin");
        browser.open(admin, "/funds/new");
        admin.click("form[action='/funds'] button[type=submit]");
        assertThat(BrowserSupport.text(admin, ".govuk-error-summary")).contains("Skriv fondens namn");
        browser.check(admin);

        // Every other page of each role, scanned too
        for (String path : new String[] { "/calls", "/applications", "/funds", "/funds/1/grants", "/funds/3",
                "/investments", "/audit", "/applications/" + applicationId,
                "/applications/" + applicationId + "/scores" }) {
            browser.open(officer, path);
        }
        browser.open(applicant, "/applications");
        browser.open(board, "/ranking");
        assertThat(browser.scanned).hasSizeGreaterThan(35);
    }

}
