package se.sif.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The one way SIF writes CSV: RFC 4180 quoting (a cell holding the separator, a quote, a
 * line break or a leading or trailing space is quoted, quotes doubled), CRLF between
 * records, and text neutralised against formula injection: a text cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe (OWASP "CSV Injection"), so a spreadsheet shows it as text instead of
 * running it. Numbers are written as numbers, never neutralised: a negative amount must
 * stay a number for the sums in the spreadsheet.
 *
 * <p>
 * {@link #forExcel} is the Swedish spreadsheet's dialect: a UTF-8 byte order mark
 * (without it Excel reads å, ä and ö as Latin-1), {@code ;} between cells (Swedish
 * Excel's list separator, since {@code ,} is the decimal comma) and decimal commas.
 * {@link #plain} is for files read by programs: no mark, the given separator and decimal
 * points.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    private final char separator;

    private final char decimal;

    private CsvWriter(Writer out, char separator, char decimal) {
        this.out = out;
        this.separator = separator;
        this.decimal = decimal;
    }

    /** Semicolons, decimal commas, and the byte order mark written at once. */
    public static CsvWriter forExcel(Writer out) {
        CsvWriter writer = new CsvWriter(out, ';', ',');
        writer.write("\ufeff");
        return writer;
    }

    /** The given separator and decimal points, no byte order mark. */
    public static CsvWriter plain(Writer out, char separator) {
        return new CsvWriter(out, separator, '.');
    }

    /**
     * One record. A {@link BigDecimal} or other {@link Number} is written as a number,
     * {@code null} as an empty cell, anything else as neutralised, quoted text.
     */
    public CsvWriter row(@Nullable Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(separator);
            }
            line.append(cell(cells[i]));
        }
        write(line.append("\r\n").toString());
        return this;
    }

    public void flush() {
        try {
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString().replace('.', decimal);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).toPlainString().replace('.', decimal);
        }
        return quote(neutralised(value.toString()));
    }

    /**
     * The text as a spreadsheet will show it rather than evaluate it; also for a
     * spreadsheet cell that is not written through CSV.
     */
    public static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private String quote(String text) {
        boolean needs = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1))));
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private void write(String text) {
        try {
            out.write(text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
