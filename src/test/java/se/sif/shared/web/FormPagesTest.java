package se.sif.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;

/**
 * Every form of every page, as its user sees it: each field once, and what is typed is
 * what is stored. The multi-line fields were once rendered twice (a fragment selector
 * matched the textarea element too), so the browser posted both and the stored text
 * became "text," or the text doubled.
 */
@SifIntegrationTest
class FormPagesTest {

    static final String TYPED = "Rad ett, med komma\nRad två – och ”citat”, å ä ö";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scenario scenario;

    @Autowired
    Api api;

    record Visit(String user, String path) {
    }

    @Test
    void everyFormOnEveryPageShowsEachFieldOnce() throws Exception {
        long call = scenario.openCall("Formulär en gång");
        long draft = scenario.draft(call);
        scenario.fill(draft, 1_000_000_00L);
        long submitted = scenario.submitted(call, 1_000_000_00L);
        long inPanel = scenario.submitted(call, 1_000_000_00L);
        scenario.toPanel(inPanel);
        long granted = scenario.submitted(call, 1_000_000_00L);
        scenario.toPanel(granted);
        assertThat(scenario.grant(granted, 1_000_000_00L).status()).isBetween(200, 201);
        long investment = jdbc.sql("select id from investment where application_id = :a")
            .param("a", granted)
            .query(Long.class)
            .single();
        long grant = jdbc.sql("select min(id) from fund_grant").query(Long.class).single();
        long receipt = jdbc.sql("select max(id) from notification_outbox").query(Long.class).single();
        String calculation = "/applications/" + draft + "/calculation";
        List<Visit> visits = new ArrayList<>(List.of(new Visit("applicant", "/calls/" + call),
                new Visit("applicant", "/applications/" + draft),
                new Visit("applicant", "/applications/" + draft + "/edit"),
                new Visit("applicant", "/applications/" + draft + "/check"),
                new Visit("applicant", calculation + "/settings"), new Visit("applicant", calculation + "/actors"),
                new Visit("applicant", calculation + "/costs"), new Visit("applicant", calculation + "/outcomes/new"),
                new Visit("applicant", calculation + "/uncertainties"), new Visit("officer", "/calls/new"),
                new Visit("officer", "/applications/" + submitted + "/screening"),
                new Visit("officer", "/applications/" + submitted + "/triage"),
                new Visit("applicant", "/applications/" + submitted + "/receipt"),
                new Visit("officer", "/applications/" + inPanel + "/decision"), new Visit("officer", "/funds/1"),
                new Visit("officer", "/applications?callId=" + call + "&status=SUBMITTED&text=Tidiga&sort=amount"),
                new Visit("applicant", "/applications?callId=" + call),
                new Visit("officer", "/investments/" + investment), new Visit("officer", "/grants/" + grant),
                new Visit("officer", "/unit-costs"), new Visit("officer", "/parameter-sets"),
                new Visit("officer", "/unit-costs/new"), new Visit("officer", "/funds/1/portfolio"),
                new Visit("assessor1", "/assessment/" + inPanel), new Visit("board", "/funds/1"),
                new Visit("board", "/funds/2/repayments"), new Visit("board", "/grants/" + grant),
                new Visit("admin", "/funds/new"), new Visit("leader", "/investments/" + investment),
                new Visit("officer", "/funds/1/ledger"), new Visit("board", "/funds/1/ledger"),
                new Visit("officer", "/funds/2/repayments"), new Visit("officer", "/investments/901"),
                new Visit("board", "/investments/" + payForSuccessInvestment("Formulär en gång, resultat")),
                new Visit("leader", "/applications/3/calculation/outcomes/0"),
                new Visit("board", "/applications/3/calculation/versions/1/repayment-plan"),
                new Visit("officer", "/unit-costs/prison_day"), new Visit("admin", "/admin/outbox"),
                new Visit("admin", "/admin/outbox/" + receipt), new Visit("officer", "/organisations/new"),
                new Visit("officer", "/organisations/7"), new Visit("officer", "/organisations/7/edit"),
                new Visit("applicant", "/organisations/6"), new Visit("applicant-boras", "/organisations/7")));
        for (String section : SECTIONS) {
            visits.add(new Visit("applicant", "/applications/" + draft + "/sections/" + section));
        }
        List<String> twice = new ArrayList<>();
        List<String> labelsApart = new ArrayList<>();
        for (Visit visit : visits) {
            Document page = PageForm.page(mvc, visit.user(), visit.path());
            PageForm.namesRenderedTwice(page).forEach(n -> twice.add(visit.path() + " as " + visit.user() + ": " + n));
            // GOV.UK draws a box's tick and its focus ring on the label right after the
            // input (input:checked + label): anything in between and a ticked box looks
            // empty, a focused one unfocused
            page.select("input.govuk-checkboxes__input, input.govuk-radios__input").forEach(input -> {
                var next = input.nextElementSibling();
                if (next == null || !next.tagName().equals("label")) {
                    labelsApart.add(visit.path() + ": " + input.attr("name") + "=" + input.val());
                }
            });
        }
        assertThat(twice).as("fields rendered more than once in one form").isEmpty();
        assertThat(labelsApart).as("a box or radio whose label does not follow it").isEmpty();
    }

