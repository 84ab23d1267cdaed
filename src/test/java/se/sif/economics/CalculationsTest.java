package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.sif.economics.TestDocuments.as;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.economics.CalculationDocument.IndicatorMeasure;
import se.sif.economics.CalculationDocument.OutcomeEntry;
import se.sif.economics.CalculationDocument.ValueStreamEntry;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.CalculationInputException.Violation;
import se.sif.economics.calculation.CalculationResult;
import se.sif.economics.calculation.ValueKind;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;

/**
 * The calculation series of an application against PostgreSQL: versions that only ever
 * grow, saves that cannot overwrite each other, unit costs pinned so an old calculation
 * keeps its numbers, section-by-section saving, realised versions from the follow-up's
 * measurements, and the audit trail.
 */
@SifIntegrationTest
class CalculationsTest {

    @Autowired
    Calculations calculations;

    @Autowired
    UnitCosts unitCosts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    private long draft(String call) {
        return scenario.draft(scenario.openCall(call));
    }

    private int save(String user, String role, long app, Integer expected, CalculationDocument doc, String section) {
        return as(user, role, () -> calculations.save(app, expected, doc, "test", section));
    }

    private int versionCount(long app) {
        return jdbc.sql("select count(*) from calculation_version where application_id = :a")
            .param("a", app)
            .query(Integer.class)
            .single();
    }

    private int auditCount(long app) {
        return jdbc.sql("""
                select count(*) from audit_event
                where action = 'economics.calculationSaved' and subject_type = 'application' and subject_id = :a""")
            .param("a", app)
            .query(Integer.class)
            .single();
    }

