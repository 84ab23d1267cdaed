package se.sif.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A file's size for people, in the language of the page: "230 kB", "1,5 MB" in Swedish,
 * "1.5 MB" in English (powers of 1024, as file managers show them). Templates:
 * {@code ${@attachmentSizes.format(a.sizeBytes)}}.
 */
@Component("attachmentSizes")
public class AttachmentSizes {

    private static final long KB = 1024;

    private static final long MB = 1024 * 1024;

    public String format(long bytes) {
        return format(bytes, LocaleContextHolder.getLocale());
    }

    static String format(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < KB) {
            return number.format(bytes) + " B";
        }
        if (bytes < MB) {
            return number.format(divide(bytes, KB)) + " kB";
        }
        return number.format(divide(bytes, MB)) + " MB";
    }

    private static BigDecimal divide(long bytes, long unit) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP);
    }

}
