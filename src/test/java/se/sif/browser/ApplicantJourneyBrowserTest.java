package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The applicant's journey through the task list in a real browser, with an accessibility
 * scan of every page: the officer builds a call that asks other questions of research and
 * development than of a method application; the applicant fills every section on its own
 * page, leaves and comes back, checks the answers, and submits once the region has
 * confirmed; the receipt follows; a completion request reopens the one section it names.
 */
class ApplicantJourneyBrowserTest extends BrowserTest {

    @Test
    void anApplicantFillsEverySectionChecksTheAnswersSubmitsAndCompletesOneSection() {
        // The officer builds the call: R&D is asked of its knowledge gap only
        Page officer = browser.signIn("officer");
        browser.open(officer, "/calls/new");
        officer.selectOption("#fundId", "1");
        officer.fill("#title", "Tidiga insatser, två projekttyper");
        officer.fill("#deadlineDate", se.sif.TestClock.TODAY.plusDays(30).toString());
        officer.fill("#deadlineTime", "16:00");
        officer.fill("#budgetCeiling", "5 000 000");
        for (String extra : new String[] { "researchDesign", "specialistCompetence", "ethicsReview",
                "disseminationOfKnowledge" }) {
            officer.locator("input[name='projectTypes[RESEARCH_AND_DEVELOPMENT].criteria'][value=" + extra + "]")
                .uncheck();
        }
        browser.check(officer);
        officer.click("form[action='/calls'] button[type=submit]");
        long callId = idIn(officer.url(), "/calls/(\\d+)");
        officer.click("form[action$='/publication'] button[type=submit]");
        assertThat(BrowserSupport.text(officer, ".govuk-tag")).contains("Öppen");

        Page applicant = browser.signIn("applicant");
        browser.open(applicant, "/calls/" + callId);
        applicant.click("form[action='/applications'] button[type=submit]");
        long id = idIn(applicant.url(), "/applications/(\\d+)/edit");
        browser.check(applicant);
        assertThat(BrowserSupport.text(applicant, "main")).contains("0 av 15");

        // each section on its page; save and continue leads to the next
        section(applicant, id, "about");
        applicant.fill("#title", "Familjeträffar i Gullspång");
        applicant.getByLabel("Forskning och utveckling").check();
        applicant.fill("#requestedAmount", "1 200 000");
        save(applicant, "target-group");
        applicant.fill("#targetGroup", "Barn 3–10 år med hög frånvaro och deras familjer");
        applicant.fill("#ageFrom", "3");
        applicant.fill("#ageTo", "10");
        applicant.fill("#groupSize", "120");
        applicant.fill("#selection", "Närvaro under 85 procent");
        applicant.fill("#need", "Frånvaron ökar i årskurs 1–4");
        save(applicant, "method");
        applicant.getByLabel("Ny", new Page.GetByLabelOptions().setExact(true)).check();
        applicant.fill("#method", "Familjecoach och resursmöten");
        save(applicant, "effects");
        applicant.fill("#definedEffect", "Fler barn klarar grundskolan");
        applicant.fill("#effectsAppear", "Närvaron inom ett år, betygen efter fem");
        save(applicant, "separate");
        applicant.fill("#separateFromOperations", "Skola, socialtjänst och vårdcentral arbetar i ett team");
        save(applicant, "period");
        applicant.fill("#startDate", "2027-01-01");
        applicant.fill("#endDate", "2028-12-31");
        save(applicant, "partners");
        // the co-applicant is chosen from the register, grouped by kind of principal
        applicant.selectOption("#addPartner",
                new com.microsoft.playwright.options.SelectOption().setLabel("Västra Götalandsregionen"));
        applicant.fill("#coFinancing", "Arbetstid från skola och vårdcentral");
        // a new partner keeps the page open so its row can be filled
        applicant.click("form[action$='/sections/partners'] button[type=submit]");
        applicant.locator("#parties1role").waitFor();
        assertThat(applicant.url()).endsWith("/sections/partners");
        for (int party = 0; party < 2; party++) {
            applicant.fill("#parties" + party + "role", party == 0 ? "Huvudsökande" : "Vårdcentralen");
            applicant.fill("#parties" + party + "receivingParty", party == 0 ? "Skolchefen" : "Verksamhetschefen");
            applicant.fill("#parties" + party + "coFinancing0hours", "400");
            applicant.fill("#parties" + party + "coFinancing0value", "200 000");
        }
        browser.check(applicant);
        save(applicant, "measurement");
        applicant.fill("#measurability", "Närvaro och betyg per elev");
        applicant.fill("#measurementSystem", "Skolans närvaroregistrering varje termin");
        save(applicant, "indicators");
        applicant.fill("#indicators0definition", "Andel elever med närvaro under 85 procent");
        applicant.fill("#indicators0unit", "procent");
        applicant.check("#indicators0direction-2");
        applicant.fill("#indicators0baselineValue", "30");
        applicant.fill("#indicators0baselineDate", "2026-08-31");
        applicant.fill("#indicators0targetValue", "40");
        applicant.fill("#indicators0targetDate", "2028-06-30");
        applicant.fill("#indicators0dataSource", "Närvaroregistrering");
        applicant.fill("#indicators0frequency", "Varje termin");
        // a target that goes the wrong way is named beside the field, the rest kept
        applicant.click("form[action$='/sections/indicators'] button[type=submit]");
        assertThat(BrowserSupport.text(applicant, ".govuk-error-summary")).contains("fel håll");
        assertThat(applicant.inputValue("#indicators0definition"))
            .isEqualTo("Andel elever med närvaro under 85 procent");
        browser.check(applicant);
        applicant.fill("#indicators0targetValue", "20");
        save(applicant, "implementation");

        // leave and come back: what was saved is there, with each section's status
        browser.open(applicant, "/");
        browser.open(applicant, "/applications/" + id + "/edit");
        assertThat(BrowserSupport.text(applicant, "main")).contains("9 av 15");
        section(applicant, id, "implementation");
        applicant.fill("#implementationPlan", "Hösten 2027 i två skolor, våren 2028 i alla");
        save(applicant, "continuation");
        applicant.fill("#continuation", "Elevhälsan tar över arbetssättet");
        save(applicant, "management");
        applicant.fill("#projectLeader", "Anna Andersson, rektor");
        applicant.getByLabel("Ja", new Page.GetByLabelOptions().setExact(true)).check();
        applicant.fill("#steeringGroup", "Skolchef, socialchef och verksamhetschef");
        save(applicant, "budget");
        applicant.fill("#budget0cells0amount", "700 000");
        applicant.fill("#budget0cells1amount", "500 000");
        save(applicant, "project-type");
        // the chosen type asks only its own question
        assertThat(applicant.locator("textarea[name^=typeAnswers]").count()).isEqualTo(1);
        applicant.fill("textarea[name='typeAnswers[knowledgeGap]']", "Ingen har prövat familjeträffar i glesbygd");
        save(applicant, "calculation");
        scenario.calculation(id);

        browser.open(applicant, "/applications/" + id + "/check");
        assertThat(BrowserSupport.text(applicant, "main")).contains("Andel elever med närvaro under 85 procent")
            .contains("1 200 000 kr")
            .contains("Verksamhetschefen");
        browser.check(applicant);
        applicant.click("#submit button[type=submit]");
        assertThat(BrowserSupport.text(applicant, ".govuk-error-summary")).contains("Västra Götalandsregionen");

        scenario.confirmAsPartner(id);
        browser.open(applicant, "/applications/" + id + "/check");
        applicant.click("#submit button[type=submit]");
        assertThat(applicant.url()).endsWith("/applications/" + id + "/receipt");
        assertThat(BrowserSupport.text(applicant, "main")).contains("RUN 612-");
        browser.check(applicant);

        // the officer asks for a completion of the budget
        browser.open(officer, "/applications/" + id + "/screening");
        officer.check("input[name=formalComplete][value=true]");
        officer.check("input[name=triageGrade][value='2']");
        officer.check("input[name=outcome][value=COMPLETION_REQUESTED]");
        officer.fill("#reasonsText", "Fördela kostnaderna på fler kostnadsslag.");
        officer.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).check();
        officer.fill("#completionDeadline", se.sif.TestClock.TODAY.plusDays(14).toString());
        officer.click("form[action$='/screening'] button[type=submit]");
        browser.check(officer);

        // only the budget is open to the applicant
        browser.open(applicant, "/applications/" + id + "/edit");
        assertThat(applicant.locator("a.govuk-task-list__link").count()).isEqualTo(1);
        browser.check(applicant);
        section(applicant, id, "budget");
        applicant.fill("#budget1cells0amount", "100 000");
        applicant.click("form[action$='/sections/budget'] button[type=submit]");
        applicant.waitForURL("**/edit");
        browser.open(applicant, "/applications/" + id + "/check");
        applicant.click("#submit button[type=submit]");
        assertThat(applicant.url()).endsWith("/applications/" + id + "/receipt");
        browser.check(applicant);
    }

    private void section(Page applicant, long id, String path) {
        browser.open(applicant, "/applications/" + id + "/sections/" + path);
        browser.check(applicant);
    }

    /** Saves the section shown and checks the next one it leads to. */
    private void save(Page applicant, String next) {
        // a save under way when the button is pressed is waited for, then the form goes
        applicant.click("form[action*='/sections/'] button[type=submit]");
        applicant.waitForURL("**/sections/" + next);
        browser.check(applicant);
    }

}