    @Test
    void savesMakeVersionsOneTwoThreeAndAStaleSaveWritesNothing() {
        long app = draft("Kalkyl: versioner");
        CalculationDocument doc = TestDocuments.valid();

        assertThat(save("applicant", "APPLICANT", app, null, doc, null)).isEqualTo(1);
        assertThat(save("applicant", "APPLICANT", app, 1, doc, null)).isEqualTo(2);
        assertThat(save("applicant", "APPLICANT", app, 2, doc, null)).isEqualTo(3);
        List<Calculations.VersionSummary> versions = as("applicant", "APPLICANT", () -> calculations.versions(app));
        assertThat(versions).extracting(Calculations.VersionSummary::version).containsExactly(3, 2, 1);
        assertThat(versions).extracting(Calculations.VersionSummary::createdBy).containsOnly("applicant");

        // someone else saved version 3 while this user still edited version 2
        CalculationDocument overwrite = doc.withSettings("Skriver över", 2027, 10, 2023, 3, doc.perspective(), null,
                null, null, TestDocuments.PRICE_INDEX);
        assertThatThrownBy(() -> save("applicant", "APPLICANT", app, 2, overwrite, null))
            .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> save("applicant", "APPLICANT", app, null, overwrite, null))
            .as("a 'first' save on a started series")
            .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> save("applicant", "APPLICANT", app, 7, overwrite, null))
            .as("a version from the future")
            .isInstanceOf(ConcurrentEditException.class);
        assertThat(versionCount(app)).isEqualTo(3);
        assertThat(auditCount(app)).isEqualTo(3);
        assertThat(as("applicant", "APPLICANT", () -> calculations.latest(app)).orElseThrow().document().name())
            .isEqualTo("Tidiga familjeträffar – prognos");
    }

    @Test
    void aStoredVersionCanNeitherBeUpdatedNorDeleted() {
        long app = draft("Kalkyl: oföränderlig");
        save("applicant", "APPLICANT", app, null, TestDocuments.valid(), null);

        assertThatThrownBy(() -> jdbc.sql("update calculation_version set note = 'ändrad' where application_id = :a")
            .param("a", app)
            .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("""
                update calculation_version set document = jsonb_set(document, '{name}', '"ändrad"')
                where application_id = :a""").param("a", app).update()).isInstanceOf(DataAccessException.class)
            .hasMessageContaining("immutable");
        assertThatThrownBy(
                () -> jdbc.sql("delete from calculation_version where application_id = :a").param("a", app).update())
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("immutable");
        assertThat(versionCount(app)).isEqualTo(1);
        assertThat(jdbc.sql("select note from calculation_version where application_id = :a")
            .param("a", app)
            .query(String.class)
            .single()).isEqualTo("test");
    }

    @Test
    void theFirstVersionsAreForecastsAndOnceGrantedEverySaveIsARevision() {
        long app = scenario.draft(scenario.openCall("Kalkyl: prognos och revision"));
        CalculationDocument doc = TestDocuments.valid();
        // the applicant's own calculation first; the scenario then leaves it as it is
        save("applicant", "APPLICANT", app, null, doc, null);
        scenario.fill(app, 10_000_000L);
        assertThat(scenario.submit(app).status()).isEqualTo(200);
        save("officer", "OFFICER", app, 1, doc, null);
        scenario.toPanel(app);
        assertThat(scenario.grant(app, 10_000_000L).status()).isEqualTo(201);
        save("officer", "OFFICER", app, 2, doc, null);

        assertThat(as("officer", "OFFICER", () -> calculations.versions(app)))
            .extracting(v -> v.version() + " " + v.purpose())
            .containsExactly("3 REVISION", "2 FORECAST", "1 FORECAST");
    }

    @Test
    void aUnitCostIsPinnedSoANewLibraryVersionChangesOnlyNewCalculations() {
        String code = "test_pinning_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        int v1 = as("officer", "OFFICER", () -> unitCosts.save(unitCost(code, null, 2_000_000L, 2020)));
        assertThat(v1).isEqualTo(1);

        long app = draft("Kalkyl: enhetskostnad");
        CalculationDocument doc = withLibraryStream(TestDocuments.valid(), code, 2.5);
        save("applicant", "APPLICANT", app, null, doc, null);

        ValueStreamEntry pinned = storedStream(app, 1);
        assertThat(pinned.unitCostCode()).isEqualTo(code);
        assertThat(pinned.unitCostVersion()).isEqualTo(1);
        assertThat(pinned.quantity()).isEqualTo(2.5);
        assertThat(pinned.unitValueOre()).as("value × quantity").isEqualTo(5_000_000L);
        assertThat(pinned.priceYear()).isEqualTo(2020);
        assertThat(pinned.kind()).as("the library's kind").isEqualTo(ValueKind.FISCAL);
        assertThat(pinned.cashableShare()).as("the library's cashable share").isEqualTo(0.25);
        CalculationResult before = as("applicant", "APPLICANT",
                () -> calculations.compute(calculations.version(app, 1).document()));

        // the officer revises the library: a new value and price year
        int v2 = as("officer", "OFFICER", () -> unitCosts.save(unitCost(code, 1, 3_000_000L, 2022)));
        assertThat(v2).isEqualTo(2);
        assertThat(unitCosts.latest(code).orElseThrow().valueOre()).isEqualTo(3_000_000L);

        CalculationResult after = as("applicant", "APPLICANT",
                () -> calculations.compute(calculations.version(app, 1).document()));
        assertThat(after.npv()).as("the stored version computes as before").isEqualTo(before.npv());
        assertThat(after.pvBenefits()).isEqualTo(before.pvBenefits());
        // ...and the latest version re-saved unchanged keeps version 1 too
        save("applicant", "APPLICANT", app, 1,
                as("applicant", "APPLICANT", () -> calculations.latest(app)).orElseThrow().document(), null);
        assertThat(storedStream(app, 2).unitCostVersion()).isEqualTo(1);
        assertThat(storedStream(app, 2).unitValueOre()).isEqualTo(5_000_000L);

        // a new calculation naming the code gets version 2
        long other = draft("Kalkyl: ny enhetskostnad");
        save("applicant", "APPLICANT", other, null, doc, null);
        ValueStreamEntry fresh = storedStream(other, 1);
        assertThat(fresh.unitCostVersion()).isEqualTo(2);
        assertThat(fresh.unitValueOre()).isEqualTo(7_500_000L);
        assertThat(fresh.priceYear()).isEqualTo(2022);
        CalculationResult newer = as("applicant", "APPLICANT",
                () -> calculations.compute(calculations.version(other, 1).document()));
        assertThat(newer.pvBenefits()).isGreaterThan(before.pvBenefits());

        // an unknown code or version is refused, naming the field
        CalculationDocument unknown = withLibraryStream(TestDocuments.valid(), "no_such_unit_cost", 1.0);
        CalculationInputException refused = catchThrowableOfType(CalculationInputException.class,
                () -> save("applicant", "APPLICANT", other, 1, unknown, "outcomes[0]"));
        assertThat(refused.violations()).extracting(Violation::field)
            .containsExactly("outcomes[0].valueStreams[1].unitCostCode");
        assertThat(versionCount(other)).isEqualTo(1);
    }

    private static UnitCosts.UnitCostInput unitCost(String code, Integer expected, long valueOre, int priceYear) {
        return new UnitCosts.UnitCostInput(code, expected, "Testkostnad", "Test cost", "per år", "per year", valueOre,
                priceYear, ActorKind.MUNICIPALITY_BOARD, "Socialtjänsten", ValueKind.FISCAL, new BigDecimal("0.25"),
                false, "Test", null, null);
    }

    private static CalculationDocument withLibraryStream(CalculationDocument doc, String code, double quantity) {
        return TestDocuments.withOutcome(doc, 0, o -> {
            List<ValueStreamEntry> streams = new java.util.ArrayList<>(o.valueStreams());
            streams.set(1, TestDocuments.library("social", code, quantity));
            return o.withValueStreams(streams);
        });
    }

    private ValueStreamEntry storedStream(long app, int version) {
        return as("applicant", "APPLICANT", () -> calculations.version(app, version)).document()
            .outcomes()
            .get(0)
            .valueStreams()
            .get(1);
    }

    @Test
    void aSectionSaveRefusesProblemsInThatSectionOnly() {
        long app = draft("Kalkyl: delar");
        // a cost line and a value stream each name an actor the calculation does not have
        CalculationDocument badCost = TestDocuments.withCost(TestDocuments.valid(), 1,
                c -> TestDocuments.withActor(c, "nobody"));
        CalculationDocument badBoth = TestDocuments.withOutcome(badCost, 0, o -> {
            List<ValueStreamEntry> streams = new java.util.ArrayList<>(o.valueStreams());
            streams.set(2, TestDocuments.own("nobody", 1_500_000L, ValueKind.FISCAL, 0.2));
            return o.withValueStreams(streams);
        });

        // the costs page is refused for the cost line, not for the outcome
        CalculationInputException costs = catchThrowableOfType(CalculationInputException.class,
                () -> save("applicant", "APPLICANT", app, null, badBoth, "costs"));
        assertThat(costs).as("costs with an unknown actor").isNotNull();
        assertThat(costs.violations()).extracting(Violation::field).containsExactly("costs[1].actorId");
        // the outcome page is refused for the value stream, not for the cost line
        CalculationInputException outcome = catchThrowableOfType(CalculationInputException.class,
                () -> save("applicant", "APPLICANT", app, null, badBoth, "outcomes[0]"));
        assertThat(outcome).as("a value stream with an unknown actor").isNotNull();
        assertThat(outcome.violations()).extracting(Violation::field)
            .containsExactly("outcomes[0].valueStreams[2].actorId");
        // the API's "create" (no section) refuses both
        CalculationInputException all = catchThrowableOfType(CalculationInputException.class,
                () -> save("applicant", "APPLICANT", app, null, badBoth, null));
        assertThat(all.violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("costs[1].actorId", "outcomes[0].valueStreams[2].actorId");
        assertThat(versionCount(app)).as("nothing written by a refused save").isZero();

        // the actors are fine, so the actors page saves while costs and the outcome still
        // have problems
        assertThat(save("applicant", "APPLICANT", app, null, badBoth, "actors")).isEqualTo(1);
        // and the settings page too
        assertThat(save("applicant", "APPLICANT", app, 1, badBoth, "settings")).isEqualTo(2);
        // an outcome with a share out of range is refused on its own page only
        CalculationDocument badImpact = TestDocuments.withOutcome(TestDocuments.valid(), 0,
                o -> TestDocuments.withImpact(o, 1.5));
        CalculationInputException impact = catchThrowableOfType(CalculationInputException.class,
                () -> save("applicant", "APPLICANT", app, 2, badImpact, "outcomes[0]"));
        assertThat(impact.violations()).extracting(Violation::field).containsExactly("outcomes[0].impact");
        assertThat(save("applicant", "APPLICANT", app, 2, badImpact, "costs")).isEqualTo(3);
        // a missing intervention year is a problem of the costs
        CalculationDocument missingYear = TestDocuments.withCost(TestDocuments.valid(), 2,
                c -> TestDocuments.withYear(c, 5));
        CalculationInputException year = catchThrowableOfType(CalculationInputException.class,
                () -> save("applicant", "APPLICANT", app, 3, missingYear, "costs"));
        assertThat(year.violations()).extracting(Violation::field).containsExactly("costs");
        assertThat(year.violations().get(0).problem()).contains("year 2");
        assertThat(save("applicant", "APPLICANT", app, 3, missingYear, "outcomes[0]")).isEqualTo(4);
        assertThat(versionCount(app)).isEqualTo(4);
    }

    @Test
    void theSettingsOfANewCalculationCanBeSavedBeforeAnyActor() {
        long app = draft("Kalkyl: grunduppgifter först");
        CalculationDocument settingsOnly = new CalculationDocument("Ny kalkyl", 2027, 10, 2023, 3,
                se.sif.economics.calculation.Perspective.SOCIETY, null, null, null, TestDocuments.PRICE_INDEX,
                List.of(), List.of(), List.of(), List.of());
        assertThat(as("applicant", "APPLICANT", () -> calculations.problems(settingsOnly))).extracting(Violation::field)
            .containsExactlyInAnyOrder("actors", "costs");
        // the task list starts with the settings: what is missing in the other parts must
        // not block them
        assertThat(save("applicant", "APPLICANT", app, null, settingsOnly, "settings")).isEqualTo(1);
        // a problem of the settings themselves does
        CalculationDocument badHorizon = settingsOnly.withSettings("Ny kalkyl", 2027, 0, 2023, 3,
                settingsOnly.perspective(), null, null, null, TestDocuments.PRICE_INDEX);
        CalculationInputException refused = catchThrowableOfType(CalculationInputException.class,
                () -> save("applicant", "APPLICANT", app, 1, badHorizon, "settings"));
        assertThat(refused.violations()).extracting(Violation::field).contains("horizonYears");
    }

    /**
     * A half-filled outcome (no duration yet, or an impact of 150 %) must not hide an
     * unknown actor in the costs: the costs page refuses that line, and the API lists
     * every mistake at once.
     */
    @Test
    void aSectionSaveFindsItsProblemsWhileAnotherSectionIsHalfFilled() {
        long app = draft("Kalkyl: halvfärdig effekt");
        CalculationDocument badCost = TestDocuments.withCost(TestDocuments.valid(), 1,
                c -> TestDocuments.withActor(c, "nobody"));
        for (CalculationDocument half : List.of(
                TestDocuments.withOutcome(badCost, 0, o -> TestDocuments.withDuration(o, null)),
                TestDocuments.withOutcome(badCost, 0, o -> TestDocuments.withImpact(o, 1.5)))) {
            assertThat(as("applicant", "APPLICANT", () -> calculations.problems(half))).extracting(Violation::field)
                .as("every mistake at once")
                .contains("costs[1].actorId");
            CalculationInputException costs = catchThrowableOfType(CalculationInputException.class,
                    () -> save("applicant", "APPLICANT", app, null, half, "costs"));
            assertThat(costs).as("a cost line with an unknown actor is refused on the costs page").isNotNull();
            assertThat(costs.violations()).extracting(Violation::field).containsExactly("costs[1].actorId");
        }
        assertThat(versionCount(app)).isZero();
    }

    @Test
    void everyProblemNamesItsFieldPath() {
        CalculationDocument doc = new CalculationDocument(null, 2027, 10, 2027, 3, null, "no-such-discounting", null,
                null, null, List.of(new CalculationDocument.ActorEntry("a", "A", null, false, null)),
                List.of(new CalculationDocument.CostEntry("a", null, null, null, null, null, null, null)),
                List.of(new OutcomeEntry("x", -1.0, 2.0, null, null, null, null, null, null, null, null, null, null,
                        List.of(new ValueStreamEntry("a", null, null, null, null, null, null, null, null, null)))),
                List.of(new CalculationDocument.UncertaintyEntry("nonsense", null, null, null, null)));
        List<Violation> problems = as("applicant", "APPLICANT", () -> calculations.problems(doc));
        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(v -> {
            assertThat(v.field()).matches("[a-zA-Z]+(\\[\\d+])?(\\.[a-zA-Z]+(\\[\\d+])?)*");
            assertThat(v.problem()).isNotBlank();
        });
        assertThat(problems).extracting(Violation::field)
            .contains("name", "perspective", "actors[0].kind", "costs[0].year", "costs[0].amountOre", "costs[0].type",
                    "outcomes[0].impact", "outcomes[0].durationYears", "outcomes[0].valueStreams[0].unitValueOre",
                    "outcomes[0].valueStreams[0].kind", "uncertainties[0].parameter", "discountingVersion");
    }

    @Test
    void aRealisedVersionTakesTheImpactTheIndicatorsMeasured() {
        long app = scenario.draft(scenario.openCall("Kalkyl: utfall"));
        save("applicant", "APPLICANT", app, null, TestDocuments.valid(), null);
        scenario.fill(app, 10_000_000L);
        assertThat(scenario.submit(app).status()).isEqualTo(200);
        scenario.toPanel(app);
        assertThat(scenario.grant(app, 10_000_000L).status()).isEqualTo(201);
        long investment = jdbc.sql("select id from investment where application_id = :a")
            .param("a", app)
            .query(Long.class)
            .single();
        assertThat(api
            .put("officer", "/api/v1/investments/" + investment + "/project-leader", "{\"username\": \"leader\"}")
            .status()).isEqualTo(200);
        long percent = indicator(investment, "Andel elever med godkända betyg", "%");
        long count = indicator(investment, "Antal elever med godkända betyg", "antal");

        // the officer links the forecast's outcomes to the indicators: one as a share,
        // one as a number of people
        CalculationDocument linked = TestDocuments.valid()
            .withOutcomes(List.of(
                    TestDocuments.outcome(0.25, percent, IndicatorMeasure.PERCENT,
                            TestDocuments.outcome().valueStreams()),
                    TestDocuments.outcome(0.10, count, IndicatorMeasure.COUNT, TestDocuments.outcome().valueStreams()),
                    TestDocuments.outcome(0.05, null, null, TestDocuments.outcome().valueStreams())));
        assertThat(save("officer", "OFFICER", app, 1, linked, null)).isEqualTo(2);

        // nothing reported yet: refused, nothing written
        DomainException nothing = catchThrowableOfType(DomainException.class,
                () -> as("leader", "PROJECT_LEADER", () -> calculations.recordRealised(app, 2)));
        assertThat(nothing.messageKey()).isEqualTo("economics.realised.nothingMeasured");
        assertThat(versionCount(app)).isEqualTo(2);

        report(investment, percent, "2028", "40");
        report(investment, count, "2028", "12"); // of 100 × 80 % = 80 reached: 15 %
        int realised = as("leader", "PROJECT_LEADER", () -> calculations.recordRealised(app, 2));
        assertThat(realised).isEqualTo(3);

        Calculations.CalculationVersion v3 = as("leader", "PROJECT_LEADER", () -> calculations.version(app, 3));
        assertThat(v3.purpose()).isEqualTo(Calculations.Purpose.REALISED);
        assertThat(v3.createdBy()).isEqualTo("leader");
        assertThat(v3.note()).contains("version 2");
        assertThat(v3.document().outcomes()).extracting(OutcomeEntry::impact).containsExactly(0.40, 0.15, 0.05);
        CalculationResult forecast = as("leader", "PROJECT_LEADER",
                () -> calculations.compute(calculations.version(app, 2).document()));
        CalculationResult measured = as("leader", "PROJECT_LEADER", () -> calculations.compute(v3.document()));
        assertThat(measured.pvBenefits()).isGreaterThan(forecast.pvBenefits());
        assertThat(measured.pvCosts()).isEqualTo(forecast.pvCosts());

        // a stale realised run is refused like any other save
        assertThatThrownBy(() -> as("leader", "PROJECT_LEADER", () -> calculations.recordRealised(app, 2)))
            .isInstanceOf(ConcurrentEditException.class);
        assertThat(auditCount(app)).isEqualTo(3);
    }

    @Test
    void withoutAnyLinkedIndicatorNothingIsMeasured() {
        long app = scenario.draft(scenario.openCall("Kalkyl: inget mätt"));
        save("applicant", "APPLICANT", app, null, TestDocuments.valid(), null);
        scenario.fill(app, 10_000_000L);
        assertThat(scenario.submit(app).status()).isEqualTo(200);
        scenario.toPanel(app);
        assertThat(scenario.grant(app, 10_000_000L).status()).isEqualTo(201);
        DomainException nothing = catchThrowableOfType(DomainException.class,
                () -> as("officer", "OFFICER", () -> calculations.recordRealised(app, 1)));
        assertThat(nothing.messageKey()).isEqualTo("economics.realised.nothingMeasured");
        assertThat(versionCount(app)).isEqualTo(1);
    }

    @Test
    void theAuditTrailHasAnEventForEverySavedVersion() {
        long app = draft("Kalkyl: granskning");
        save("applicant", "APPLICANT", app, null, TestDocuments.valid(), null);
        as("applicant", "APPLICANT",
                () -> calculations.save(app, 1, TestDocuments.valid(), "  Ändrade effekten  ", null));
        List<String> events = jdbc.sql("""
                select actor || ': ' || details from audit_event
                where action = 'economics.calculationSaved' and subject_type = 'application' and subject_id = :a
                order by id""").param("a", app).query(String.class).list();
        assertThat(events).containsExactly("applicant: version 1 (FORECAST): test",
                "applicant: version 2 (FORECAST): Ändrade effekten");
    }

    private long indicator(long investment, String name, String unit) {
        Api.Response created = api.post("officer", "/api/v1/investments/" + investment + "/indicators", """
                {"name": "%s", "unit": "%s", "baseline": 0, "baselinePeriod": "2027", "target": 50}""".formatted(name,
                unit));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return jdbc.sql("select id from indicator where investment_id = :i and name = :n")
            .param("i", investment)
            .param("n", name)
            .query(Long.class)
            .single();
    }

    private void report(long investment, long indicator, String period, String value) {
        Api.Response reported = api.post("leader",
                "/api/v1/investments/%d/indicators/%d/values".formatted(investment, indicator),
                "{\"period\": \"%s\", \"value\": %s, \"groupSize\": 80}".formatted(period, value));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    }

}
