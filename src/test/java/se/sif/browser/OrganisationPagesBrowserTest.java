package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The organisation pages in a real browser with the axe-core scan: the register, a
 * refused new organisation, the invitation from the officer's page to the invitee's own
 * sign-in, and an organisation's administrator on their own organisation's page. Same
 * context as the other browser tests.
 */
class OrganisationPagesBrowserTest extends BrowserTest {

    @Test
    void anInvitationGoesFromTheOrganisationsPageToTheInviteesFirstSignIn() {
        Page officer = browser.signIn("officer");
        browser.open(officer, "/organisations?kind=MUNICIPALITY&sort=number");
        assertThat(officer.locator("table tbody tr").count()).isPositive();

        browser.open(officer, "/organisations/new");
        officer.fill("#name", "Webbläsarens förening");
        officer.fill("#orgNumber", "212000-1356");
        officer.check("#kind-5");
        officer.fill("#street", "Storgatan 1");
        officer.fill("#postcode", "411 38");
        officer.fill("#town", "Göteborg");
        officer.click("form[action='/organisations'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, "#orgNumber-error")).contains("giltigt organisationsnummer");
        assertThat(officer.inputValue("#orgNumber")).isEqualTo("212000-1356");
        browser.check(officer);
        officer.fill("#orgNumber", "2120001355");
        officer.click("form[action='/organisations'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, "h1")).isEqualTo("Webbläsarens förening");
        browser.check(officer);
        long organisation = idIn(officer.url(), "/organisations/(\\d+)");

        browser.open(officer, "/organisations/" + organisation + "/edit");
        browser.open(officer, "/organisations/" + organisation);
        officer.fill("#email", "forsta.anvandaren@example.se");
        officer.fill("#name", "Första Användaren");
        officer.check("#organisationAdmin");
        officer.click("form[action$='/invitations'] button[type=submit]");
        String link = BrowserSupport.text(officer, ".sif-invitation-link code");
        assertThat(link).contains("/invitations/");
        browser.check(officer);

        Page invitee = browser.anonymous();
        invitee.navigate(link);
        browser.check(invitee);
        invitee.fill("#displayName", "Första Användaren");
        invitee.fill("#password", "kort");
        invitee.click("form button[type=submit]");
        assertThat(BrowserSupport.text(invitee, "#password-error")).contains("minst 12 tecken");
        browser.check(invitee);
        invitee.fill("#password", "ett långt lösenord");
        invitee.click("form button[type=submit]");
        assertThat(invitee.url()).endsWith("/login");
        browser.check(invitee);
        invitee.fill("#username", "forsta.anvandaren@example.se");
        invitee.fill("#password", "ett långt lösenord");
        invitee.click("form[action='/login'] button[type=submit]");
        assertThat(invitee.url()).doesNotContain("/login");
        browser.open(invitee, "/organisations/mine");
        assertThat(BrowserSupport.text(invitee, "h1")).isEqualTo("Webbläsarens förening");
        assertThat(invitee.locator("form[action$='/invitations']").count()).as("its administrator invites")
            .isEqualTo(1);
    }

    @Test
    void anOrganisationsAdministratorSeesTheirOwnOrganisation() {
        Page applicant = browser.signIn("applicant");
        browser.open(applicant, "/organisations/mine");
        assertThat(BrowserSupport.text(applicant, "h1")).isEqualTo("Gullspångs kommun");
        assertThat(applicant.locator("select#role option").allTextContents()).containsExactly("sökande");
        browser.open(applicant, "/organisations/6?lang=en");
        browser.open(applicant, "/organisations/6?lang=sv");
    }

}
