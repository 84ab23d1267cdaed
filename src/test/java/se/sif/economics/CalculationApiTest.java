package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.economics.CalculationDocument.ValueStreamEntry;
import se.sif.economics.workbook.CalculationWorkbook;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calculation API as a script would use it: every refused document is problem+json
 * 422 naming the fields (never a 500), results add up per actor, the spreadsheet's live
 * NPV agrees with the API's, stale saves are 409, the trace explains a result, and the
 * unit-cost library is readable by all but kept by officers.
 */
@SifIntegrationTest
class CalculationApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    private String body(CalculationDocument doc) {
        return json.writeValueAsString(doc);
    }

    private String saveBody(Integer expectedVersion, CalculationDocument doc) {
        return "{\"expectedVersion\": %s, \"note\": \"API-test\", \"document\": %s}".formatted(expectedVersion,
                body(doc));
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at se.sif");
    }

    static Stream<Arguments> mistakes() {
        UnaryOperator<CalculationDocument> impact150 = d -> TestDocuments.withOutcome(d, 0,
                o -> TestDocuments.withImpact(o, 1.5));
        UnaryOperator<CalculationDocument> negativeImpact = d -> TestDocuments.withOutcome(d, 0,
                o -> TestDocuments.withImpact(o, -0.1));
        UnaryOperator<CalculationDocument> negativePopulation = d -> TestDocuments.withOutcome(d, 0,
                o -> TestDocuments.withPopulation(o, -10.0));
        UnaryOperator<CalculationDocument> unknownActor = d -> TestDocuments.withCost(d, 1,
                c -> TestDocuments.withActor(c, "nobody"));
        UnaryOperator<CalculationDocument> unknownUnitCost = d -> TestDocuments.withOutcome(d, 0, o -> {
            List<ValueStreamEntry> streams = new java.util.ArrayList<>(o.valueStreams());
            streams.set(1, TestDocuments.library("social", "no_such_unit_cost", 1.0));
            return o.withValueStreams(streams);
        });
        UnaryOperator<CalculationDocument> missingYear = d -> TestDocuments.withCost(d, 2,
                c -> TestDocuments.withYear(c, 4));
        UnaryOperator<CalculationDocument> missingDuration = d -> TestDocuments.withOutcome(d, 0,
                o -> TestDocuments.withDuration(o, null));
        UnaryOperator<CalculationDocument> missingName = d -> d.withSettings(null, d.startYear(), d.horizonYears(),
                d.priceBaseYear(), d.interventionYears(), d.perspective(), d.discountingVersion(), d.firstYear(),
                d.optimismBiasVersion(), d.priceIndexVersion());
        return Stream.of(Arguments.of("a share above 100 %", impact150, "outcomes[0].impact"),
                Arguments.of("a share below 0", negativeImpact, "outcomes[0].impact"),
                Arguments.of("a negative population", negativePopulation, "outcomes[0].population"),
                Arguments.of("a cost for an unknown actor", unknownActor, "costs[1].actorId"),
                Arguments.of("an unknown unit cost", unknownUnitCost, "outcomes[0].valueStreams[1].unitCostCode"),
                Arguments.of("an intervention year without a cost line", missingYear, "costs"),
                Arguments.of("an outcome without duration", missingDuration, "outcomes[0].durationYears"),
                Arguments.of("a calculation without a name", missingName, "name"));
    }

    @ParameterizedTest(name = "{0} is refused as {2}")
    @MethodSource("mistakes")
    void aMistakeIsRefusedWithItsFieldNamed(String what, UnaryOperator<CalculationDocument> mistake, String field) {
        CalculationDocument doc = mistake.apply(TestDocuments.valid());

        Api.Response computed = api.post("applicant", "/api/v1/economics/calculations/compute", body(doc));
        assertProblem(computed, 422);
        List<String> fields = computed.json("$.errors[*].field");
        assertThat(fields).as(what).containsExactly(field);
        List<String> messages = computed.json("$.errors[*].message");
        assertThat(messages).allSatisfy(m -> assertThat(m).isNotBlank());

        // validate answers the question "is it valid?" with 200 and the same fields
        Api.Response validated = api.post("applicant", "/api/v1/economics/calculations/validate", body(doc));
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        assertThat((Boolean) validated.json("$.valid")).isFalse();
        assertThat((List<String>) validated.json("$.errors[*].field")).containsExactly(field);

        long app = scenario.draft(scenario.openCall("API-kalkyl: " + what));
        Api.Response saved = api.post("applicant", "/api/v1/applications/" + app + "/calculation", saveBody(null, doc));
        assertProblem(saved, 422);
        assertThat((List<String>) saved.json("$.errors[*].field")).containsExactly(field);
        assertThat(api.get("applicant", "/api/v1/applications/" + app + "/calculation/versions").body())
            .isEqualTo("[]");

        Api.Response exported = api.post("applicant", "/api/v1/economics/calculations/export.xlsx", body(doc));
        assertProblem(exported, 422);
    }

    @Test
    void aValidDocumentValidates() {
        Api.Response validated = api.post("applicant", "/api/v1/economics/calculations/validate",
                body(TestDocuments.valid()));
        assertThat(validated.status()).isEqualTo(200);
        assertThat((Boolean) validated.json("$.valid")).isTrue();
        assertThat((List<Object>) validated.json("$.errors")).isEmpty();
    }

    static Stream<Arguments> oddBodies() {
        return Stream.of(Arguments.of("an empty document", "{}", 422), Arguments.of("null lists and null elements",
                """
                        {"name": "x", "horizonYears": 5, "priceBaseYear": 2023, "interventionYears": 1, "perspective": "SOCIETY",
                         "actors": [null], "costs": [null, {}], "outcomes": [{"valueStreams": [null, {}]}], "uncertainties": [{}]}""",
                422),
                Arguments.of("a horizon of a million years",
                        """
                                {"name": "x", "horizonYears": 1000000, "priceBaseYear": 2023, "interventionYears": 1, "perspective": "SOCIETY",
                                 "actors": [{"id": "a", "name": "A", "kind": "STATE"}],
                                 "costs": [{"actorId": "a", "year": 0, "amountOre": 1, "type": "STAFF_TIME"}]}""",
                        422),
                Arguments.of("a cost year beyond the horizon and a negative one",
                        """
                                {"name": "x", "horizonYears": 5, "priceBaseYear": 2023, "interventionYears": 1, "perspective": "SOCIETY",
                                 "actors": [{"id": "a", "name": "A", "kind": "STATE"}],
                                 "costs": [{"actorId": "a", "year": 0, "amountOre": 1, "type": "STAFF_TIME"},
                                           {"actorId": "a", "year": 99, "amountOre": 1, "type": "STAFF_TIME"},
                                           {"actorId": "a", "year": -1, "amountOre": -5, "type": "STAFF_TIME"}]}""",
                        422),
                Arguments.of("an unknown parameter set",
                        """
                                {"name": "x", "horizonYears": 5, "priceBaseYear": 2023, "interventionYears": 1, "perspective": "SOCIETY",
                                 "discountingVersion": "nope", "optimismBiasVersion": "nope", "priceIndexVersion": "nope",
                                 "actors": [{"id": "a", "name": "A", "kind": "STATE"}],
                                 "costs": [{"actorId": "a", "year": 0, "amountOre": 1, "type": "STAFF_TIME"}]}""",
                        422),
                Arguments.of("a negative quantity of a unit cost",
                        """
                                {"name": "x", "horizonYears": 5, "priceBaseYear": 2023, "interventionYears": 1, "perspective": "SOCIETY",
                                 "priceIndexVersion": "scb-kpi-1980-100-2023",
                                 "actors": [{"id": "a", "name": "A", "kind": "STATE"}],
                                 "costs": [{"actorId": "a", "year": 0, "amountOre": 1, "type": "STAFF_TIME"}],
                                 "outcomes": [{"name": "o", "population": 1, "engagement": 1, "impact": 1, "durationYears": 1,
                                   "valueStreams": [{"actorId": "a", "unitCostCode": "prison_day", "quantity": -3}]}]}""",
                        422),
                Arguments.of("an uncertainty of an unknown parameter",
                        """
                                {"name": "x", "horizonYears": 5, "priceBaseYear": 2023, "interventionYears": 1, "perspective": "SOCIETY",
                                 "actors": [{"id": "a", "name": "A", "kind": "STATE"}],
                                 "costs": [{"actorId": "a", "year": 0, "amountOre": 1, "type": "STAFF_TIME"}],
                                 "uncertainties": [{"parameter": "outcomes[7].impact", "low": 0, "likely": 0.5, "high": 1}]}""",
                        422),
                Arguments.of("an unknown enum value", "{\"perspective\": \"GALAXY\"}", 400),
                Arguments.of("a number as text", "{\"horizonYears\": \"tjugo\"}", 400),
                Arguments.of("not JSON at all", "tjugo år", 400));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("oddBodies")
    void anOddBodyIsAProblemNeverA500(String what, String document, int status) {
        for (String path : List.of("/api/v1/economics/calculations/compute",
                "/api/v1/economics/calculations/export.xlsx")) {
            Api.Response response = api.post("applicant", path, document);
            assertProblem(response, status);
            if (status == 422) {
                assertThat((List<String>) response.json("$.errors[*].field")).as(what).isNotEmpty();
            }
        }
        Api.Response validated = api.post("applicant", "/api/v1/economics/calculations/validate", document);
        assertThat(validated.status()).as(validated.body()).isEqualTo(status == 422 ? 200 : 400);
    }

    @Test
    void aSaveWithoutADocumentOrWithABadDrawCountIsAProblem() {
        long app = scenario.draft(scenario.openCall("API-kalkyl: utan dokument"));
        Api.Response missing = api.post("applicant", "/api/v1/applications/" + app + "/calculation",
                "{\"note\": \"x\"}");
        assertProblem(missing, 400);
        assertThat((List<String>) missing.json("$.errors[*].field")).containsExactly("document");
        Api.Response draws = api.post("applicant", "/api/v1/economics/calculations/compute?draws=-1",
                body(TestDocuments.valid()));
        assertProblem(draws, 422);
        assertThat((List<String>) draws.json("$.errors[*].field")).containsExactly("draws");
    }

    @Test
    void computeGivesPerActorResultsThatAddUpToTheTotals() {
        Api.Response computed = api.post("applicant", "/api/v1/economics/calculations/compute",
                body(TestDocuments.valid()));
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        List<Map<String, Object>> actors = computed.json("$.actors");
        assertThat(actors).extracting(a -> a.get("id")).containsExactly("fund", "school", "social", "region", "state");
        assertThat(actors).allSatisfy(a -> assertThat(a.get("inPerspective")).isEqualTo(true));
        long pvCosts = sum(actors, "pvCostsOre");
        long pvBenefits = sum(actors, "pvBenefitsOre");
        long npv = sum(actors, "npvOre");
        assertThat(pvCosts).isPositive().isEqualTo(number(computed, "$.pvCostsOre"));
        assertThat(pvBenefits).isPositive().isEqualTo(number(computed, "$.pvBenefitsOre"));
        assertThat(npv).isEqualTo(number(computed, "$.npvOre")).isEqualTo(pvBenefits - pvCosts);
        // who pays and who gains: the fund pays, the social services gain the library's
        // value
        Map<String, Object> fund = actors.get(0);
        Map<String, Object> social = actors.get(2);
        assertThat(((Number) fund.get("pvCostsOre")).longValue()).isGreaterThan(100_000_000L);
        assertThat(((Number) fund.get("pvBenefitsOre")).longValue()).isZero();
        assertThat(((Number) social.get("pvBenefitsOre")).longValue()).isPositive();
        List<Number> cumulative = computed.json("$.cumulativeNetOre");
        assertThat(cumulative).hasSize(10);
        assertThat((List<String>) computed.json("$.traceKeys")).contains("npv", "actors[social].npv");
    }

    private static long sum(List<Map<String, Object>> actors, String field) {
        return actors.stream().mapToLong(a -> ((Number) a.get(field)).longValue()).sum();
    }

    private static long number(Api.Response response, String path) {
        return ((Number) response.json(path)).longValue();
    }

    @Test
    void aSavedVersionExportsToAWorkbookWhoseLiveNpvIsTheApisAndStaleSavesAre409() throws Exception {
        long app = scenario.draft(scenario.openCall("API-kalkyl: export"));
        String base = "/api/v1/applications/" + app + "/calculation";
        Api.Response saved = api.post("applicant", base, saveBody(null, TestDocuments.valid()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat((Integer) saved.json("$.version")).isEqualTo(1);

        Api.Response result = api.get("applicant", base + "/versions/1/result");
        assertThat(result.status()).isEqualTo(200);
        long npvOre = number(result, "$.npvOre");
        assertThat(npvOre).isEqualTo(
                number(api.post("applicant", "/api/v1/economics/calculations/compute", body(TestDocuments.valid())),
                        "$.npvOre"));

        MockHttpServletResponse xlsx = mvc
            .perform(get(base + "/versions/1/export.xlsx").with(httpBasic("applicant", "demo")))
            .andReturn()
            .getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentType())
            .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeader("Content-Disposition")).contains("calculation-" + app + "-v1.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Cell npv = namedCell(wb, CalculationWorkbook.NPV);
            npv.setCellValue(0); // forget the cached value: the formula has to compute it
                                 // again
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(npv.getCellFormula()).isNotBlank();
            assertThat(npv.getNumericCellValue()).isCloseTo(npvOre / 100.0, within(0.01));
        }

        // someone else saves version 2; a save still based on version 1 is refused and
        // nothing is written
        assertThat(api.post("officer", base, saveBody(1, TestDocuments.valid())).status())
            .as("the officer may not edit a draft")
            .isEqualTo(404);
        assertThat(api.post("applicant", base, saveBody(1, TestDocuments.valid())).status()).isEqualTo(201);
        Api.Response stale = api.post("applicant", base, saveBody(1, TestDocuments.valid()));
        assertProblem(stale, 409);
        Api.Response first = api.post("applicant", base, saveBody(null, TestDocuments.valid()));
        assertProblem(first, 409);
        assertThat((List<Integer>) api.get("applicant", base + "/versions").json("$[*].version")).containsExactly(2, 1);
        assertThat((Integer) api.get("applicant", base).json("$.version")).isEqualTo(2);
        assertThat((String) api.get("applicant", base).json("$.purpose")).isEqualTo("FORECAST");
    }

    private static Cell namedCell(XSSFWorkbook wb, String name) {
        Name n = wb.getName(name);
        assertThat(n).as("defined name " + name).isNotNull();
        CellReference ref = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    @Test
    void theTraceExplainsTheNpvAndRefusesAnUnknownKey() {
        long app = scenario.draft(scenario.openCall("API-kalkyl: spårning"));
        String base = "/api/v1/applications/" + app + "/calculation";
        assertThat(api.post("applicant", base, saveBody(null, TestDocuments.valid())).status()).isEqualTo(201);

        Api.Response trace = api.get("applicant", base + "/versions/1/trace?key=npv");
        assertThat(trace.status()).as(trace.body()).isEqualTo(200);
        List<Map<String, Object>> lines = trace.json("$");
        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(l -> assertThat((String) l.get("label")).isNotBlank());
        Number last = (Number) lines.get(lines.size() - 1).get("value");
        assertThat(Math.round(last.doubleValue()))
            .isEqualTo(number(api.get("applicant", base + "/versions/1/result"), "$.npvOre"));
        Api.Response actor = api.get("applicant", base + "/versions/1/trace?key=actors[social].npv");
        assertThat(actor.status()).as(actor.body()).isEqualTo(200);

        Api.Response unknown = api.get("applicant", base + "/versions/1/trace?key=nonsense");
        assertProblem(unknown, 422);
        assertThat((List<String>) unknown.json("$.errors[*].field")).containsExactly("key");
        assertProblem(api.get("applicant", base + "/versions/9/trace?key=npv"), 404);
    }

    /**
     * The pages save a part at a time, so a stored version may not compute yet: every
     * view of it says why.
     */
    @Test
    void aStoredVersionThatDoesNotComputeYetIsExplainedNeverA500() throws Exception {
        long app = scenario.draft(scenario.openCall("API-kalkyl: halvfärdig"));
        CalculationDocument half = TestDocuments.withOutcome(TestDocuments.valid(), 0,
                o -> TestDocuments.withDuration(o, null));
        TestDocuments.as("applicant", "APPLICANT", () -> calculations.save(app, null, half, null, "costs"));
        String base = "/applications/" + app + "/calculation";

        for (String path : List.of(base + "/versions/1/result", base + "/versions/1/trace?key=npv",
                base + "/versions/1/export.xlsx")) {
            Api.Response response = api.get("applicant", "/api/v1" + path);
            assertProblem(response, 422);
            assertThat((List<String>) response.json("$.errors[*].field")).as(path)
                .containsExactly("outcomes[0].durationYears");
        }
        for (String page : List.of(base, base + "/versions/1", base + "/compare", base + "/outcomes/0")) {
            MockHttpServletResponse shown = mvc.perform(get(page).with(user("applicant").roles("APPLICANT")))
                .andReturn()
                .getResponse();
            assertThat(shown.getStatus()).as(page).isEqualTo(200);
            assertThat(shown.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).as(page)
                .doesNotContain("Exception");
        }
        assertThat(mvc.perform(get(base + "/versions/1").with(user("applicant").roles("APPLICANT")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("outcomes[0].durationYears");
        // the page's export of a version that does not compute leads to its results page,
        // which says why
        MockHttpServletResponse export = mvc
            .perform(get(base + "/versions/1/export.xlsx").with(user("applicant").roles("APPLICANT")))
            .andReturn()
            .getResponse();
        assertThat(export.getStatus()).isEqualTo(303);
        assertThat(export.getRedirectedUrl()).isEqualTo(base + "/versions/1");
    }

    @Autowired
    Calculations calculations;

    @Test
    void theUnitCostLibraryIsReadByAllAndKeptByOfficers() {
        Api.Response library = api.get("applicant", "/api/v1/economics/unit-costs");
        assertThat(library.status()).isEqualTo(200);
        List<Map<String, Object>> costs = library.json("$.items"); // the library is paged
                                                                   // (API convention)
        assertThat(costs).extracting(c -> c.get("code"))
            .contains("compulsory_school_pupil_year", "hvb_care_day_youth", "financial_assistance_household_year",
                    "prison_day", "child_welfare_investigation_bbic");
        assertThat(costs).hasSizeGreaterThanOrEqualTo(24);
        assertThat(costs).allSatisfy(c -> {
            assertThat((String) c.get("source")).isNotBlank();
            assertThat(((Number) c.get("priceYear")).intValue()).isBetween(2000, 2030);
            assertThat(((Number) c.get("valueOre")).longValue()).isPositive();
        });
        Map<String, Object> school = costs.stream()
            .filter(c -> c.get("code").equals("compulsory_school_pupil_year"))
            .findFirst()
            .orElseThrow();
        assertThat(((Number) school.get("valueOre")).longValue()).isEqualTo(11_220_000L);
        assertThat(school.get("priceYear")).isEqualTo(2018);
        assertThat(api.get("assessor1", "/api/v1/economics/unit-costs/prison_day").status()).isEqualTo(200);

        String newVersion = """
                {"code": "prison_day", "expectedVersion": 1, "nameSv": "x", "nameEn": "x", "unitSv": "x", "unitEn": "x",
                 "valueOre": 1, "priceYear": 2024, "actorKind": "STATE", "actorService": "x", "valueKind": "FISCAL",
                 "cashableShare": 0.5, "estimate": true, "source": "x"}""";
        for (String user : List.of("applicant", "leader", "assessor1", "steering", "board")) {
            Api.Response refused = api.post(user, "/api/v1/economics/unit-costs", newVersion);
            assertProblem(refused, 403);
        }
        assertThat((Integer) api.get("applicant", "/api/v1/economics/unit-costs/prison_day").json("$.length()"))
            .isEqualTo(1);
        // an officer's incomplete entry is refused with the fields named
        Api.Response incomplete = api.post("officer", "/api/v1/economics/unit-costs",
                "{\"code\": \"test_incomplete\"}");
        assertProblem(incomplete, 422);
        assertThat((List<String>) incomplete.json("$.errors[*].field")).contains("nameSv", "valueOre", "source");
        Api.Response stale = api.post("officer", "/api/v1/economics/unit-costs",
                newVersion.replace("\"expectedVersion\": 1", "\"expectedVersion\": 7"));
        assertProblem(stale, 409);
        assertProblem(api.get("applicant", "/api/v1/economics/unit-costs/no_such_code"), 404);
    }

}
