package se.sif.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.sif.shared.Stockholm;
import se.sif.shared.Money;

/**
 * Formatting for templates: {@code ${@sek.format(amountOre)}},
 * {@code ${@sek.time(instant)}}.
 */
@Component("sek")
public class SekFormatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String format(Long ore) {
        return ore == null ? "–" : Money.format(ore, LocaleContextHolder.getLocale());
    }

    public String input(Long ore) {
        return ore == null ? "" : Money.toInput(ore);
    }

    /**
     * A moment shown as Stockholm local time, which is what every Swedish user means by a
     * time.
     */
    public String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant.atZone(Stockholm.ZONE));
    }

    /**
     * A decimal number as the reader's language writes it: "78,5" in Swedish, "78.5" in
     * English; no trailing zeros.
     */
    public String decimal(java.math.BigDecimal value) {
        return value == null ? "–" : FormFormatters.writeDecimal(value, LocaleContextHolder.getLocale());
    }

    /**
     * An audit text in the reader's language: the trail stores amounts language-neutral
     * ("SEK 1,400,000.50", {@code Money.format(ore, Locale.ROOT)}) so the record never
     * depends on who wrote it; here they become "1 400 000,50 kr" for a Swedish reader.
     * Everything else in the text stays as recorded.
     */
    public String auditText(String details) {
        if (details == null) {
            return "";
        }
        Matcher amount = ROOT_AMOUNT.matcher(details);
        StringBuilder text = new StringBuilder();
        while (amount.find()) {
            long ore = new BigDecimal(amount.group(1).replace(",", "")).movePointRight(2).longValueExact();
            amount.appendReplacement(text, Matcher.quoteReplacement(format(ore)));
        }
        amount.appendTail(text);
        return text.toString();
    }

    private static final Pattern ROOT_AMOUNT = Pattern.compile("SEK (-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d{1,2})?)");

    /**
     * Width of a bar in a chart, as a percentage of the largest value, for the
     * table-backed bar charts.
     */
    public long percent(long part, long whole) {
        return whole <= 0 ? 0 : Math.max(0, Math.min(100, Math.round(100.0 * part / whole)));
    }

}
