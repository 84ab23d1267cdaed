package se.sif.economics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import se.sif.economics.calculation.CalculationInputException.Violation;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.web.FormInput;

/**
 * Reading the calculation editor's forms (plain HTML forms that work without JavaScript:
 * a table of rows with a few empty ones to fill in) and putting every problem beside the
 * input it is about. Shares are typed as percentages and amounts in kronor, as people
 * write them; the document keeps shares in 0–1 and öre.
 */
@Component
class CalculationForms {

    /**
     * Empty rows offered under the filled ones, so rows can be added without JavaScript.
     */
    static final int EMPTY_ROWS = 3;

    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)](?:\\.(.*))?$");

    private final MessageSource messages;

    CalculationForms(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The rows of a table form ({@code rows[3].amount=…}), in index order, each a field →
     * text map.
     */
    static List<Map<String, String>> rows(MultiValueMap<String, String> params, String table) {
        TreeMap<Integer, Map<String, String>> rows = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            Matcher m = ROW_FIELD.matcher(e.getKey());
            if (m.matches() && m.group(1).equals(table) && Integer.parseInt(m.group(2)) < 1000) {
                String value = e.getValue().isEmpty() ? "" : e.getValue().get(e.getValue().size() - 1);
                rows.computeIfAbsent(Integer.parseInt(m.group(2)), i -> new LinkedHashMap<>()).put(m.group(3), value);
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** Whether the user left a row empty (ignored) or ticked "remove". */
    static boolean skipped(Map<String, String> row, List<String> inputs) {
        if ("on".equals(row.get("remove")) || "true".equals(row.get("remove"))) {
            return true;
        }
        for (String field : inputs) {
            String v = row.get(field);
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Collects the problems of one form submission, keyed by the form's field names. */
    final class Errors {

        final Map<String, String> byField = new LinkedHashMap<>();

        final List<String> general = new ArrayList<>();

        void add(String field, String key, Object... args) {
            byField.putIfAbsent(field, message(key, args));
        }

        boolean any() {
            return !byField.isEmpty() || !general.isEmpty();
        }

        @Nullable Integer integer(Map<String, String> input, String name, String field) {
            String text = input.get(name);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip());
            }
            catch (NumberFormatException e) {
                add(field, "economics.form.wholeNumber");
                return null;
            }
        }

        @Nullable Double decimal(Map<String, String> input, String name, String field) {
            try {
                BigDecimal d = FormInput.decimal(input.get(name));
                return d == null ? null : d.doubleValue();
            }
            catch (DomainException e) {
                add(field, e.messageKey());
                return null;
            }
        }

        /** A percentage typed by the user, as a share in 0–1. */
        @Nullable Double percent(Map<String, String> input, String name, String field) {
            Double p = decimal(input, name, field);
            return p == null ? null : BigDecimal.valueOf(p).divide(BigDecimal.valueOf(100)).doubleValue();
        }

        @Nullable Long kronor(Map<String, String> input, String name, String field) {
            try {
                return FormInput.kronor(input.get(name));
            }
            catch (DomainException e) {
                add(field, e.messageKey());
                return null;
            }
        }

        <E extends Enum<E>> @Nullable E choice(Map<String, String> input, String name, String field, Class<E> type) {
            String text = input.get(name);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.strip());
            }
            catch (IllegalArgumentException e) {
                add(field, "economics.form.choose");
                return null;
            }
        }

        /**
         * Puts the calculation's problems beside the form's inputs:
         * {@code costs[2].amountOre} of the document is {@code rows[5].amount} of the
         * form when rows 1, 3 and 4 were left empty.
         * @param list the document list the form edits ({@code costs}), or null for
         * single fields
         * @param rowIndex for each element of that list, the form row it came from
         * @param formTable the form's table name ({@code rows}, {@code streams})
         */
        void violations(List<Violation> violations, @Nullable String list, List<Integer> rowIndex, String formTable,
                @Nullable String streamPrefix, List<Integer> streamRowIndex) {
            for (Violation v : violations) {
                String field = v.field();
                String formField = null;
                if (streamPrefix != null && field.startsWith(streamPrefix + ".valueStreams[")) {
                    Matcher m = INDEXED.matcher(field.substring(streamPrefix.length() + 1));
                    if (m.matches() && Integer.parseInt(m.group(2)) < streamRowIndex.size()) {
                        formField = "streams[" + streamRowIndex.get(Integer.parseInt(m.group(2))) + "]."
                                + formName(m.group(3) == null ? "unitValueOre" : m.group(3));
                    }
                }
                else if (streamPrefix != null && field.startsWith(streamPrefix + ".")) {
                    formField = formName(field.substring(streamPrefix.length() + 1));
                }
                else if (list != null && field.startsWith(list + "[")) {
                    Matcher m = INDEXED.matcher(field);
                    if (m.matches() && Integer.parseInt(m.group(2)) < rowIndex.size()) {
                        formField = formTable + "[" + rowIndex.get(Integer.parseInt(m.group(2))) + "]."
                                + formName(m.group(3) == null ? "low" : m.group(3));
                    }
                }
                else if (list == null && streamPrefix == null && !field.contains("[") && !field.contains(".")) {
                    formField = field;
                }
                String text = localise(v);
                if (formField == null) {
                    general.add(field + ": " + text);
                }
                else {
                    byField.putIfAbsent(formField, text);
                }
            }
        }

    }

    @Nullable Errors errors() {
        return new Errors();
    }

    private static @Nullable String formName(String documentField) {
        return documentField.endsWith("Ore") ? documentField.substring(0, documentField.length() - 3) : documentField;
    }

    /**
     * The calculation core speaks English to developers; users get the common problems in
     * their language. What is not recognised is shown as it is, which is better than a
     * vague message.
     */
    @Nullable String localise(Violation v) {
        String p = v.problem();
        if (p.equals("must be given")) {
            return message("validation.required");
        }
        if (p.equals("must be between 0 and 1")) {
            return message("economics.problem.share");
        }
        if (p.startsWith("must be a number of at least 0") || p.equals("must not be negative")) {
            return message("economics.problem.nonNegative");
        }
        if (p.startsWith("unknown actor")) {
            return message("economics.problem.unknownActor");
        }
        if (p.startsWith("unknown unit cost")) {
            return message("economics.problem.unknownUnitCost");
        }
        if (p.startsWith("no cost line for year")) {
            return message("economics.problem.missingYears",
                    p.replaceAll("^no cost line for years? ([0-9, and]+) of.*$", "$1"));
        }
        Matcher between = Pattern.compile("^must be between (-?\\d+) and (-?\\d+)( \\(.*)?$").matcher(p);
        if (between.matches()) {
            return message("economics.problem.between", between.group(1), between.group(2));
        }
        Matcher indexing = Pattern.compile("^cannot be brought to (\\d+) prices: price index '([^']*)' lacks (\\d+)$")
            .matcher(p);
        if (indexing.matches()) {
            return message("economics.problem.priceIndex", indexing.group(3), indexing.group(1), indexing.group(2));
        }
        Matcher belowHorizon = Pattern.compile("^must be below the horizon of (\\d+) years.*$").matcher(p);
        if (belowHorizon.matches()) {
            return message("economics.problem.lagBeyondHorizon", belowHorizon.group(1));
        }
        if (p.contains("is already used by actors[")) {
            return message("economics.problem.actorIdTaken");
        }
        if (p.startsWith("unknown parameter set")) {
            return message("economics.problem.unknownParameterSet");
        }
        if (p.startsWith("must name a parameter") || p.startsWith("there is no ")) {
            return message("economics.form.choose");
        }
        if (p.endsWith("already has an uncertainty")) {
            return message("economics.problem.uncertaintyTwice");
        }
        if (p.startsWith("low and high must lie within the range")) {
            return message("economics.problem.uncertaintyRange");
        }
        if (p.startsWith("must not be above likely")) {
            return message("economics.problem.lowAboveLikely");
        }
        if (p.startsWith("must not be below likely")) {
            return message("economics.problem.highBelowLikely");
        }
        if (p.equals("must be a finite number") || p.equals("must be a positive number")) {
            return message("number.error.format");
        }
        if (p.startsWith("must name at least one actor")) {
            return message("economics.problem.noActors");
        }
        if (p.startsWith("must equal the value of")) {
            return message("economics.problem.likely");
        }
        return p;
    }

    @Nullable String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    // --- formatting values back into inputs
    // --------------------------------------------------------------

    static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    static String percent(Double share) {
        if (share == null) {
            return "";
        }
        return BigDecimal.valueOf(share)
            .multiply(BigDecimal.valueOf(100))
            .setScale(4, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString()
            .replace('.', decimalSeparator());
    }

    static String decimal(@Nullable Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value)
            .setScale(6, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString()
            .replace('.', decimalSeparator());
    }

    static String kronor(@Nullable Long ore) {
        return ore == null ? "" : Money.toInput(ore);
    }

    private static char decimalSeparator() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? '.' : ',';
    }

}
