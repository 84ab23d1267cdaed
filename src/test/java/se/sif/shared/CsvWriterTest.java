package se.sif.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer: quoting per RFC 4180 and formula injection neutralised. */
class CsvWriterTest {

    @Test
    void textThatASpreadsheetWouldEvaluateGetsAnApostrophe() {
        assertThat(CsvWriter.neutralised("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvWriter.neutralised("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvWriter.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.neutralised("\rx")).isEqualTo("'\rx");
        assertThat(CsvWriter.neutralised("Åtgärd = mål")).isEqualTo("Åtgärd = mål");
        assertThat(CsvWriter.neutralised("")).isEmpty();
    }

    @Test
    void excelDialectHasABomSemicolonsQuotesAndDecimalCommas() {
        StringWriter out = new StringWriter();
        CsvWriter.forExcel(out)
            .row("titel", "belopp")
            .row("Smörgås; \"bästa\" sort", new BigDecimal("-1500.50"))
            .row("=HYPERLINK(\"http://x\")", 7L)
            .row("rad ett\r\nrad två", null)
            .flush();
        String text = out.toString();
        assertThat(text).startsWith("\ufefftitel;belopp\r\n");
        assertThat(text).contains("\"Smörgås; \"\"bästa\"\" sort\";-1500,50\r\n");
        // a negative number stays a number
        assertThat(text).doesNotContain("'-1500");
        List<List<String>> rows = CsvReading.parse(text.substring(1), ';');
        assertThat(rows).containsExactly(List.of("titel", "belopp"), List.of("Smörgås; \"bästa\" sort", "-1500,50"),
                List.of("'=HYPERLINK(\"http://x\")", "7"), List.of("rad ett\r\nrad två", ""));
    }

    @Test
    void plainDialectKeepsItsSeparatorAndDecimalPoints() {
        StringWriter out = new StringWriter();
        CsvWriter.plain(out, ',').row("a,b", new BigDecimal("1.25"), "+46").flush();
        assertThat(out.toString()).isEqualTo("\"a,b\",1.25,'+46\r\n");
    }

}
