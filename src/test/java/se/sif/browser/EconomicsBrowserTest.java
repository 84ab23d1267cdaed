package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An applicant builds the socio-economic calculation of their own draft application in a
 * real browser, page by page as the task list leads — settings, actors, costs, an outcome
 * with its value to four actors (one from the unit-cost library) — and reads who pays and
 * who gains. Every page visited passes the axe scan (WCAG 2.1 AA), including the outcome
 * page shown again with a validation error. Same context as {@link ThinPathBrowserTest}.
 */
class EconomicsBrowserTest extends BrowserTest {

    @Test
    void anApplicantBuildsTheCalculationOfTheirDraft() {
        long callId = scenario.openCall("Utlysning för kalkyltest");

        // The applicant starts an application and opens its calculation from the
        // application's page
        Page applicant = browser.signIn("applicant");
        browser.open(applicant, "/calls/" + callId);
        follow(applicant, "form[action='/applications'] button[type=submit]");
        long applicationId = idIn(applicant.url(), "/applications/(\\d+)/edit");
        browser.open(applicant, "/applications/" + applicationId + "/sections/about");
        applicant.fill("#title", "Familjecoacher i Gullspång");
        follow(applicant, "form[action$='/sections/about'] button[type=submit]");
        browser.open(applicant, "/applications/" + applicationId);
        browser.check(applicant);
        follow(applicant, "a[href='/applications/" + applicationId + "/calculation']");
        String base = "/applications/" + applicationId + "/calculation";
        assertThat(applicant.url()).endsWith(base);
        assertThat(BrowserSupport.text(applicant, "h1")).isEqualTo("Samhällsekonomisk kalkyl");
        assertThat(BrowserSupport.text(applicant, "main")).contains("Ingen kalkyl är sparad ännu");
        browser.check(applicant);

        // Settings: ten years ahead in 2023 prices, the price base of the unit-cost
        // library
        follow(applicant, "a[href='" + base + "/settings']");
        browser.check(applicant);
        assertThat(applicant.inputValue("#startYear")).as("a new calculation starts the year the project does")
            .isNotBlank();
        applicant.fill("#name", "Familjecoacher – prognos");
        applicant.fill("#startYear", "2027");
        applicant.fill("#interventionYears", "3");
        applicant.fill("#horizonYears", "10");
        applicant.fill("#priceBaseYear", "2023");
        applicant.selectOption("#perspective", "SOCIETY");
        applicant.selectOption("#priceIndexVersion", "scb-kpi-1980-100-2023");
        save(applicant, "/settings");
        assertThat(BrowserSupport.text(applicant, ".govuk-notification-banner")).contains("version 1");
        browser.check(applicant);

        // Actors: three rows are offered; saving gives room for the fourth
        follow(applicant, "a[href='" + base + "/actors']");
        browser.check(applicant);
        actor(applicant, 0, "skola", "Gullspångs kommun – skolan", "MUNICIPALITY_BOARD");
        actor(applicant, 1, "soc", "Gullspångs kommun – socialtjänsten", "MUNICIPALITY_BOARD");
        actor(applicant, 2, "region", "Västra Götalandsregionen", "REGION");
        applicant.check("#rows1ownerOrganisation");
        save(applicant, "/actors");
        assertThat(BrowserSupport.text(applicant, ".govuk-notification-banner")).contains("version 2");
        follow(applicant, "a[href='" + base + "/actors']");
        assertThat(applicant.inputValue("#rows2id")).isEqualTo("region");
        actor(applicant, 3, "staten", "Staten", "STATE");
        browser.check(applicant);
        save(applicant, "/actors");
        assertThat(BrowserSupport.text(applicant, ".govuk-notification-banner")).contains("version 3");

        // Costs: the municipality's social services, every year of the intervention
        follow(applicant, "a[href='" + base + "/costs']");
        for (int year = 0; year < 3; year++) {
            applicant.selectOption("#rows" + year + "actorId", "soc");
            applicant.fill("#rows" + year + "year", String.valueOf(year));
            applicant.fill("#rows" + year + "amount", "400 000");
            applicant.selectOption("#rows" + year + "type", "STAFF_TIME");
            applicant.selectOption("#rows" + year + "confidenceGrade", "2");
        }
        // an amount that cannot be read is shown again as typed, beside its cell and in
        // the summary
        applicant.fill("#rows1amount", "12,5,5");
        save(applicant, "/costs");
        assertThat(BrowserSupport.text(applicant, ".govuk-error-summary"))
            .contains("Skriv beloppet i kronor med siffror");
        assertThat(applicant.locator(".govuk-error-summary a[href='#rows1amount']").count()).isEqualTo(1);
        assertThat(BrowserSupport.text(applicant, "#rows1amount-error")).contains("Skriv beloppet i kronor");
        assertThat(applicant.inputValue("#rows1amount")).isEqualTo("12,5,5");
        assertThat(applicant.inputValue("#rows0amount")).isEqualTo("400 000");
        browser.check(applicant);
        applicant.fill("#rows1amount", "400 000");
        save(applicant, "/costs");
        assertThat(BrowserSupport.text(applicant, ".govuk-notification-banner")).contains("version 4");

        // An outcome: an impact of 150 % is shown again with the problem beside it and
        // everything typed kept
        follow(applicant, "a[href='" + base + "/outcomes/new']");
        browser.check(applicant);
        applicant.fill("#name", "Färre familjer behöver försörjningsstöd");
        applicant.fill("#population", "40");
        applicant.fill("#engagement", "80");
        applicant.fill("#impact", "150");
        applicant.fill("#deadweight", "20");
        applicant.fill("#lagYears", "1");
        applicant.fill("#durationYears", "5");
        stream(applicant, 0, "skola", null, "25 000", "FISCAL", "30");
        stream(applicant, 1, "soc", "financial_assistance_household_year", "0,5", null, null);
        stream(applicant, 2, "region", null, "8 000", "FISCAL", "20");
        save(applicant, "/outcomes/new");
        assertThat(BrowserSupport.text(applicant, ".govuk-error-summary")).contains("Ange en andel mellan 0 och 100 %");
        assertThat(applicant.locator(".govuk-error-summary a[href='#impact']").count()).isEqualTo(1);
        assertThat(BrowserSupport.text(applicant, "#impact-error")).contains("Ange en andel mellan 0 och 100 %");
        assertThat(applicant.getAttribute("#impact", "aria-describedby")).contains("impact-error");
        assertThat(applicant.inputValue("#impact")).isEqualTo("150");
        assertThat(applicant.inputValue("#population")).isEqualTo("40");
        assertThat(applicant.inputValue("#name")).isEqualTo("Färre familjer behöver försörjningsstöd");
        assertThat(applicant.inputValue("#streams0unitValue")).isEqualTo("25 000");
        assertThat(applicant.inputValue("#streams1unitCostCode")).isEqualTo("financial_assistance_household_year");
        assertThat(applicant.inputValue("#streams1quantity")).isEqualTo("0,5");
        assertThat(applicant.inputValue("#streams2actorId")).isEqualTo("region");
        browser.check(applicant);
        applicant.fill("#impact", "30");
        save(applicant, "/outcomes/new");
        assertThat(BrowserSupport.text(applicant, ".govuk-notification-banner")).contains("version 5");

        // ...and its value to the state, in the row the saved outcome now offers
        follow(applicant, "a[href='" + base + "/outcomes/0']");
        assertThat(BrowserSupport.text(applicant, "main")).as("the unit cost is pinned to its version")
            .contains("version 1");
        stream(applicant, 3, "staten", null, "12 000", "ECONOMIC", "0");
        browser.check(applicant);
        save(applicant, "/outcomes/0");
        assertThat(BrowserSupport.text(applicant, ".govuk-notification-banner")).contains("version 6");
        assertThat(applicant.locator(".govuk-warning-text").count()).as("the calculation computes").isZero();
        assertThat(BrowserSupport.text(applicant, ".govuk-summary-list")).contains("Nettonuvärde");
        browser.check(applicant);

        // The results: who pays and who gains, and the cumulative net of each actor over
        // the years
        follow(applicant, "a[href='" + base + "/versions/6']:not([href*='export'])");
        assertThat(BrowserSupport.text(applicant, "h1")).isEqualTo("Resultat, version 6");
        var byActor = applicant.locator("table", new Page.LocatorOptions().setHasText("Nuvärden per aktör"));
        assertThat(byActor.locator("tbody tr").count()).isEqualTo(4);
        assertThat(byActor.locator("tbody").textContent()).contains("Gullspångs kommun – skolan")
            .contains("Gullspångs kommun – socialtjänsten")
            .contains("Västra Götalandsregionen")
            .contains("Staten");
        assertThat(applicant.locator("figure.sif-figure svg[role=img] polyline").count()).isEqualTo(4);
        assertThat(BrowserSupport.text(applicant, "figure.sif-figure figcaption")).contains("Staten");
        var cumulative = applicant.locator("table", new Page.LocatorOptions().setHasText("Ackumulerat netto per år"));
        assertThat(cumulative.locator("tbody tr").count()).isEqualTo(10);
        assertThat(cumulative.locator("tbody tr").first().textContent()).contains("2027");
        assertThat(applicant.locator("a[href='" + base + "/versions/6/export.xlsx']").count()).isGreaterThan(0);
        browser.check(applicant);

        // The same page in English, and the library the unit cost came from
        browser.open(applicant, base + "/versions/6?lang=en");
        assertThat(applicant.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(BrowserSupport.text(applicant, "h1")).isEqualTo("Results, version 6");
        assertThat(BrowserSupport.text(applicant, "main")).contains("Who pays and who gains");
        browser.open(applicant, "/unit-costs?lang=sv");
        assertThat(BrowserSupport.text(applicant, "main")).contains("Ekonomiskt bistånd per biståndshushåll och år");
        browser.open(applicant, base);
        assertThat(browser.scanned).contains(base + "/settings", base + "/actors", base + "/costs",
                base + "/outcomes/0", base + "/versions/6", base + "/versions/6?lang=en", "/unit-costs?lang=sv");
        assertThat(browser.scanned.stream().filter(p -> p.equals(base + "/outcomes/new")))
            .as("the new outcome's page, empty and with its error")
            .hasSize(2);
    }

    @Test
    void afterTheGrantTheLeaderRecordsWhatWasRealisedAndOfficialsSeeThePortfolioAndThePlan() {
        // The project leader re-runs the demo forecast of Utmanande avstamp 2 with the
        // indicator's measured effect
        Page leader = browser.signIn("leader");
        browser.open(leader, "/applications/3/calculation");
        browser.check(leader);
        follow(leader, "form[action='/applications/3/calculation/realised'] button[type=submit]");
        assertThat(leader.url()).endsWith("/applications/3/calculation/compare");
        assertThat(BrowserSupport.text(leader, "main")).contains("Prognos").contains("Utfall").contains("19,4 %");
        browser.check(leader);

        // Officials: the results with a Monte Carlo, the repayment plan it proposes, the
        // portfolio, the library
        Page officer = browser.signIn("officer");
        for (String path : List.of("/applications/3/calculation/versions/1?draws=2000&seed=3",
                "/applications/3/calculation/versions/1/repayment-plan", "/funds/1/portfolio", "/unit-costs",
                "/unit-costs/hvb_care_day_youth", "/unit-costs/new", "/parameter-sets")) {
            browser.open(officer, path);
            assertThat(officer.title()).doesNotContain("Fel");
            browser.check(officer);
        }
        // An own optimism-bias table with a share out of range is refused beside the
        // field, typed values kept
        officer.fill("#version", "browser-" + System.nanoTime());
        for (int g = 0; g <= 5; g++) {
            officer.fill("#grades" + g + "uplift", String.valueOf(g * 10));
            officer.fill("#grades" + g + "reduction", g == 5 ? "150" : String.valueOf(g * 10));
        }
        follow(officer, "form[action='/parameter-sets/optimism-bias'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-error-summary")).contains("100");
        assertThat(officer.inputValue("#grades5reduction")).isEqualTo("150");
        browser.check(officer);
        officer.fill("#grades5reduction", "50");
        follow(officer, "form[action='/parameter-sets/optimism-bias'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, "main")).contains("är sparad");

        browser.open(officer, "/funds/1/portfolio");
        follow(officer, "form[action='/funds/1/portfolio/monte-carlo'] button[type=submit]");
        assertThat(officer.url()).matches(".*/jobs/\\d+");
        browser.check(officer);
    }

    private static void save(Page page, String part) {
        follow(page, "form[action$='/calculation" + part + "'] button[type=submit]");
    }

    /**
     * Clicks a link or button and waits for the page it leads to, so what is read next is
     * the whole new page.
     */
    private static void follow(Page page, String selector) {
        page.waitForNavigation(() -> page.click(selector));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    }

    private static void actor(Page page, int row, String id, String name, String kind) {
        page.fill("#rows" + row + "id", id);
        page.fill("#rows" + row + "name", name);
        page.selectOption("#rows" + row + "kind", kind);
    }

    /**
     * One value stream: a library unit cost with a quantity, or an own value in kronor.
     */
    private static void stream(Page page, int row, String actor, String unitCost, String valueOrQuantity, String kind,
            String cashablePercent) {
        String p = "#streams" + row;
        page.selectOption(p + "actorId", actor);
        if (unitCost != null) {
            page.selectOption(p + "unitCostCode", unitCost);
            page.fill(p + "quantity", valueOrQuantity);
        }
        else {
            page.fill(p + "unitValue", valueOrQuantity);
        }
        if (kind != null) {
            page.selectOption(p + "kind", kind);
        }
        if (cashablePercent != null) {
            page.fill(p + "cashableShare", cashablePercent);
        }
    }

}