    /** The task list's section pages, each a form of its own. */
    static final List<String> SECTIONS = List.of("about", "target-group", "method", "effects", "separate", "period",
            "partners", "measurement", "indicators", "implementation", "continuation", "management", "budget",
            "project-type", "calculation");

    /** The free texts of each section page. */
    static final Map<String, List<String>> TEXTS = Map.of("target-group", List.of("targetGroup", "selection", "need"),
            "method", List.of("method", "methodReferences"), "effects", List.of("definedEffect", "effectsAppear"),
            "separate", List.of("separateFromOperations"), "partners", List.of("coFinancing"), "measurement",
            List.of("measurability", "measurementSystem"), "implementation", List.of("implementationPlan"),
            "continuation", List.of("continuation"), "management", List.of("projectLeader", "steeringGroup"));

    @Test
    void whatTheApplicantTypesIsWhatIsStoredAndShown() throws Exception {
        long draft = scenario.draft(scenario.openCall("Skrivet är sparat"));
        String sections = "/applications/" + draft + "/sections/";
        PageForm.of(mvc, "applicant", sections + "about", sections + "about")
            .type("title", "Familjeträffar, steg 2")
            .type("requestedAmount", "1 500 000")
            .submit();
        PageForm.of(mvc, "applicant", sections + "period", sections + "period")
            .type("startDate", "2027-01-01")
            .type("endDate", "2028-12-31")
            .submit();
        for (Map.Entry<String, List<String>> section : TEXTS.entrySet()) {
            PageForm form = PageForm.of(mvc, "applicant", sections + section.getKey(), sections + section.getKey());
            section.getValue().forEach(field -> form.type(field, field + ": " + TYPED));
            MvcResult saved = form.submit();
            assertThat(saved.getResponse().getStatus()).as(section.getKey()).isEqualTo(302);
        }

        for (Map.Entry<String, List<String>> section : TEXTS.entrySet()) {
            Document again = PageForm.page(mvc, "applicant", sections + section.getKey());
            for (String field : section.getValue()) {
                assertThat(PageForm.shown(again, field)).as(field).isEqualTo(field + ": " + TYPED);
            }
        }
        Document about = PageForm.page(mvc, "applicant", sections + "about");
        assertThat(PageForm.shown(about, "title")).isEqualTo("Familjeträffar, steg 2");
        assertThat(PageForm.shown(about, "requestedAmount")).isEqualTo("1 500 000");
        assertThat(jdbc.sql("select method from application where id = :id")
            .param("id", draft)
            .query(String.class)
            .single()).isEqualTo("method: " + TYPED);

        // Saved again untouched, nothing changes: a field shown twice would double its
        // text here
        for (String section : TEXTS.keySet()) {
            PageForm.of(mvc, "applicant", sections + section, sections + section).submit();
        }
        for (Map.Entry<String, List<String>> section : TEXTS.entrySet()) {
            Document again = PageForm.page(mvc, "applicant", sections + section.getKey());
            for (String field : section.getValue()) {
                assertThat(PageForm.shown(again, field)).as(field).isEqualTo(field + ": " + TYPED);
            }
        }
    }

