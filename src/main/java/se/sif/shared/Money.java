package se.sif.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts in SEK are carried as whole öre in a {@code long}: exact, and 2^63 öre is far
 * beyond any fund. This class only converts and formats; arithmetic is plain (checked)
 * long arithmetic.
 */
public final class Money {

    public static final long ORE_PER_KRONA = 100;

    private Money() {
    }

    /**
     * Parses a krona amount typed the Swedish way ("1 500 000", "1500000,50", "1 500 000
     * kr") into öre.
     */
    public static long parseKronor(String text) {
        return parseKronor(text, Locale.forLanguageTag("sv"));
    }

    /**
     * Parses a user-typed krona amount into öre. In English the comma groups thousands
     * ("1,500,000.50"); in Swedish it is the decimal sign and spaces group thousands.
     */
    public static long parseKronor(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty");
        }
        String cleaned = text.replace("kr", "").replace("SEK", "").replaceAll("[\\s\\u00a0\\u202f]", "");
        cleaned = "en".equals(locale.getLanguage()) ? cleaned.replace(",", "") : cleaned.replace(',', '.');
        BigDecimal kronor = new BigDecimal(cleaned);
        if (kronor.scale() > 2) {
            throw new IllegalArgumentException("more than two decimals");
        }
        return kronor.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    public static long ofKronor(long kronor) {
        return Math.multiplyExact(kronor, ORE_PER_KRONA);
    }

    public static BigDecimal toKronor(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    /**
     * "1 500 000 kr" in Swedish, "SEK 1,500,000" in English; öre shown only when there
     * are any.
     */
    public static String format(long ore, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(ore % ORE_PER_KRONA == 0 ? 0 : 2);
        format.setMaximumFractionDigits(2);
        String number = format.format(toKronor(ore));
        return "sv".equals(locale.getLanguage()) ? number + " kr" : "SEK " + number;
    }

    /**
     * The amount as a plain krona string for form fields, e.g. "1500000" or "1500000,50".
     */
    public static String toInput(long ore) {
        BigDecimal kronor = toKronor(ore).stripTrailingZeros();
        if (kronor.scale() < 0) {
            kronor = kronor.setScale(0);
        }
        return kronor.toPlainString().replace('.', ',');
    }

}
