package se.sif.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests (no CSV library is a dependency): quoted cells
 * with doubled quotes and line breaks, CRLF between records. It reads independently of
 * {@link CsvWriter}, so a round trip through both checks the quoting.
 */
public final class CsvReading {

    private CsvReading() {
    }

    public static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                }
                else {
                    cell.append(c);
                }
            }
            else if (c == '"') {
                if (cell.length() > 0) {
                    throw new IllegalArgumentException("quote inside an unquoted cell at " + i);
                }
                quoted = true;
            }
            else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            }
            else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
                continue;
            }
            else if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("bare line break outside quotes at " + i);
            }
            else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

}
