package se.sif.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.sif.shared.CsvWriter;
import se.sif.shared.Money;
import se.sif.shared.Stockholm;
import se.sif.shared.web.Downloads;

/**
 * The filtered application list as files, for the pages and the API alike: every row of
 * the filter (not one page), the column names and states in the reader's language.
 */
@Component
class ApplicationExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] COLUMNS = { "application.registrationNumber", "application.title", "application.call",
            "officer.export.applicant", "application.status", "officer.export.answered", "officer.export.required",
            "officer.export.requestedKronor", "officer.partners", "application.list.submitted" };

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Rows kept in memory while the workbook streams the rest to disk. */
    private static final int WINDOW = 200;

    private final Applications applications;

    private final MessageSource messages;

    ApplicationExports(Applications applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    ResponseEntity<byte[]> csv(Applications.Filter filter, se.sif.shared.ListQuery query) {
        List<ApplicationListItem> items = items(filter, query);
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.forExcel(out);
        csv.row((Object[]) header(locale));
        for (ApplicationListItem item : items) {
            ApplicationView a = item.application();
            csv.row(a.registrationNumber(), a.title(), a.callTitle(), a.applicantName(), state(a, locale),
                    item.completeness().answered(), item.completeness().required(), kronor(a.requestedAmountOre()),
                    partners(a), a.submittedAt() == null ? null : TIME.format(submitted(a)));
        }
        csv.flush();
        return Downloads.attachment(bytes.toByteArray(), "text/csv;charset=UTF-8", fileName(filter) + ".csv");
    }

    ResponseEntity<byte[]> xlsx(Applications.Filter filter, se.sif.shared.ListQuery query) {
        List<ApplicationListItem> items = items(filter, query);
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = workbook.createSheet(messages.getMessage("nav.applications", null, locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row header = sheet.createRow(0);
            String[] names = header(locale);
            for (int i = 0; i < names.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(names[i]);
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (ApplicationListItem item : items) {
                ApplicationView a = item.application();
                Row row = sheet.createRow(r++);
                // text goes in as string cells, which a spreadsheet shows and never
                // evaluates, so no apostrophe is needed (it would show)
                text(row, 0, a.registrationNumber());
                text(row, 1, a.title());
                text(row, 2, a.callTitle());
                text(row, 3, a.applicantName());
                text(row, 4, state(a, locale));
                row.createCell(5).setCellValue(item.completeness().answered());
                row.createCell(6).setCellValue(item.completeness().required());
                BigDecimal kronor = kronor(a.requestedAmountOre());
                if (kronor != null) {
                    Cell cell = row.createCell(7);
                    // a spreadsheet holds numbers as binary doubles: kronor with two
                    // decimals are shown exactly, and the öre stay exact in the database
                    cell.setCellValue(kronor.doubleValue());
                    cell.setCellStyle(money);
                }
                text(row, 8, partners(a));
                if (a.submittedAt() != null) {
                    Cell cell = row.createCell(9);
                    cell.setCellValue(submitted(a));
                    cell.setCellStyle(time);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            workbook.dispose();
            try {
                workbook.close();
            }
            catch (IOException e) {
                // the bytes are written; a temporary file that will not close is no
                // reason to fail
            }
        }
        return Downloads.attachment(bytes.toByteArray(), XLSX, fileName(filter) + ".xlsx");
    }

    private List<ApplicationListItem> items(Applications.Filter filter, se.sif.shared.ListQuery query) {
        return applications.listItems(applications.exported(filter, query));
    }

    private String[] header(Locale locale) {
        String[] names = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            names[i] = messages.getMessage(COLUMNS[i], null, locale);
        }
        return names;
    }

    private String state(ApplicationView a, Locale locale) {
        return messages.getMessage("application.status." + a.status().name(), null, locale);
    }

    private static void text(Row row, int column, @Nullable String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static @Nullable BigDecimal kronor(@Nullable Long ore) {
        return ore == null ? null : Money.toKronor(ore);
    }

    private static String partners(ApplicationView a) {
        return a.coApplicants().stream().map(ApplicationView.CoApplicant::name).collect(Collectors.joining(", "));
    }

    private static LocalDateTime submitted(ApplicationView a) {
        return LocalDateTime.ofInstant(a.submittedAt(), Stockholm.ZONE);
    }

    private static String fileName(Applications.Filter filter) {
        return filter.callId() == null ? "ansokningar" : "ansokningar-utlysning-" + filter.callId();
    }

}
