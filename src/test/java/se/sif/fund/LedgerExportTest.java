package se.sif.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.sif.SifIntegrationTest;

/**
 * The exports hold every entry of the selection, and the amounts still balance in the
 * spreadsheet.
 */
@SifIntegrationTest
class LedgerExportTest {

    @Autowired
    MockMvc mvc;

    MockHttpServletResponse export(String format, String user) throws Exception {
        return mvc
            .perform(get("/api/v1/funds/1/ledger/export").param("format", format)
                .param("year", "2015")
                .with(httpBasic(user, "demo")))
            .andReturn()
            .getResponse();
    }

    @Test
    void csvHasOneBalancedRowPerEntry() throws Exception {
        MockHttpServletResponse response = export("csv", "officer");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        List<String> lines = Arrays.asList(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).startsWith("\ufefftransaktion;registrerad;typ;budgetår;konto");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(line -> line.split(";", -1)).toList();
        assertThat(rows).allSatisfy(row -> assertThat(row[3]).isEqualTo("2015"));
        BigDecimal sum = rows.stream()
            .map(row -> new BigDecimal(row[6].replace(',', '.')))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("0");
        assertThat(rows.stream().filter(row -> row[2].equals("COMMITMENT") && row[4].equals("COMMITTED")).count())
            .as("the five grants of 2015")
            .isEqualTo(5);
    }

    @Test
    void xlsxHoldsExactÖreAndASumThatBalances() throws Exception {
        MockHttpServletResponse response = export("xlsx", "board");
        assertThat(response.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            long sum = 0;
            int last = sheet.getLastRowNum();
            for (int r = 1; r < last; r++) {
                sum += (long) sheet.getRow(r).getCell(6).getNumericCellValue();
            }
            assertThat(sum).isZero();
            assertThat(sheet.getRow(last).getCell(7).getCellFormula()).isEqualTo("SUM(H2:H" + last + ")");
            assertThat(sheet.getRow(1).getCell(7).getCellFormula()).isEqualTo("G2/100");
        }
    }

    @Test
    void applicantsCannotExportTheLedger() throws Exception {
        assertThat(export("csv", "applicant").getStatus()).isEqualTo(403);
    }

}
