package se.sif.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.sif.shared.Stockholm;
import se.sif.shared.Money;

/** Formatting for templates: {@code ${@sek.format(amountOre)}}, {@code ${@sek.time(instant)}}. */
@Component("sek")
public class SekFormatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String format(Long ore) {
        return ore == null ? "–" : Money.format(ore, LocaleContextHolder.getLocale());
    }

    public String input(Long ore) {
        return ore == null ? "" : Money.toInput(ore);
    }

    /** A moment shown as Stockholm local time, which is what every Swedish user means by a time. */
    public String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant.atZone(Stockholm.ZONE));
    }

    /** A decimal number as the reader's language writes it: "78,5" in Swedish, "78.5" in English; no trailing zeros. */
    public String decimal(java.math.BigDecimal value) {
        return value == null ? "–" : FormFormatters.writeDecimal(value, LocaleContextHolder.getLocale());
    }

    /** Width of a bar in a chart, as a percentage of the largest value, for the table-backed bar charts. */
    public long percent(long part, long whole) {
        return whole <= 0 ? 0 : Math.max(0, Math.min(100, Math.round(100.0 * part / whole)));
    }
}
