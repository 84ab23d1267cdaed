package se.sif.shared.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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
            return FormFormatters.readDecimal(text);
        }
        catch (FormFormatters.Unreadable e) {
            throw new DomainException("number.error.format");
        }
    }

}
