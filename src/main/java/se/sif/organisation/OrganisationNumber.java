package se.sif.organisation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Swedish organisation number (organisationsnummer): ten digits whose last is the Luhn
 * check digit of the first nine, written {@code NNNNNN-NNNN}. The one place where a
 * number is read and checked: the page form, the API and {@link Organisations} all go
 * through {@link #parse}. A number typed without the hyphen, or with spaces, is read the
 * same; anything else (a personal identity number with its century, a wrong check digit)
 * is refused rather than guessed at.
 */
public record OrganisationNumber(String value) {

    public OrganisationNumber {
        if (!value.matches("[0-9]{6}-[0-9]{4}") || !luhnValid(value.replace("-", ""))) {
            throw new IllegalArgumentException("not an organisation number: " + value);
        }
    }

    /** The number as typed, normalised; empty when it is not a valid number. */
    public static Optional<OrganisationNumber> parse(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replace(" ", "");
        String digits;
        if (text.matches("[0-9]{10}")) {
            digits = text;
        }
        else if (text.matches("[0-9]{6}-[0-9]{4}")) {
            digits = text.replace("-", "");
        }
        else {
            return Optional.empty();
        }
        if (!luhnValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(new OrganisationNumber(digits.substring(0, 6) + "-" + digits.substring(6)));
    }

    /**
     * The check digit of nine digits: every other digit from the first doubled (the
     * digits of a product over 9 summed), the check digit tops the sum up to a multiple
     * of ten.
     */
    static int checkDigit(String nineDigits) {
        if (!nineDigits.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("nine digits expected: " + nineDigits);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = nineDigits.charAt(i) - '0';
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean luhnValid(String tenDigits) {
        return checkDigit(tenDigits.substring(0, 9)) == tenDigits.charAt(9) - '0';
    }

    /**
     * The org-id.guide identifier (SE-ON-&lt;number&gt;) of 360Giving and IATI exports.
     */
    public String orgId() {
        return "SE-ON-" + value.replace("-", "");
    }

    @Override
    public String toString() {
        return value;
    }

}
