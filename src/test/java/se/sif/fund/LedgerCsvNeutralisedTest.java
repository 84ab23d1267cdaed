package se.sif.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sif.shared.CsvReading;

/**
 * The ledger's CSV goes through the one CSV writer: a description a spreadsheet would run
 * is shown as text, and a negative amount stays a number.
 */
class LedgerCsvNeutralisedTest {

    @Test
    void aDescriptionThatLooksLikeAFormulaIsNeutralised() throws Exception {
        LedgerTransaction t = new LedgerTransaction(7, 1, TransactionKind.APPROPRIATION, 2015, null, null, null,
                "=HYPERLINK(\"http://x\"); anslag", "-officer", Instant.parse("2015-03-01T09:00:00Z"), null, null,
                List.of(new LedgerTransaction.Entry(Account.AVAILABLE, 2015, null, 150_000L),
                        new LedgerTransaction.Entry(Account.FUNDING_SOURCE, 2015, null, -150_000L)));
        StringWriter out = new StringWriter();
        LedgerExport.csv(List.of(t), out);
        String text = out.toString();
        assertThat(text).startsWith("\ufeff");
        List<List<String>> rows = CsvReading.parse(text.substring(1), ';');
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(8)).isEqualTo("'=HYPERLINK(\"http://x\"); anslag");
        assertThat(rows.get(1).get(9)).isEqualTo("'-officer");
        assertThat(rows.get(1).get(6)).isEqualTo("1500,00");
        assertThat(rows.get(2).get(6)).isEqualTo("-1500,00");
    }

}
