package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.sif.Api;
import se.sif.DemoUsers;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.shared.CsvReading;

/**
 * The officials' views of a call's applications: completeness as the submission counts
 * it, filters and sorting in SQL, the exports of the whole filtered list, and a call's
 * numbers.
 */
@SifIntegrationTest
class ApplicationListTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Test
    void completenessIsTheSubmissionsOwnCount() {
        long call = scenario.openCall("Fullständighet");
        long draft = scenario.draft(call);
        write(draft, "Halvfärdig", "", "", 100_000_00L);
        Api.Response list = api.get("applicant", "/api/v1/applications?callId=" + call);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat((String) list.json("$.items[0].title")).isEqualTo("Halvfärdig");
        // the sections of the task list: all but the two left empty are completed
        assertThat((Integer) list.json("$.items[0].completeness.answered")).isEqualTo(13);
        assertThat((Integer) list.json("$.items[0].completeness.required")).isEqualTo(15);
        List<String> missing = list.json("$.items[0].completeness.missing");
        assertThat(missing).containsExactly("METHOD", "CONTINUATION");

        Api.Response refused = scenario.submit(draft);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat((List<String>) refused.json("$.errors[*].field")).containsExactlyElementsOf(missing);

        assertThat(page("applicant", "/applications?callId=" + call)).contains("13 av 15");
    }

    @Test
    void filtersSortingAndSearchWithSwedishLettersRunInSql() {
        long call = scenario.openCall("Sökning åäö");
        long older = submitted(call, "Åtgärder för äldre i Örebro", 300_000_00L);
        long school = submitted(call, "Bättre skolnärvaro", 100_000_00L);
        long safety = submitted(call, "Ökad trygghet", 200_000_00L);
        scenario.toPanel(safety);

        assertThat(ids("officer", "callId=" + call + "&text=åtgärder")).containsExactly(older);
        assertThat(ids("officer", "callId=" + call + "&text=ÅTGÄRDER")).containsExactly(older);
        assertThat(ids("officer", "callId=" + call + "&text=örebro")).containsExactly(older);
        String number = jdbc.sql("select registration_number from application where id = :id")
            .param("id", school)
            .query(String.class)
            .single();
        assertThat(ids("officer", "callId=" + call + "&text=" + number)).containsExactly(school);
        String applicant = jdbc
            .sql("select o.name from organisation o join application a on a.applicant_organisation_id = o.id"
                    + " where a.id = :id")
            .param("id", school)
            .query(String.class)
            .single();
        assertThat(ids("officer", "callId=" + call + "&text=" + applicant.substring(2, 8).toUpperCase()))
            .containsExactlyInAnyOrder(older, school, safety);
        assertThat(ids("officer", "callId=" + call + "&status=IN_ASSESSMENT")).containsExactly(safety);
        assertThat(ids("officer", "callId=" + call + "&sort=amount&dir=asc")).containsExactly(school, safety, older);
        assertThat(ids("officer", "callId=" + call + "&sort=amount&dir=desc&size=1&page=1")).containsExactly(safety);
        assertThat(ids("officer", "callId=" + call + "&sort=title&dir=asc")).containsExactly(school, older, safety);

        String page = page("officer", "/applications?callId=" + call + "&text=örebro");
        assertThat(page).contains("Åtgärder för äldre i Örebro").doesNotContain("Bättre skolnärvaro");
        assertThat(page).contains("Västra Götalandsregionen").contains("15 av 15");
        assertThat(page).contains("/applications/export.csv?callId=" + call);
        assertThat(page).contains("/calls/" + call + "/applications/statistics");
        assertThat(page).as("one call's list does not repeat the call on every row").doesNotContain("sort=call");
        assertThat(page("officer", "/applications")).contains("sort=call");
    }

    @Test
    void theCsvHoldsTheWholeFilteredListNeutralisedAndQuoted() throws Exception {
        long call = scenario.openCall("Export CSV");
        submitted(call, "=HYPERLINK(\"http://x\")", 1_234_567_50L);
        submitted(call, "+1", 200_000_00L);
        submitted(call, "Hus \"Ängen\"; etapp 2", 300_000_00L);
        MockHttpServletResponse response = mvc
            .perform(get("/api/v1/applications/export.csv").param("callId", String.valueOf(call))
                .param("sort", "amount")
                .param("dir", "desc")
                .param("size", "1")
                .with(httpBasic("officer", "demo")))
            .andReturn()
            .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = CsvReading.parse(text, ';');
        assertThat(rows.get(0)).startsWith("Diarienummer", "Projektets namn");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4).stream().map(r -> r.get(1)).toList()).containsExactly("'=HYPERLINK(\"http://x\")",
                "Hus \"Ängen\"; etapp 2", "'+1");
        assertThat(rows.subList(1, 4).stream().map(r -> r.get(1).replaceFirst("^'", "")).toList())
            .containsExactly("=HYPERLINK(\"http://x\")", "Hus \"Ängen\"; etapp 2", "+1");
        assertThat(rows.get(1).get(7)).isEqualTo("1234567,50");
        assertThat(rows.get(1).subList(5, 7)).containsExactly("15", "15");
        assertThat(rows.get(1).get(8)).isEqualTo("Västra Götalandsregionen");
        assertThat(text).contains("\"Hus \"\"Ängen\"\"; etapp 2\"");
    }

    @Test
    void theSpreadsheetHasNumbersDatesAndTextThatIsNeverAFormula() throws Exception {
        long call = scenario.openCall("Export XLSX");
        submitted(call, "=HYPERLINK(\"http://x\")", 1_234_567_50L);
        submitted(call, "+1", 200_000_00L);
        MockHttpServletResponse response = mvc
            .perform(get("/applications/export.xlsx").param("callId", String.valueOf(call))
                .param("sort", "amount")
                .param("dir", "desc")
                .with(user("board").roles(DemoUsers.roleOf("board"))))
            .andReturn()
            .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Diarienummer");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Cell title = sheet.getRow(1).getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("+1");
            Cell amount = sheet.getRow(1).getCell(7);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1_234_567.50);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell submitted = sheet.getRow(1).getCell(9);
            assertThat(submitted.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
            for (var row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void applicantsAndAssessorsExportNothing() throws Exception {
        for (String who : List.of("applicant", "assessor1", "leader")) {
            int status = mvc.perform(get("/applications/export.csv").with(user(who).roles(DemoUsers.roleOf(who))))
                .andReturn()
                .getResponse()
                .getStatus();
            assertThat(status).as(who).isEqualTo(403);
        }
    }

    @Test
    void aCallsNumbersAreTheCountsPerStateInTheDatabase() {
        long call = scenario.openCall("Statistik");
        scenario.draft(call);
        write(scenario.draft(call), "Nästan klar", "Metod", "", 50_000_00L);
        submitted(call, "Första", 100_000_00L);
        submitted(call, "Andra", 150_000_00L);
        scenario.toPanel(submitted(call, "Tredje", 250_000_00L));

        Api.Response stats = api.get("officer", "/api/v1/calls/" + call + "/statistics");
        assertThat(stats.status()).as(stats.body()).isEqualTo(200);
        Map<String, Long> counted = jdbc
            .sql("select status, count(*) as n from application where call_id = :c group by status")
            .param("c", call)
            .query((rs, i) -> Map.entry(rs.getString("status"), rs.getLong("n")))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Object> perState = stats.json("$.perState");
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(((Number) perState.get(status.name())).longValue()).as(status.name())
                .isEqualTo(counted.getOrDefault(status.name(), 0L));
        }
        assertThat(((Number) stats.json("$.started")).longValue()).isEqualTo(5);
        assertThat(((Number) stats.json("$.drafts")).longValue()).isEqualTo(2);
        assertThat(((Number) stats.json("$.submitted")).longValue()).isEqualTo(3);
        assertThat(((Number) stats.json("$.requestedOre")).longValue()).isEqualTo(500_000_00L);
        assertThat(((Number) stats.json("$.budgetCeilingOre")).longValue()).isEqualTo(500_000_000L);

        String page = page("steering", "/calls/" + call + "/applications/statistics");
        assertThat(page.replace('\u00a0', ' ').replace('\u202f', ' ')).contains("Ansökningar i siffror")
            .contains("500 000")
            .contains("(sökt: 10 %)");
        assertThat(page("officer", "/calls/" + call)).contains("/calls/" + call + "/applications/statistics");
        assertThat(page("applicant", "/calls/" + call)).doesNotContain("/applications/statistics");
    }

    private long submitted(long call, String title, long requestedOre) {
        long id = scenario.draft(call);
        write(id, title, "Familjecoach", "Ingår i ordinarie elevhälsa", requestedOre);
        scenario.confirmAsPartner(id);
        Api.Response submitted = scenario.submit(id);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    /**
     * Completes every section, then saves the whole draft's texts; an empty method or
     * continuation is left unanswered.
     */
    private void write(long id, String title, String method, String continuation, long requestedOre) {
        scenario.fillUnconfirmed(id, requestedOre);
        long version = ((Number) api.get("applicant", "/api/v1/applications/" + id).json("$.version")).longValue();
        long coApplicant = jdbc.sql("select id from organisation where name = 'Västra Götalandsregionen'")
            .query(Long.class)
            .single();
        String body = """
                {"version": %d, "title": %s, "targetGroup": "Barn 3–10 år", "method": %s,
                 "definedEffect": "Fler barn klarar grundskolan", "coFinancing": "Arbetstid", "continuation": %s,
                 "startDate": "2027-01-01", "endDate": "2029-12-31", "requestedAmountOre": %d, "coApplicantIds": [%d]}"""
            .formatted(version, json(title), json(method), json(continuation), requestedOre, coApplicant);
        Api.Response saved = api.put("applicant", "/api/v1/applications/" + id, body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static String json(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private List<Long> ids(String user, String query) {
        Api.Response list = api.get(user, "/api/v1/applications?" + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<Number> ids = list.json("$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private String page(String user, String path) {
        try {
            MockHttpServletResponse response = mvc.perform(get(path).with(user(user).roles(DemoUsers.roleOf(user))))
                .andReturn()
                .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