    @Test
    void whatTheWorkingGroupTypesIntoTheTriageIsStored() throws Exception {
        long application = scenario.submitted(scenario.openCall("Skrivet är sparat, triagering"), 1_000_000_00L);
        String triage = "/applications/" + application + "/triage";
        PageForm.of(mvc, "officer2", triage, "/declaration")
            .choose("conflict", "true")
            .type("declarationNote", TYPED)
            .submit();
        assertThat(text("select note from triage_declaration where application_id = :id", application))
            .isEqualTo(TYPED);
        PageForm.of(mvc, "officer", triage, "/declaration").choose("conflict", "false").submit();
        PageForm.of(mvc, "officer", triage, "/grade").choose("grade", "2").type("gradeNote", TYPED).submit();
        assertThat(text("select note from triage_grade where application_id = :id", application)).isEqualTo(TYPED);
        PageForm.of(mvc, "officer", triage, "/agreement")
            .choose("agreedGrade", "2")
            .type("agreementNote", TYPED)
            .submit();
        assertThat(text("select note from triage_agreement where application_id = :id", application)).isEqualTo(TYPED);
    }

    @Test
    void whatOfficersAssessorsAndTheBoardTypeIsWhatIsStored() throws Exception {
        long call = scenario.openCall("Skrivet är sparat, beslut");
        long application = scenario.submitted(call, 1_000_000_00L);
        String screening = "/applications/" + application + "/screening";
        PageForm.of(mvc, "officer", screening, screening)
            .choose("formalComplete", "true")
            .type("formalNotes", TYPED)
            .choose("triageGrade", "1")
            .choose("outcome", "TO_PANEL")
            .submit();
        assertThat(text("select formal_notes from screening_result where application_id = :id", application))
            .isEqualTo(TYPED);

        String score = "/assessment/" + application;
        PageForm.of(mvc, "assessor1", score, score).type("comment", TYPED).submit();
        assertThat(text("select comment from assessment where application_id = :id and assessor = 'assessor1'",
                application))
            .isEqualTo(TYPED);
        PageForm scoring = PageForm.of(mvc, "assessor1", score, score);
        for (String area : List.of("PROBLEM_ANALYSIS", "METHOD_AND_EFFECT", "FEASIBILITY", "BUDGET", "ANCHORING")) {
            scoring.choose("scores[" + area + "]", "GOOD");
        }
        MvcResult submitted = scoring.press("action", "submit");
        assertThat(submitted.getResponse().getRedirectedUrl()).as(submitted.getResponse().getContentAsString())
            .isEqualTo(score);
        assertThat(jdbc.sql("""
                select count(*) from assessment_score s join assessment a on a.id = s.assessment_id
                where a.application_id = :id and a.assessor = 'assessor1' and a.submitted_at is not null""")
            .param("id", application)
            .query(Long.class)
            .single()).isEqualTo(5);

        String decisionPage = "/applications/" + application + "/decision";
        PageForm.of(mvc, "officer", decisionPage, "/proposal")
            .choose("recommendation", "GRANTED")
            .type("amount", "1 000 000")
            .type("reasons", TYPED)
            .submit();
        assertThat(text("select reasons from decision_proposal where application_id = :id", application))
            .isEqualTo(TYPED);
        PageForm.of(mvc, "steering", decisionPage, "/endorsement").submit();
        MvcResult decided = PageForm.of(mvc, "board", decisionPage, "/decision")
            .choose("outcome", "GRANTED")
            .type("grantedAmount", "1 000 000")
            .type("reasons", TYPED)
            .type("minutesParagraph", "§ 12")
            .type("condition", TYPED)
            .submit();
        assertThat(decided.getResponse().getRedirectedUrl()).as(decided.getResponse().getContentAsString())
            .isEqualTo(decisionPage);
        assertThat(text("select reasons from decision where application_id = :id", application)).isEqualTo(TYPED);
    }

    @Test
    void whatTheAdministratorTypesIntoANewFundIsStored() throws Exception {
        MvcResult created = PageForm.of(mvc, "admin", "/funds/new", "/funds")
            .type("name", "Fond för formulärtest")
            .choose("ownerOrganisationId",
                    String.valueOf(jdbc.sql("select min(id) from organisation").query(Long.class).single()))
            .type("purpose", TYPED)
            .choose("model", "APPROPRIATION")
            .type("focus", TYPED)
            .type("focusFrom", "2027")
            .type("focusTo", "2028")
            .submit();
        assertThat(created.getResponse().getRedirectedUrl()).as(created.getResponse().getContentAsString())
            .startsWith("/funds/");
        assertThat(
                jdbc.sql("select purpose from fund where name = 'Fond för formulärtest'").query(String.class).single())
            .isEqualTo(TYPED);
    }

