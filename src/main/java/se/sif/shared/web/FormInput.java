package se.sif.shared.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import se.sif.shared.DomainException;
import se.sif.shared.Money;

/** Reads typed numbers from forms in the user's language. */
public final class FormInput {

    private FormInput() {
    }

    /**
     * A krona amount in öre, or null when the field is empty. Unreadable input is refused
     * as a rule, so a step run through {@link Flash#attempt} reports it like any other
     * refusal.
     */
    public static @Nullable Long kronor(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Money.parseKronor(text, LocaleContextHolder.getLocale());
        }
        catch (IllegalArgumentException | ArithmeticException e) {
            throw new DomainException("money.error.format");
        }
    }

    /**
     * A decimal number ("12,5" or "12.5"), or null when empty; unreadable input is
     * refused as a rule.
     */
    public static @Nullable BigDecimal decimal(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
        }
        catch (NumberFormatException e) {
            throw new DomainException("number.error.format");
        }
    }

    /**
     * As {@link #kronor(String)}, for a bound form: what cannot be read becomes an error
     * on the field.
     */
    public static @Nullable Long kronor(String text, String field, BindingResult result) {
        try {
            return kronor(text);
        }
        catch (DomainException e) {
            result.rejectValue(field, e.messageKey());
            return null;
        }
    }

    /**
     * As {@link #decimal(String)}, for a bound form: what cannot be read becomes an error
     * on the field.
     */
    public static @Nullable BigDecimal decimal(String text, String field, BindingResult result) {
        try {
            return decimal(text);
        }
        catch (DomainException e) {
            result.rejectValue(field, e.messageKey());
            return null;
        }
    }

}
