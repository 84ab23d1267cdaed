package se.sif.shared.web;

import java.math.BigDecimal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import se.sif.shared.Money;

/** Reads typed numbers from forms in the user's language; what cannot be read becomes a field error. */
public final class FormInput {

    private FormInput() {
    }

    /** A krona amount in öre, or null when the field is empty or unreadable (then an error is recorded). */
    public static Long kronor(String text, String field, BindingResult result) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Money.parseKronor(text, LocaleContextHolder.getLocale());
        } catch (IllegalArgumentException | ArithmeticException e) {
            result.rejectValue(field, "money.error.format");
            return null;
        }
    }

    /** A decimal number ("12,5" or "12.5"), or null when empty or unreadable (then an error is recorded). */
    public static BigDecimal decimal(String text, String field, BindingResult result) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            result.rejectValue(field, "number.error.format");
            return null;
        }
    }
}
