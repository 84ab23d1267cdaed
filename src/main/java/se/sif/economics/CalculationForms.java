package se.sif.economics;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import se.sif.economics.CalculationDocument.ActorEntry;
import se.sif.economics.CalculationDocument.CostEntry;
import se.sif.economics.CalculationDocument.IndicatorMeasure;
import se.sif.economics.CalculationDocument.OutcomeEntry;
import se.sif.economics.CalculationDocument.ValueStreamEntry;
import se.sif.economics.Discounting.FirstYear;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.CalculationInputException.Violation;
import se.sif.economics.calculation.CostNature;
import se.sif.economics.calculation.CostType;
import se.sif.economics.calculation.DiscountBasis;
import se.sif.economics.calculation.DistributionShape;
import se.sif.economics.calculation.Perspective;
import se.sif.economics.calculation.ValueKind;
import se.sif.fund.RepaymentAgreement.LossCover;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.web.Decimal;
import se.sif.shared.web.Kronor;
import se.sif.shared.web.Percent;

/**
 * The calculation editor's forms as typed, one record per page with its fields in the
 * order the page shows them (so the error summary reads in that order). Plain HTML forms
 * that work without JavaScript: a table is a list of rows with a few empty ones to fill
 * in, a row left empty is ignored and a row can be ticked for removal. Shares are typed
 * as percentages and amounts in kronor, as people write them ({@link Percent},
 * {@link Kronor}); the document keeps shares in 0–1 and öre. The calculation core's
 * refusals are put beside the inputs they are about ({@link #refusal}), in the user's
 * language ({@link #problem}).
 */
final class CalculationForms {

    /**
     * Empty rows offered under the filled ones, so rows can be added without JavaScript.
     */
    static final int EMPTY_ROWS = 3;