    @Test
    void whatIsTypedIntoTheMoneyStepsIsStored() throws Exception {
        // the officer records a grant's condition as met on a typed day
        long application = scenario.submitted(scenario.openCall("Skrivet är sparat, villkor"), 100_000_00L);
        scenario.toPanel(application);
        assertThat(scenario.grant(application, 100_000_00L).status()).isEqualTo(201);
        long grant = jdbc.sql("select id from fund_grant where application_id = :a")
            .param("a", application)
            .query(Long.class)
            .single();
        String grantPage = "/grants/" + grant;
        String metOn = se.sif.TestClock.TODAY.minusDays(2).toString();
        assertThat(PageForm.of(mvc, "officer", grantPage, "/condition-met")
            .type("metOn", metOn)
            .submit()
            .getResponse()
            .getRedirectedUrl()).isEqualTo(grantPage);
        assertThat(text(
                "select condition_met_on::text from grant_payment where grant_id = :id and condition_text is not null",
                grant))
            .isEqualTo(metOn);

        // the board corrects a transaction with a typed reason
        long appropriation = api
            .post("board", "/api/v1/funds/1/appropriations",
                    """
                            {"fiscalYear": %d, "amountOre": 100000, "description": "Rättas strax"}"""
                        .formatted(se.sif.TestClock.YEAR + 1))
            .id();
        String ledger = "/funds/1/ledger";
        String reason = "Fel år, ”citat” och å ä ö";
        assertThat(PageForm.of(mvc, "board", ledger, "/transactions/" + appropriation + "/reversal")
            .type("reason", reason)
            .submit()
            .getResponse()
            .getRedirectedUrl()).isEqualTo(ledger);
        assertThat(text("select description from ledger_transaction where reverses_id = :id", appropriation))
            .isEqualTo("Rättelse av transaktion " + appropriation + ": " + reason);

        // under the repayment model the officer generates a typed year's claims and the
        // board writes one off with a typed reason
        long fund = api.post("admin", "/api/v1/funds", """
                {"name": "Fond för formulär, återföring", "ownerOrganisationId": 102, "purpose": "Test",
                 "economicModel": "REPAYMENT", "carryOver": true}""").id();
        int year = se.sif.TestClock.YEAR;
        assertThat(api.post("board", "/api/v1/funds/" + fund + "/appropriations", """
                {"fiscalYear": %d, "amountOre": 100000000, "description": "Avsättning"}""".formatted(year)).status())
            .isEqualTo(201);
        long preStudy = api.post("board", "/api/v1/funds/" + fund + "/pre-study-grants", """
                {"recipientOrganisationId": 102, "amountOre": 50000000, "title": "Förstudie"}""").id();
        String preStudyPage = "/grants/" + preStudy;
        assertThat(PageForm.of(mvc, "board", preStudyPage, "/repayment-agreement")
            .choose("lossCover", "CENTRAL")
            .choose("parties[0].organisationId", "103")
            .type("parties[0].share", "50")
            .type("parties[0].firstYear", String.valueOf(year))
            .type("parties[0].expectedSavings", "200 000; 250 000,50")
            .submit()
            .getResponse()
            .getRedirectedUrl()).isEqualTo(preStudyPage);
        assertThat(jdbc.sql("""
                select a.loss_cover || ' ' || p.organisation_id || ' ' || p.share::text
                from repayment_agreement a join repayment_party p on p.agreement_id = a.id where a.grant_id = :g""")
            .param("g", preStudy)
            .query(String.class)
            .single()).isEqualTo("CENTRAL 103 0.5000");
        assertThat(jdbc.sql("""
                select string_agg(s.fiscal_year || '=' || s.amount_ore, ' ' order by s.fiscal_year)
                from expected_saving s join repayment_agreement a on a.id = s.agreement_id where a.grant_id = :g""")
            .param("g", preStudy)
            .query(String.class)
            .single()).isEqualTo(year + "=20000000 " + (year + 1) + "=25000050");
        String repayments = "/funds/" + fund + "/repayments";
        assertThat(PageForm.of(mvc, "officer", repayments, "/repayment-claims")
            .type("fiscalYear", String.valueOf(year))
            .submit()
            .getResponse()
            .getRedirectedUrl()).isEqualTo(repayments);
        long claim = jdbc.sql("""
                select c.id from repayment_claim c join repayment_agreement a on a.id = c.agreement_id
                where a.grant_id = :g and c.fiscal_year = :y""")
            .param("g", preStudy)
            .param("y", year)
            .query(Long.class)
            .single();
        String why = "Besparingen uteblev, ”citat” och å ä ö";
        assertThat(PageForm.of(mvc, "board", repayments, "/repayment-claims/" + claim + "/write-off")
            .type("reason", why)
            .submit()
            .getResponse()
            .getRedirectedUrl()).isEqualTo(repayments);
        assertThat(text("select status from repayment_claim where id = :id", claim)).isEqualTo("LOSS_COVERED");
        assertThat(jdbc.sql("select count(*) from ledger_transaction where fund_id = :f and description like :d")
            .param("f", fund)
            .param("d", "%: " + why)
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void whatIsTypedIntoTheFollowUpStepsIsStored() throws Exception {
        long investment = payForSuccessInvestment("Skrivet är sparat, resultat");
        String page = "/investments/" + investment;
        assertThat(PageForm.of(mvc, "officer", page, "/leader")
            .choose("projectLeader", "leader")
            .submit()
            .getResponse()
            .getRedirectedUrl()).isEqualTo(page);
        assertThat(text("select project_leader from investment where id = :id", investment)).isEqualTo("leader");

        MvcResult contract = PageForm.of(mvc, "board", page, "/outcomes-contract")
            .choose("investorOrganisationId", "106")
            .type("totalCap", "50 000")
            .type("price", "1 250,50")
            .type("periodCap", "20 000")
            .submit();
        assertThat(contract.getResponse().getRedirectedUrl()).as(contract.getResponse().getContentAsString())
            .isEqualTo(page);
        assertThat(jdbc.sql("""
                select c.total_cap_ore || ' ' || m.price_per_unit_ore || ' ' || m.period_cap_ore
                from outcomes_contract c join outcome_measure m on m.contract_id = c.id where c.investment_id = :id""")
            .param("id", investment)
            .query(String.class)
            .single()).isEqualTo("5000000 125050 2000000");

        String evidence = "Registerutdrag, ”citat” och å ä ö";
        MvcResult verified = PageForm.of(mvc, "officer", page, "/outcomes/verifications")
            .type("period", "2026 HT")
            .type("units", "12,5")
            .type("evidence", evidence)
            .type("verifiedOn", se.sif.TestClock.TODAY.toString())
            .submit();
        assertThat(verified.getResponse().getRedirectedUrl()).as(verified.getResponse().getContentAsString())
            .isEqualTo(page);
        assertThat(jdbc.sql("""
                select v.period || ' ' || trim_scale(v.units)::text || ' ' || v.evidence from outcome_verification v
                join outcome_measure m on m.id = v.measure_id join outcomes_contract c on c.id = m.contract_id
                where c.investment_id = :id""").param("id", investment).query(String.class).single())
            .isEqualTo("2026 HT 12.5 " + evidence);

        MvcResult invested = PageForm.of(mvc, "officer", page, "/outcomes/investor-investments")
            .type("paidOn", se.sif.TestClock.TODAY.toString())
            .type("amount", "10 000,25")
            .submit();
        assertThat(invested.getResponse().getRedirectedUrl()).as(invested.getResponse().getContentAsString())
            .isEqualTo(page);
        assertThat(jdbc.sql("""
                select i.amount_ore from investor_investment i join outcomes_contract c on c.id = i.contract_id
                where c.investment_id = :id""").param("id", investment).query(Long.class).single())
            .isEqualTo(1_000_025L);
    }

    /**
     * A new investment of the pay-for-success fund with one indicator and no outcomes
     * contract yet, on money appropriated for it.
     */
    long payForSuccessInvestment(String title) {
        assertThat(api
            .post("board", "/api/v1/funds/3/appropriations",
                    """
                            {"fiscalYear": %d, "amountOre": 10000000, "description": "Till formulärtest"}"""
                        .formatted(se.sif.TestClock.YEAR))
            .status()).isEqualTo(201);
        long application = scenario.submitted(scenario.openCall(3, title), 100_000_00L);
        scenario.toPanel(application);
        assertThat(scenario.grant(application, 100_000_00L).status()).isEqualTo(201);
        long investment = jdbc.sql("select id from investment where application_id = :a")
            .param("a", application)
            .query(Long.class)
            .single();
        assertThat(api.post("officer", "/api/v1/investments/" + investment + "/indicators",
                """
                        {"name": "Unga som fullföljt ett gymnasieår", "unit": "person", "baseline": 0, "baselinePeriod": "2026", "target": 40}""")
            .status()).isEqualTo(201);
        return investment;
    }

    @Test
    void whatTheApplicantTypesIntoTheCalculationIsWhatIsStoredAndShown() throws Exception {
        long draft = scenario.draft(scenario.openCall("Skrivet är sparat, kalkyl"));
        String base = "/applications/" + draft + "/calculation";
        String name = "Familjecoacher, steg 2 – ”prognos”";
        saved(PageForm.of(mvc, "applicant", base + "/settings", "/settings")
            .type("name", name)
            .type("startYear", "2027")
            .type("interventionYears", "2")
            .type("horizonYears", "5")
            .type("priceBaseYear", "2023")
            .choose("perspective", "SOCIETY")
            .type("note", "Första versionen, med komma"), base);
        assertThat(document(draft, "document->>'name'")).isEqualTo(name);
        assertThat(document(draft, "note")).isEqualTo("Första versionen, med komma");

        saved(PageForm.of(mvc, "applicant", base + "/actors", "/actors")
            .type("rows[0].id", "skola")
            .type("rows[0].name", "Skolan, Gullspång")
            .choose("rows[0].kind", "MUNICIPALITY_BOARD")
            .choose("rows[0].ownerOrganisation", "true")
            .type("rows[1].id", "region")
            .type("rows[1].name", "Regionen")
            .choose("rows[1].kind", "REGION"), base);
        assertThat(document(draft, "document->'actors'->0->>'name'")).isEqualTo("Skolan, Gullspång");
        assertThat(document(draft, "document->'actors'->0->>'ownerOrganisation'")).isEqualTo("true");
        assertThat(document(draft, "document->'actors'->1->>'ownerOrganisation'")).isEqualTo("false");

        saved(PageForm.of(mvc, "applicant", base + "/costs", "/costs")
            .choose("rows[0].actorId", "skola")
            .type("rows[0].year", "0")
            .type("rows[0].amount", "1 500 000,50")
            .choose("rows[0].type", "STAFF_TIME")
            .choose("rows[0].nature", "REVENUE")
            .choose("rows[0].confidenceGrade", "2")
            .type("rows[0].priceYear", "2023")
            .type("rows[0].note", "Lön, inkl. ”OB”")
            .choose("rows[1].actorId", "skola")
            .type("rows[1].year", "1")
            .type("rows[1].amount", "0")
            .choose("rows[1].type", "STAFF_TIME"), base);
        assertThat(number(draft, "document->'costs'->0->>'amountOre'")).isEqualByComparingTo("150000050");
        assertThat(document(draft, "document->'costs'->0->>'note'")).isEqualTo("Lön, inkl. ”OB”");
        assertThat(number(draft, "document->'costs'->0->>'confidenceGrade'")).isEqualByComparingTo("2");

        saved(PageForm.of(mvc, "applicant", base + "/outcomes/new", "/outcomes/new")
            .type("name", "Färre placeringar, ”HVB”")
            .type("population", "40,5")
            .type("engagement", "80")
            .type("impact", "22,5")
            .type("deadweight", "10")
            .type("displacement", "0")
            .type("lagYears", "1")
            .type("durationYears", "3")
            .type("dropOff", "5")
            .choose("discountBasis", "STANDARD")
            .choose("streams[0].actorId", "region")
            .type("streams[0].unitValue", "25 000,50")
            .choose("streams[0].kind", "FISCAL")
            .type("streams[0].cashableShare", "30")
            .choose("streams[0].confidenceGrade", "3")
            .choose("streams[1].actorId", "skola")
            .choose("streams[1].unitCostCode", "financial_assistance_household_year")
            .type("streams[1].quantity", "0,5")
            .choose("streams[1].kind", "FISCAL")
            .type("streams[1].cashableShare", "100"), base);
        String outcome = "document->'outcomes'->0";
        assertThat(document(draft, outcome + "->>'name'")).isEqualTo("Färre placeringar, ”HVB”");
        assertThat(number(draft, outcome + "->>'population'")).isEqualByComparingTo("40.5");
        assertThat(number(draft, outcome + "->>'impact'")).isEqualByComparingTo("0.225");
        assertThat(number(draft, outcome + "->>'attribution'")).as("a new outcome is fully attributed")
            .isEqualByComparingTo("1");
        assertThat(number(draft, outcome + "->'valueStreams'->0->>'unitValueOre'")).isEqualByComparingTo("2500050");
        assertThat(number(draft, outcome + "->'valueStreams'->0->>'cashableShare'")).isEqualByComparingTo("0.3");
        assertThat(number(draft, outcome + "->'valueStreams'->1->>'quantity'")).isEqualByComparingTo("0.5");
        assertThat(document(draft, outcome + "->'valueStreams'->1->>'unitCostVersion'")).as("pinned").isNotNull();

        saved(PageForm.of(mvc, "applicant", base + "/uncertainties", "/uncertainties")
            .choose("rows[0].parameter", "outcomes[0].impact")
            .type("rows[0].low", "10")
            .type("rows[0].high", "30")
            .choose("rows[0].shape", "PERT")
            .choose("rows[1].parameter", "costs[0].amountOre")
            .type("rows[1].low", "1 000 000")
            .type("rows[1].high", "2 000 000,50"), base);
        assertThat(number(draft, "document->'uncertainties'->0->>'low'")).isEqualByComparingTo("0.1");
        assertThat(number(draft, "document->'uncertainties'->1->>'low'")).isEqualByComparingTo("100000000");
        assertThat(number(draft, "document->'uncertainties'->1->>'high'")).isEqualByComparingTo("200000050");

        // Each page shows what was typed, and saved again untouched stores the same
        // calculation
        Document costs = PageForm.page(mvc, "applicant", base + "/costs");
        assertThat(PageForm.shown(costs, "rows[0].amount")).isEqualTo("1 500 000,50");
        assertThat(PageForm.shown(costs, "rows[0].note")).isEqualTo("Lön, inkl. ”OB”");
        Document shown = PageForm.page(mvc, "applicant", base + "/outcomes/0");
        assertThat(PageForm.shown(shown, "name")).isEqualTo("Färre placeringar, ”HVB”");
        assertThat(PageForm.shown(shown, "population")).isEqualTo("40,5");
        assertThat(PageForm.shown(shown, "impact")).isEqualTo("22,5");
        assertThat(PageForm.shown(shown, "dropOff")).isEqualTo("5");
        assertThat(PageForm.shown(shown, "streams[0].unitValue")).isEqualTo("25 000,50");
        assertThat(PageForm.shown(shown, "streams[0].cashableShare")).isEqualTo("30");
        assertThat(PageForm.shown(shown, "streams[1].quantity")).isEqualTo("0,5");
        Document uncertainties = PageForm.page(mvc, "applicant", base + "/uncertainties");
        assertThat(PageForm.shown(uncertainties, "rows[0].low")).isEqualTo("10");
        assertThat(PageForm.shown(uncertainties, "rows[1].high")).isEqualTo("2000000,5");
        for (String part : List.of("/settings", "/actors", "/costs", "/outcomes/0", "/uncertainties")) {
            saved(PageForm.of(mvc, "applicant", base + part, part), base);
            assertThat(jdbc
                .sql("""
                        select (select document from calculation_version where application_id = :a order by version desc limit 1)
                             = (select document from calculation_version where application_id = :a order by version desc offset 1 limit 1)""")
                .param("a", draft)
                .query(Boolean.class)
                .single()).as(part + " saved untouched").isTrue();
        }
    }

    private static void saved(PageForm form, String redirectedTo) throws Exception {
        MvcResult saved = form.submit();
        assertThat(saved.getResponse().getRedirectedUrl()).as(saved.getResponse().getContentAsString())
            .isEqualTo(redirectedTo);
    }

    /** A number of the latest version of an application's calculation. */
    private java.math.BigDecimal number(long application, String expression) {
        return new java.math.BigDecimal(document(application, expression));
    }

    /** A value of the latest version of an application's calculation. */
    private String document(long application, String expression) {
        return jdbc
            .sql("select " + expression
                    + "::text from calculation_version where application_id = :a order by version desc limit 1")
            .param("a", application)
            .query(String.class)
            .single();
    }

    String text(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(String.class).single();
    }

}
