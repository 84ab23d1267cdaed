package se.sif.shared.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import se.sif.shared.Money;

/**
 * How kronor, percent and decimal numbers are read from and written back into form
 * fields, in the user's language. Registered once ({@link WebConfiguration}); what cannot
 * be read becomes a field error with the message code of
 * {@link FormBindingErrorProcessor}, so each form shows it beside the field like any
 * other.
 */
final class FormFormatters {

    private FormFormatters() {
    }

    /** Typed text that is not a number at all. */
    static final class Unreadable extends IllegalArgumentException {

        Unreadable(String text) {
            super("not a number: " + text);
        }

    }

    /** A krona amount with öre where only whole kronor are accepted. */
    static final class OreNotAllowed extends IllegalArgumentException {

        OreNotAllowed() {
            super("whole kronor only");
        }

    }

    static BigDecimal readDecimal(String text) {
        try {
            return new BigDecimal(text.replaceAll("[\\s\\u00a0\\u202f]", "").replace('−', '-').replace(',', '.'));
        }
        catch (NumberFormatException e) {
            throw new Unreadable(text);
        }
    }

    static String writeDecimal(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        if (plain.contains("E")) {
            plain = value.toPlainString();
        }
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

    static final class KronorFactory implements AnnotationFormatterFactory<Kronor> {

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(Long.class);
        }

        @Override
        public Printer<Long> getPrinter(Kronor annotation, Class<?> fieldType) {
            return formatter(annotation);
        }

        @Override
        public Parser<Long> getParser(Kronor annotation, Class<?> fieldType) {
            return formatter(annotation);
        }

        private Formatter<Long> formatter(Kronor annotation) {
            return new Formatter<>() {
                @Override
                public Long parse(String text, Locale locale) throws ParseException {
                    long ore;
                    try {
                        ore = Money.parseKronor(text, locale);
                    }
                    catch (NumberFormatException | ArithmeticException e) {
                        throw new Unreadable(text);
                    }
                    catch (IllegalArgumentException e) {
                        // more than two decimals: öre are at most two digits
                        throw annotation.ore() ? new Unreadable(text) : new OreNotAllowed();
                    }
                    if (!annotation.ore() && ore % Money.ORE_PER_KRONA != 0) {
                        throw new OreNotAllowed();
                    }
                    return ore;
                }

                /**
                 * "1 500 000" (Swedish) or "1,500,000" (English): as people type it, and
                 * read back unchanged.
                 */
                @Override
                public String print(Long ore, Locale locale) {
                    boolean english = "en".equals(locale.getLanguage());
                    java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(Locale.ROOT);
                    symbols.setGroupingSeparator(english ? ',' : ' ');
                    symbols.setDecimalSeparator(english ? '.' : ',');
                    java.text.DecimalFormat format = new java.text.DecimalFormat(
                            ore % Money.ORE_PER_KRONA == 0 ? "#,##0" : "#,##0.00", symbols);
                    return format.format(Money.toKronor(ore));
                }
            };
        }

    }

    static final class PercentFactory implements AnnotationFormatterFactory<Percent> {

        private static final Formatter<BigDecimal> FORMATTER = new Formatter<>() {
            @Override
            public BigDecimal parse(String text, Locale locale) {
                return readDecimal(text.replace("%", "")).movePointLeft(2);
            }

            @Override
            public String print(BigDecimal share, Locale locale) {
                return writeDecimal(share.movePointRight(2), locale);
            }
        };

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(BigDecimal.class);
        }

        @Override
        public Printer<BigDecimal> getPrinter(Percent annotation, Class<?> fieldType) {
            return FORMATTER;
        }

        @Override
        public Parser<BigDecimal> getParser(Percent annotation, Class<?> fieldType) {
            return FORMATTER;
        }

    }

    static final class DecimalFactory implements AnnotationFormatterFactory<Decimal> {

        private static final Formatter<BigDecimal> FORMATTER = new Formatter<>() {
            @Override
            public BigDecimal parse(String text, Locale locale) {
                return readDecimal(text);
            }

            @Override
            public String print(BigDecimal value, Locale locale) {
                return writeDecimal(value, locale);
            }
        };

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(BigDecimal.class);
        }

        @Override
        public Printer<BigDecimal> getPrinter(Decimal annotation, Class<?> fieldType) {
            return FORMATTER;
        }

        @Override
        public Parser<BigDecimal> getParser(Decimal annotation, Class<?> fieldType) {
            return FORMATTER;
        }

    }

}