    private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)](?:\\.(.*))?$");

    private CalculationForms() {
    }

    /**
     * What every editor form ends with: the version it edited (a save by someone else in
     * between is refused) and an optional note for the new version.
     */
    interface Versioned {

        @Nullable Integer version();

        @Nullable String note();

    }

    /** A row of a table form. */
    interface Row {

        @Nullable Boolean remove();

        /** Whether none of the row's inputs was filled in. */
        boolean blank();

        /** Whether the row is ignored: left empty, or ticked for removal. */
        default boolean skipped() {
            return Boolean.TRUE.equals(remove()) || blank();
        }

        /** Whether the row has something to remove (empty rows offer no "remove"). */
        default boolean filled() {
            return !blank();
        }

    }

    // --- the forms
    // -------------------------------------------------------------------------------------

    /** Settings: the calculation's name, years, perspective and parameter sets. */
    record SettingsForm(@Nullable String name, @NotNull(message = "{validation.required}") @Nullable Integer startYear,
            @Nullable Integer interventionYears, @Nullable Integer horizonYears, @Nullable Integer priceBaseYear,
            @Nullable Perspective perspective, @Nullable String discountingVersion, @Nullable FirstYear firstYear,
            @Nullable String optimismBiasVersion, @Nullable String priceIndexVersion, @Nullable Integer version,
            @Nullable String note) implements Versioned {

        static SettingsForm of(CalculationDocument doc, int version) {
            return new SettingsForm(doc.name(), doc.startYear(), doc.interventionYears(), doc.horizonYears(),
                    doc.priceBaseYear(), doc.perspective(), doc.discountingVersion(), doc.firstYear(),
                    doc.optimismBiasVersion(), doc.priceIndexVersion(), version, null);
        }

        CalculationDocument applyTo(CalculationDocument working) {
            return working.withSettings(blank(name), startYear, horizonYears, priceBaseYear, interventionYears,
                    perspective, blank(discountingVersion), firstYear, blank(optimismBiasVersion),
                    blank(priceIndexVersion));
        }
    }

    /** Actors: who pays and who gains. */
    record ActorsForm(List<ActorRow> rows, @Nullable Integer version, @Nullable String note) implements Versioned {

        ActorsForm {
            rows = rowsOf(rows, ActorRow.EMPTY);
        }

        static ActorsForm of(CalculationDocument doc, int version) {
            return new ActorsForm(padded(doc.actors().stream().map(ActorRow::of).toList(), ActorRow.EMPTY), version,
                    null);
        }
    }

    record ActorRow(@Nullable String id, @Nullable String name, @Nullable ActorKind kind,
            @Nullable Boolean ownerOrganisation, @Nullable Long organisationId,
            @Nullable Boolean remove) implements Row {

        static final ActorRow EMPTY = new ActorRow(null, null, null, null, null, null);

        static ActorRow of(ActorEntry a) {
            return new ActorRow(a.id(), a.name(), a.kind(), a.ownerOrganisation(), a.organisationId(), null);
        }

        @Override
        public boolean blank() {
            return CalculationForms.blank(id) == null && CalculationForms.blank(name) == null && kind == null
                    && organisationId == null;
        }

        ActorEntry entry() {
            return new ActorEntry(CalculationForms.blank(id), CalculationForms.blank(name), kind,
                    Boolean.TRUE.equals(ownerOrganisation), organisationId);
        }
    }

    /** Costs: one row per actor, year and kind of cost. */
    record CostsForm(List<CostRow> rows, @Nullable Integer version, @Nullable String note) implements Versioned {

        CostsForm {
            rows = rowsOf(rows, CostRow.EMPTY);
        }

        static CostsForm of(CalculationDocument doc, int version) {
            return new CostsForm(padded(doc.costs().stream().map(CostRow::of).toList(), CostRow.EMPTY), version, null);
        }
    }

    record CostRow(@Nullable String actorId, @Nullable Integer year, @Kronor(ore = true) @Nullable Long amount,
            @Nullable CostType type, @Nullable CostNature nature, @Nullable Integer confidenceGrade,
            @Nullable Integer priceYear, @Nullable String note, @Nullable Boolean remove) implements Row {

        static final CostRow EMPTY = new CostRow(null, null, null, null, null, null, null, null, null);

        static CostRow of(CostEntry c) {
            return new CostRow(c.actorId(), c.year(), c.amountOre(), c.type(), c.nature(), c.confidenceGrade(),
                    c.priceYear(), c.note(), null);
        }

        @Override
        public boolean blank() {
            return year == null && amount == null && type == null && priceYear == null
                    && CalculationForms.blank(note) == null;
        }

        CostEntry entry() {
            return new CostEntry(CalculationForms.blank(actorId), year, amount, type, nature, confidenceGrade,
                    priceYear, CalculationForms.blank(note));
        }
    }

    /**
     * One outcome: from the target group to the effect, when and for how long, the
     * indicator that measures it, and its value to each actor.
     */
    record OutcomeForm(@Nullable String name, @Decimal @Nullable BigDecimal population,
            @Percent @Nullable BigDecimal engagement, @Percent @Nullable BigDecimal impact,
            @Percent @Nullable BigDecimal deadweight, @Percent @Nullable BigDecimal displacement,
            @Percent @Nullable BigDecimal attribution, @Nullable Integer lagYears, @Nullable Integer durationYears,
            @Percent @Nullable BigDecimal dropOff, @Nullable DiscountBasis discountBasis, @Nullable Long indicatorId,
            @Nullable IndicatorMeasure indicatorMeasure, List<StreamRow> streams, @Nullable Boolean removeOutcome,
            @Nullable Integer version, @Nullable String note) implements Versioned {

        OutcomeForm {
            streams = rowsOf(streams, StreamRow.EMPTY);
        }

        static OutcomeForm of(OutcomeEntry o, int version) {
            return new OutcomeForm(o.name(), decimal(o.population()), share(o.engagement()), share(o.impact()),
                    share(o.deadweight()), share(o.displacement()), share(o.attribution()), o.lagYears(),
                    o.durationYears(), share(o.dropOff()), o.discountBasis(), o.indicatorId(), o.indicatorMeasure(),
                    padded(o.valueStreams().stream().map(StreamRow::of).toList(), StreamRow.EMPTY), null, version,
                    null);
        }

        /** A new outcome: fully attributed to the project, for one year. */
        static OutcomeForm newOutcome(int version) {
            return new OutcomeForm(null, null, null, null, null, null, BigDecimal.ONE, null, 1, null, null, null, null,
                    padded(List.of(), StreamRow.EMPTY), null, version, null);
        }

        /**
         * The outcome as the document keeps it, with the streams of the rows not skipped;
         * {@code streamIndex} gets the form row of each stream.
         */
        OutcomeEntry entry(List<Integer> streamIndex) {
            List<ValueStreamEntry> entries = new ArrayList<>();
            for (int i = 0; i < streams.size(); i++) {
                if (!streams.get(i).skipped()) {
                    entries.add(streams.get(i).entry());
                    streamIndex.add(i);
                }
            }
            return new OutcomeEntry(CalculationForms.blank(name), number(population), number(engagement),
                    number(impact), number(deadweight), number(displacement), number(attribution), lagYears,
                    durationYears, number(dropOff), discountBasis, indicatorId, indicatorMeasure, entries);
        }
    }

    /**
     * What one unit of the outcome is worth to one actor: a library unit cost times a
     * quantity, or an own value in kronor. {@code previousCode} and
     * {@code unitCostVersion} carry the version the library unit cost is pinned to, kept
     * as long as the same unit cost stays chosen.
     */
    record StreamRow(@Nullable String actorId, @Nullable String unitCostCode, @Nullable String previousCode,
            @Nullable Integer unitCostVersion, @Decimal @Nullable BigDecimal quantity,
            @Kronor(ore = true) @Nullable Long unitValue, @Nullable Integer priceYear, @Nullable ValueKind kind,
            @Percent @Nullable BigDecimal cashableShare, @Nullable Integer confidenceGrade,
            @Nullable Boolean remove) implements Row {

        static final StreamRow EMPTY = new StreamRow(null, null, null, null, null, null, null, null, null, null, null);

        static StreamRow of(ValueStreamEntry s) {
            boolean library = s.unitCostCode() != null;
            return new StreamRow(s.actorId(), s.unitCostCode(), s.unitCostCode(), s.unitCostVersion(),
                    library ? decimal(s.quantity()) : null, library ? null : s.unitValueOre(),
                    library ? null : s.priceYear(), s.kind(), share(s.cashableShare()), s.confidenceGrade(), null);
        }

        @Override
        public boolean blank() {
            return CalculationForms.blank(unitCostCode) == null && quantity == null && unitValue == null && kind == null
                    && cashableShare == null;
        }

        ValueStreamEntry entry() {
            String code = CalculationForms.blank(unitCostCode);
            Integer pinned = code != null && code.equals(CalculationForms.blank(previousCode)) ? unitCostVersion : null;
            return new ValueStreamEntry(CalculationForms.blank(actorId), code, pinned,
                    code == null ? null : number(quantity), code == null ? unitValue : null, kind,
                    number(cashableShare), confidenceGrade, null, code == null ? priceYear : null);
        }
    }

    /**
     * Uncertainties: a low and a high value for chosen parameters, typed in the
     * parameter's own unit (percent, kronor or a count).
     */
    record UncertaintiesForm(List<UncertaintyRow> rows, @Nullable Integer version,
            @Nullable String note) implements Versioned {

        UncertaintiesForm {
            rows = rowsOf(rows, UncertaintyRow.EMPTY);
        }
    }

    record UncertaintyRow(@Nullable String parameter, @Decimal @Nullable BigDecimal low,
            @Decimal @Nullable BigDecimal high, @Nullable DistributionShape shape,
            @Nullable Boolean remove) implements Row {

        static final UncertaintyRow EMPTY = new UncertaintyRow(null, null, null, null, null);

        @Override
        public boolean blank() {
            return CalculationForms.blank(parameter) == null && low == null && high == null;
        }
    }

    /**
     * The board's agreement to a repayment plan: the share of the expected savings that
     * is repaid, and who covers a saving that fails.
     */
    record RepaymentAgreementForm(@Percent @Nullable BigDecimal share, @Nullable LossCover lossCover) {
    }

    // --- rows
    // ------------------------------------------------------------------------------------------

    /**
     * The rows as bound: a row the browser sent nothing for is an empty row, so every row
     * can be shown again.
     */
    private static <R> List<R> rowsOf(@Nullable List<R> rows, R empty) {
        if (rows == null) {
            return List.of();
        }
        List<R> all = new ArrayList<>(rows.size());
        for (R row : rows) {
            all.add(row == null ? empty : row);
        }
        return Collections.unmodifiableList(all);
    }

    /** The rows with {@link #EMPTY_ROWS} empty ones to fill in. */
    static <R> List<R> padded(List<R> rows, R empty) {
        List<R> padded = new ArrayList<>(rows);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            padded.add(empty);
        }
        return padded;
    }

    /**
     * The entries of the rows not skipped; {@code rowIndex} gets the form row each came
     * from.
     */
    static <R extends Row, E> List<E> entries(List<R> rows, Function<R, E> entry, List<Integer> rowIndex) {
        List<E> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).skipped()) {
                entries.add(entry.apply(rows.get(i)));
                rowIndex.add(i);
            }
        }
        return entries;
    }

    /**
     * Whether the form has errors other than in rows ticked for removal: a value that
     * cannot be read does not keep its row from being removed.
     */
    static boolean hasErrors(BindingResult result, String table, List<? extends Row> rows) {
        return result.getAllErrors().stream().anyMatch(error -> {
            if (error instanceof FieldError field) {
                Matcher m = INDEXED.matcher(field.getField());
                if (m.matches() && m.group(1).equals(table) && Integer.parseInt(m.group(2)) < rows.size()) {
                    return !Boolean.TRUE.equals(rows.get(Integer.parseInt(m.group(2))).remove());
                }
            }
            return true;
        });
    }

    // --- the core's refusals beside the form's inputs
    // -------------------------------------------------------

    /**
     * Where a settings form shows a problem: at the field of the same name; problems of
     * lists (actors, costs …) above the form.
     */
    static @Nullable String settingsField(String path) {
        return path.contains("[") || path.contains(".") ? null : path;
    }

    /**
     * Where a table form shows a problem of the document's list:
     * {@code costs[2].amountOre} of the document is {@code rows[5].amount} of the form
     * when rows 1, 3 and 4 were left empty.
     * @param list the document's list ({@code costs})
     * @param rowIndex for each element of that list, the form row it came from
     * @param table the form's list ({@code rows})
     * @param whole the field a problem of a whole element is shown at
     */
    static Function<String, @Nullable String> rowFields(String list, List<Integer> rowIndex, String table,
            String whole) {
        return path -> {
            Matcher m = INDEXED.matcher(path);
            if (!m.matches() || !m.group(1).equals(list) || Integer.parseInt(m.group(2)) >= rowIndex.size()) {
                return null;
            }
            return table + "[" + rowIndex.get(Integer.parseInt(m.group(2))) + "]."
                    + formName(m.group(3) == null ? whole : m.group(3));
        };
    }

    /**
     * Where an outcome's form shows a problem of {@code outcomes[index]}: its own fields
     * by name, its value streams' in the rows they came from.
     */
    static Function<String, @Nullable String> outcomeFields(int index, List<Integer> streamIndex) {
        String prefix = "outcomes[" + index + "].";
        Function<String, @Nullable String> streams = rowFields("valueStreams", streamIndex, "streams", "unitValue");
        return path -> {
            if (!path.startsWith(prefix)) {
                return null;
            }
            String field = path.substring(prefix.length());
            return field.startsWith("valueStreams[") ? streams.apply(field) : settingsField(formName(field));
        };
    }

    private static String formName(String documentField) {
        return documentField.endsWith("Ore") ? documentField.substring(0, documentField.length() - 3) : documentField;
    }

    /**
     * The core's refusal as the form's errors: each problem beside the input it is about
     * (once per input), and one the form has no input for above the form, named by its
     * path in the calculation. For {@link se.sif.shared.web.FormErrors#reject}.
     * @param formField where the form shows a problem of a path, or null for none
     */
    static DomainException refusal(List<Violation> violations, Function<String, @Nullable String> formField,
            BindingResult result) {
        DomainException.Violations found = new DomainException.Violations();
        for (Violation v : violations) {
            DomainException.Violation problem = problem(v);
            String field = formField.apply(v.field());
            if (field != null && result.getFieldType(field) != null) {
                if (!found.has(field)) {
                    found.add(field, problem.messageKey(), problem.arguments());
                }
            }
            else {
                found.add(null, "economics.problem.at", v.field(), new DefaultMessageSourceResolvable(
                        new String[] { problem.messageKey() }, problem.arguments(), problem.messageKey()));
            }
        }
        try {
            found.throwIfAny();
        }
        catch (DomainException e) {
            return e;
        }
        return new DomainException("economics.problem.calculationInput");
    }

    /**
     * The calculation core speaks English to developers; users get the common problems in
     * their language, as a message key with its arguments. What is not recognised is
     * shown as the core says it ({@code economics.problem.asGiven}), which is better than
     * a vague message.
     */
    static DomainException.Violation problem(Violation v) {
        String p = v.problem();
        String field = v.field();
        if (p.equals("must be given")) {
            return new DomainException.Violation(field, "validation.required");
        }
        if (p.equals("must be between 0 and 1")) {
            return new DomainException.Violation(field, "economics.problem.share");
        }
        if (p.startsWith("must be a number of at least 0") || p.equals("must not be negative")) {
            return new DomainException.Violation(field, "economics.problem.nonNegative");
        }
        if (p.startsWith("unknown actor")) {
            return new DomainException.Violation(field, "economics.problem.unknownActor");
        }
        if (p.startsWith("unknown unit cost")) {
            return new DomainException.Violation(field, "economics.problem.unknownUnitCost");
        }
        if (p.startsWith("no cost line for year")) {
            return new DomainException.Violation(field, "economics.problem.missingYears",
                    p.replaceAll("^no cost line for years? ([0-9, and]+) of.*$", "$1"));
        }
        Matcher between = Pattern.compile("^must be between (-?\\d+) and (-?\\d+)( \\(.*)?$").matcher(p);
        if (between.matches()) {
            return new DomainException.Violation(field, "economics.problem.between", between.group(1),
                    between.group(2));
        }
        Matcher indexing = Pattern.compile("^cannot be brought to (\\d+) prices: price index '([^']*)' lacks (\\d+)$")
            .matcher(p);
        if (indexing.matches()) {
            return new DomainException.Violation(field, "economics.problem.priceIndex", indexing.group(3),
                    indexing.group(1), indexing.group(2));
        }
        Matcher belowHorizon = Pattern.compile("^must be below the horizon of (\\d+) years.*$").matcher(p);
        if (belowHorizon.matches()) {
            return new DomainException.Violation(field, "economics.problem.lagBeyondHorizon", belowHorizon.group(1));
        }
        if (p.contains("is already used by actors[")) {
            return new DomainException.Violation(field, "economics.problem.actorIdTaken");
        }
        if (p.startsWith("unknown parameter set")) {
            return new DomainException.Violation(field, "economics.problem.unknownParameterSet");
        }
        if (p.startsWith("must name a parameter") || p.startsWith("there is no ")) {
            return new DomainException.Violation(field, "economics.form.choose");
        }
        if (p.endsWith("already has an uncertainty")) {
            return new DomainException.Violation(field, "economics.problem.uncertaintyTwice");
        }
        if (p.startsWith("low and high must lie within the range")) {
            return new DomainException.Violation(field, "economics.problem.uncertaintyRange");
        }
        if (p.startsWith("must not be above likely")) {
            return new DomainException.Violation(field, "economics.problem.lowAboveLikely");
        }
        if (p.startsWith("must not be below likely")) {
            return new DomainException.Violation(field, "economics.problem.highBelowLikely");
        }
        if (p.equals("must be a finite number") || p.equals("must be a positive number")) {
            return new DomainException.Violation(field, "number.error.format");
        }
        if (p.startsWith("must name at least one actor")) {
            return new DomainException.Violation(field, "economics.problem.noActors");
        }
        if (p.startsWith("must equal the value of")) {
            return new DomainException.Violation(field, "economics.problem.likely");
        }
        return new DomainException.Violation(field, "economics.problem.asGiven", p);
    }

    // --- values between the document and the forms
    // -----------------------------------------------------------

    static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A number of the document as a form shows it, without floating-point noise. */
    static @Nullable BigDecimal decimal(@Nullable Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null
                : BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /**
     * A share of the document (0–1) for a percent field: to a ten-thousandth of a
     * percent.
     */
    static @Nullable BigDecimal share(@Nullable Double value) {
        return decimal(value);
    }

    static @Nullable Double number(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    // --- values as text, for the pages and messages
    // -------------------------------------------------------------

    static String percentText(@Nullable Double share) {
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

    static String decimalText(double value) {
        return BigDecimal.valueOf(value)
            .setScale(6, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString()
            .replace('.', decimalSeparator());
    }

    static String kronorText(long ore) {
        return Money.toInput(ore);
    }

    private static char decimalSeparator() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? '.' : ',';
    }

}
