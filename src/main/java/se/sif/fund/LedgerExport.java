package se.sif.fund;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.sif.shared.CsvWriter;
import se.sif.shared.Stockholm;
import se.sif.shared.Money;

/**
 * The ledger as one row per entry, for controllers and auditors: CSV (semicolon-separated
 * with a BOM, as Swedish Excel opens it) and XLSX, where the amount is an exact whole
 * number of öre (spreadsheets hold numbers as binary floating point, exact for integers)
 * and kronor a formula of it, so sums can be checked.
 */
final class LedgerExport {

    static final String[] HEADER = { "transaktion", "registrerad", "typ", "budgetår", "konto", "bidrag", "belopp_kr",
            "diarienummer", "beskrivning", "registrerad_av", "rättar_transaktion" };

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LedgerExport() {
    }

    static void csv(List<LedgerTransaction> transactions, Writer out) {
        CsvWriter csv = CsvWriter.forExcel(out);
        csv.row((Object[]) HEADER);
        for (LedgerTransaction t : transactions) {
            for (LedgerTransaction.Entry e : t.entries()) {
                csv.row(t.id(), TIME.format(t.recordedAt().atZone(Stockholm.ZONE)), t.kind().name(), e.fiscalYear(),
                        e.account().name(), t.grantReference(), Money.toKronor(e.amountOre()), t.registrationNumber(),
                        t.description(), t.recordedBy(), t.reversesId());
            }
        }
        csv.flush();
    }

    static void xlsx(List<LedgerTransaction> transactions, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Huvudbok");
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("# ##0.00"));
            Row header = sheet.createRow(0);
            // The spreadsheet carries the exact öre beside the kronor (a formula of it).
            List<String> withOre = new java.util.ArrayList<>(List.of(HEADER));
            withOre.add(withOre.indexOf("belopp_kr"), "belopp_öre");
            String[] columns = withOre.toArray(String[]::new);
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            int r = 1;
            for (LedgerTransaction t : transactions) {
                for (LedgerTransaction.Entry e : t.entries()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(t.id());
                    row.createCell(1).setCellValue(TIME.format(t.recordedAt().atZone(Stockholm.ZONE)));
                    row.createCell(2).setCellValue(t.kind().name());
                    row.createCell(3).setCellValue(e.fiscalYear());
                    row.createCell(4).setCellValue(e.account().name());
                    row.createCell(5).setCellValue(t.grantReference() == null ? "" : t.grantReference());
                    row.createCell(6).setCellValue(e.amountOre());
                    var kronor = row.createCell(7);
                    kronor.setCellFormula("G" + r + "/100");
                    kronor.setCellStyle(money);
                    row.createCell(8).setCellValue(t.registrationNumber() == null ? "" : t.registrationNumber());
                    row.createCell(9).setCellValue(t.description());
                    row.createCell(10).setCellValue(t.recordedBy());
                    if (t.reversesId() != null) {
                        row.createCell(11).setCellValue(t.reversesId());
                    }
                }
            }
            if (r > 1) {
                Row total = sheet.createRow(r);
                total.createCell(5).setCellValue("summa");
                total.createCell(6).setCellFormula("SUM(G2:G" + r + ")");
                var sum = total.createCell(7);
                sum.setCellFormula("SUM(H2:H" + r + ")");
                sum.setCellStyle(money);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

}
