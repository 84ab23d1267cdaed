package se.sif.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A table form's cells are fields of its rows: an unreadable number in
 * {@code rows[2].amount} gets the message of a krona field, and the error summary lists a
 * table's errors row by row, each row in the order of its columns.
 */
class FormPathsTest {

    record Row(@Kronor(ore = true) Long amount, @Percent BigDecimal share, @Decimal BigDecimal count, Integer year) {
    }

    record Table(String name, List<Row> rows, @Kronor Long total, Map<String, Row> byKey, Row[] more, Integer version) {
    }

    @Test
    void anUnreadableNumberInARowGetsTheMessageOfItsColumn() {
        FormBindingErrorProcessor errors = new FormBindingErrorProcessor(Table.class);
        assertThat(errors.codeFor("rows[2].amount", "12,5,5")).isEqualTo("money.error.format");
        assertThat(errors.codeFor("rows[0].share", "abc")).isEqualTo("percent.error.format");
        assertThat(errors.codeFor("rows[10].count", "x")).isEqualTo("number.error.format");
        assertThat(errors.codeFor("byKey[PROBLEM].share", "x")).isEqualTo("percent.error.format");
        assertThat(errors.codeFor("more[1].amount", "x")).isEqualTo("money.error.format");
        assertThat(errors.codeFor("total", "1 500 000,50")).as("whole kronor asked for")
            .isEqualTo("money.error.wholeKronor");
        assertThat(errors.codeFor("rows[2].year", "två")).as("Spring's own typeMismatch codes").isNull();
        assertThat(errors.codeFor("rows[2].nothing", "x")).isNull();
        assertThat(errors.codeFor("name.rows", "x")).isNull();
    }

    @Test
    void aTablesErrorsSortRowByRowInTheOrderOfItsColumns() {
        List<String> paths = List.of("version", "rows[10].amount", "rows[2].year", "rows[2].amount", "name", "total",
                "rows[2]", "unknown");
        List<String> sorted = paths.stream()
            .sorted((a, b) -> compare(FormPaths.positions(Table.class, a), FormPaths.positions(Table.class, b)))
            .toList();
        assertThat(sorted).containsExactly("name", "rows[2]", "rows[2].amount", "rows[2].year", "rows[10].amount",
                "total", "version", "unknown");
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

}
