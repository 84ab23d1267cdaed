package se.sif.economics.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import se.sif.economics.Discounting;
import se.sif.economics.calculation.Actor;
import se.sif.economics.calculation.ActorResult;
import se.sif.economics.calculation.Calculation;
import se.sif.economics.calculation.CalculationEngine;
import se.sif.economics.calculation.CalculationResult;
import se.sif.economics.calculation.Cost;
import se.sif.economics.calculation.DiscountBasis;
import se.sif.economics.calculation.DiscountSchedule;
import se.sif.economics.calculation.OptimismBiasTable;
import se.sif.economics.calculation.Outcome;
import se.sif.economics.calculation.Parameter;
import se.sif.economics.calculation.Perspective;
import se.sif.economics.calculation.SwitchingValue;
import se.sif.economics.calculation.ValueKind;
import se.sif.economics.calculation.ValueStream;

/**
 * A {@link Calculation} as an .xlsx workbook an economist can audit and play with: the
 * inputs are plain values in input sheets (yellow cells) and every derived number is a
 * live Excel formula that refers to them, so changing a share, an amount, a rate or the
 * perspective in Excel recomputes the results. The formulas are the engine's own
 * ({@link CalculationEngine}, documented in {@link CalculationResult#explain(String)}),
 * one step per column, so that the workbook and the engine agree to the öre.
 *
 * <p>
 * Sheets: parameters (horizon, price base year, perspective, first-year convention,
 * optimism-bias table, CPI series, discount-rate bands), actors, costs, discount factors,
 * outcomes (units per year), value streams (present values and values per year) and
 * results (totals for the perspective, per actor, per year, and the engine's break-even,
 * payback and switching values as plain values). Money is in kronor (öre / 100). Headings
 * come from the {@code workbook} resource bundle (Swedish by default, English for
 * {@code en}).
 *
 * <p>
 * The workbook defines names for the inputs and results ({@link #NPV}, {@link #PV_COSTS},
 * ...), so a formula or a reader can find them whatever the layout.
 */
public final class CalculationWorkbook {

    /** The perspective's net present value, kronor. */
    public static final String NPV = "NPV";

    /** The perspective's present value of costs, kronor. */
    public static final String PV_COSTS = "PV_Costs";

    /** The perspective's present value of benefits, kronor. */
    public static final String PV_BENEFITS = "PV_Benefits";

    /** PV of benefits / PV of costs; blank when nothing is spent. */
    public static final String BCR = "BCR";

    public static final String PV_CASHABLE = "PV_Cashable";

    public static final String PV_NON_CASHABLE = "PV_NonCashable";

    /** Per-actor result columns, one cell per actor in the calculation's order. */
    public static final String ACTOR_PV_COSTS = "Actor_PV_Costs";

    public static final String ACTOR_PV_BENEFITS = "Actor_PV_Benefits";

    public static final String ACTOR_NPV = "Actor_NPV";

    public static final String ACTOR_PV_FISCAL = "Actor_PV_Fiscal";

    public static final String ACTOR_FINANCIAL_ROI = "Actor_Financial_ROI";

    public static final String ACTOR_PV_CASHABLE = "Actor_PV_Cashable";

    public static final String ACTOR_PV_NON_CASHABLE = "Actor_PV_NonCashable";

    /**
     * The perspective's cumulative nets by year index (a row), undiscounted and
     * discounted.
     */
    public static final String TOTAL_CUMULATIVE_NET = "Total_Cumulative_Net";

    public static final String TOTAL_CUMULATIVE_DISCOUNTED_NET = "Total_Cumulative_Discounted_Net";

    /** Inputs: single cells. */
    public static final String HORIZON = "Horizon";

    public static final String PRICE_BASE_YEAR = "Price_Base_Year";

    public static final String PERSPECTIVE = "Perspective";

    public static final String FIRST_YEAR = "First_Year";

    /** Inputs: one cell per outcome, in the calculation's order. */
    public static final String OUTCOME_POPULATION = "Outcome_Population";

    public static final String OUTCOME_ENGAGEMENT = "Outcome_Engagement";

    public static final String OUTCOME_IMPACT = "Outcome_Impact";

    public static final String OUTCOME_DEADWEIGHT = "Outcome_Deadweight";

    public static final String OUTCOME_DISPLACEMENT = "Outcome_Displacement";

    public static final String OUTCOME_ATTRIBUTION = "Outcome_Attribution";

    public static final String OUTCOME_LAG = "Outcome_Lag";

    public static final String OUTCOME_DURATION = "Outcome_Duration";

    public static final String OUTCOME_DROP_OFF = "Outcome_DropOff";

    /** Inputs: one cell per value stream (outcome by outcome) and per cost line. */
    public static final String STREAM_UNIT_VALUE = "Stream_Unit_Value";

    public static final String COST_AMOUNT = "Cost_Amount";

    private static final String BUNDLE = "workbook";

    private CalculationWorkbook() {
    }

    /**
     * Writes the workbook of {@code calculation} to {@code out} (which is not closed),
     * with headings in {@code locale}'s language; the cached values of the formulas are
     * filled in, and Excel is asked to recompute them on opening.
     */
    public static void write(Calculation calculation, Locale locale, OutputStream out) {
        try (XSSFWorkbook workbook = new Writer(calculation, labels(locale)).write()) {
            workbook.write(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook as bytes, e.g. for an HTTP response body. */
    public static byte[] toBytes(Calculation calculation, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(calculation, locale, bytes);
        return bytes.toByteArray();
    }

    /**
     * The headings in {@code locale}'s language: Swedish unless an English (or other
     * added) bundle matches; never the JVM's default locale, which would make a Swedish
     * export English on an English server.
     */
    public static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, CalculationWorkbook.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Builds one workbook; one instance per call. */
    private static final class Writer {

        private static final String SOCIETY = Perspective.SOCIETY.name();

        private static final String DISCOUNTED = Discounting.FirstYear.DISCOUNTED.name();

        private static final String HEALTH = DiscountBasis.HEALTH.name();

        private static final String FISCAL = ValueKind.FISCAL.name();

        private static final String MONEY = "#,##0.00";

        private static final String SHARE = "0.00%";

        private static final String FACTOR = "0.000000";

        private static final String UNITS = "#,##0.0000";

        private static final String RATIO = "0.00";

        private static final String INTEGER = "0";

        private static final String GENERAL = "General";

        private final Calculation c;

        private final ResourceBundle labels;

        private final XSSFWorkbook wb = new XSSFWorkbook();

        private final int horizon;

        private final Map<String, CellStyle> styles = new HashMap<>();

        private final Sheet parameters;

        private final Sheet actors;

        private final Sheet costs;

        private final Sheet discount;

        private final Sheet outcomes;

        private final Sheet streams;

        private final Sheet results;

        /**
         * Rows of the outcomes in the outcomes sheet, and the first year column there.
         */
        private int outcomeFirstRow;

        private int outcomeYearColumn;

        private int dfStandardByYearRow;

        private int dfHealthByYearRow;

        /** The value-stream sheet's year blocks. */
        private int streamFirstRow;

        private int streamLastRow;

        private int streamUndiscountedColumn;

        private int streamDiscountedColumn;

        Writer(Calculation calculation, ResourceBundle labels) {
            this.c = calculation;
            this.labels = labels;
            this.horizon = calculation.horizonYears();
            parameters = wb.createSheet(label("sheet.parameters"));
            actors = wb.createSheet(label("sheet.actors"));
            costs = wb.createSheet(label("sheet.costs"));
            discount = wb.createSheet(label("sheet.discount"));
            outcomes = wb.createSheet(label("sheet.outcomes"));
            streams = wb.createSheet(label("sheet.streams"));
            results = wb.createSheet(label("sheet.results"));
        }

        XSSFWorkbook write() {
            try {
                writeParameters();
                writeActors();
                writeDiscountFactors(); // POI resolves a name when a formula is set:
                                        // define before use
                writeCosts();
                writeOutcomes();
                writeValueStreams();
                writeResults();
                wb.setActiveSheet(wb.getSheetIndex(results));
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                wb.setForceFormulaRecalculation(true);
                return wb;
            }
            catch (RuntimeException e) {
                try {
                    wb.close();
                }
                catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        // ---- Parameters
        // ---------------------------------------------------------------------------------

        private void writeParameters() {
            Sheet s = parameters;
            int r = 0;
            text(s, r++, 0, label("params.title") + " – " + c.name(), style(GENERAL, false, Kind.TITLE));
            text(s, r++, 0, label("params.note"), null);
            r++;
            headings(s, r++, 0, "params.item", "params.value", "params.explanation");
            r = parameter(s, r, "params.name", cell -> cell.setCellValue(c.name()), GENERAL, null, null);
            r = parameter(s, r, "params.horizon", cell -> cell.setCellValue(horizon), INTEGER, HORIZON,
                    "params.horizon.note");
            r = parameter(s, r, "params.priceBaseYear", cell -> cell.setCellValue(c.priceBaseYear()), INTEGER,
                    PRICE_BASE_YEAR, "params.priceBaseYear.note");
            r = parameter(s, r, "params.interventionYears", cell -> cell.setCellValue(c.interventionYears()), INTEGER,
                    null, null);
            int perspectiveRow = r;
            r = parameter(s, r, "params.perspective", cell -> cell.setCellValue(c.perspective().name()), GENERAL,
                    PERSPECTIVE, "params.perspective.note");
            list(s, perspectiveRow, 1, enumNames(Perspective.values()));
            int firstYearRow = r;
            r = parameter(s, r, "params.firstYear", cell -> cell.setCellValue(c.discounting().firstYear().name()),
                    GENERAL, FIRST_YEAR, "params.firstYear.note");
            list(s, firstYearRow, 1, enumNames(Discounting.FirstYear.values()));
            text(s, r, 0, label("params.firstYearShift"), null);
            formula(s, r, 1, "IF(" + FIRST_YEAR + "=\"" + DISCOUNTED + "\",1,0)", INTEGER);
            text(s, r, 2, label("params.firstYearShift.note"), null);
            name("First_Year_Shift", abs(s, r, 1));
            r++;
            r = info(s, r, "params.discountingVersion", c.discounting().version());
            r = info(s, r, "params.optimismBiasVersion", c.optimismBias().version());
            r = info(s, r, "params.priceIndexVersion", c.discounting().priceIndex().version());

            r++;
            OptimismBiasTable ob = c.optimismBias();
            text(s, r++, 0, label("params.ob.title"), style(GENERAL, false, Kind.HEADING));
            headings(s, r++, 0, "params.ob.grade", "params.ob.costUplift", "params.ob.benefitReduction");
            int obFirst = r;
            for (int g = 0; g <= ob.highestGrade(); g++, r++) {
                number(s, r, 0, g, INTEGER, false);
                number(s, r, 1, ob.costUplift().get(g), SHARE, true);
                number(s, r, 2, ob.benefitReduction().get(g), SHARE, true);
            }
            name("OB_Cost_Uplift", abs(s, obFirst, 1, r - 1, 1));
            name("OB_Benefit_Reduction", abs(s, obFirst, 2, r - 1, 2));

            r++;
            text(s, r++, 0, label("params.cpi.title"), style(GENERAL, false, Kind.HEADING));
            headings(s, r++, 0, "params.cpi.year", "params.cpi.index");
            int cpiFirst = r;
            Map<Integer, Double> cpi = new java.util.TreeMap<>(c.discounting().priceIndex().indexByYear());
            for (Map.Entry<Integer, Double> e : cpi.entrySet()) {
                number(s, r, 0, e.getKey(), INTEGER, true);
                number(s, r, 1, e.getValue(), GENERAL, true);
                r++;
            }
            if (cpi.isEmpty()) {
                text(s, r++, 2, label("params.cpi.empty"), null); // the names keep one
                                                                  // empty row to refer to
            }
            name("CPI_Years", abs(s, cpiFirst, 0, r - 1, 0));
            name("CPI_Index", abs(s, cpiFirst, 1, r - 1, 1));

            r++;
            r = schedule(s, r, "params.schedule.standard", c.discounting().standard(), "Rate_Standard");
            r++;
            schedule(s, r, "params.schedule.health", c.discounting().health(), "Rate_Health");

            s.setColumnWidth(0, 44 * 256);
            s.setColumnWidth(1, 22 * 256);
            s.setColumnWidth(2, 22 * 256);
        }

        private int parameter(Sheet s, int r, String key, java.util.function.Consumer<Cell> value, String format,
                @Nullable String name, @Nullable String noteKey) {
            text(s, r, 0, label(key), null);
            Cell cell = cell(s, r, 1);
            value.accept(cell);
            cell.setCellStyle(style(format, true, Kind.PLAIN));
            if (noteKey != null) {
                text(s, r, 2, label(noteKey), null);
            }
            if (name != null) {
                name(name, abs(s, r, 1));
            }
            return r + 1;
        }

        private int info(Sheet s, int r, String key, String value) {
            text(s, r, 0, label(key), null);
            text(s, r, 1, value, null);
            return r + 1;
        }

        private int schedule(Sheet s, int r, String titleKey, DiscountSchedule schedule, String name) {
            text(s, r++, 0, MessageFormat.format(label(titleKey), schedule.name()),
                    style(GENERAL, false, Kind.HEADING));
            headings(s, r++, 0, "params.schedule.fromYear", "params.schedule.rate");
            text(s, r - 1, 2, label("params.schedule.note"), null);
            int first = r;
            for (DiscountSchedule.Band band : schedule.bands()) {
                number(s, r, 0, band.fromYear(), INTEGER, true);
                number(s, r, 1, band.rate(), "0.00##%", true);
                r++;
            }
            name(name + "_From", abs(s, first, 0, r - 1, 0));
            name(name, abs(s, first, 1, r - 1, 1));
            return r;
        }

        // ---- Actors
        // -------------------------------------------------------------------------------------

        private void writeActors() {
            Sheet s = actors;
            headings(s, 0, 0, "actors.no", "actors.id", "actors.name", "actors.kind", "actors.owner",
                    "actors.inPerspective");
            int r = 1;
            for (int a = 0; a < c.actors().size(); a++, r++) {
                Actor actor = c.actors().get(a);
                number(s, r, 0, a, INTEGER, false);
                text(s, r, 1, actor.id(), style(GENERAL, true, Kind.PLAIN));
                text(s, r, 2, actor.name(), style(GENERAL, true, Kind.PLAIN));
                text(s, r, 3, actor.kind().name(), style(GENERAL, true, Kind.PLAIN));
                number(s, r, 4, actor.ownerOrganisation() ? 1 : 0, INTEGER, true);
                formula(s, r, 5, "IF(" + PERSPECTIVE + "=\"" + SOCIETY + "\",1," + rel(r, 4) + ")", INTEGER);
            }
            int last = Math.max(1, r - 1);
            name("Actor_Ids", abs(s, 1, 1, last, 1));
            name("Actor_In_Perspective", abs(s, 1, 5, last, 5));
            widths(s, 8, 18, 40, 22, 18, 18);
            s.createFreezePane(0, 1);
        }

        // ---- Costs
        // --------------------------------------------------------------------------------------

        private void writeCosts() {
            Sheet s = costs;
            headings(s, 0, 0, "costs.no", "costs.actorNo", "costs.actor", "costs.year", "costs.amount", "costs.type",
                    "costs.nature", "costs.grade", "costs.priceYear", "costs.cpiFactor", "costs.upliftFactor",
                    "costs.adjusted", "costs.discountFactor", "costs.pv");
            int r = 1;
            for (int k = 0; k < c.costs().size(); k++, r++) {
                Cost cost = c.costs().get(k);
                number(s, r, 0, k, INTEGER, false);
                number(s, r, 1, c.actorIndex(cost.actorId()), INTEGER, true);
                formula(s, r, 2, actorId(rel(r, 1)), GENERAL);
                number(s, r, 3, cost.year(), INTEGER, true);
                number(s, r, 4, cost.amountOre() / 100.0, MONEY, true);
                text(s, r, 5, cost.type().name(), style(GENERAL, true, Kind.PLAIN));
                text(s, r, 6, cost.nature().name(), style(GENERAL, true, Kind.PLAIN));
                number(s, r, 7, cost.confidenceGrade(), INTEGER, true);
                priceYear(s, r, 8, cost.priceYear());
                formula(s, r, 9, cpiFactor(rel(r, 8)), FACTOR);
                formula(s, r, 10, "1+INDEX(OB_Cost_Uplift," + rel(r, 7) + "+1)", FACTOR);
                formula(s, r, 11, rel(r, 4) + "*" + rel(r, 9) + "*" + rel(r, 10), MONEY);
                formula(s, r, 12, "INDEX(DF_Standard," + rel(r, 3) + "+1)", FACTOR);
                formula(s, r, 13, rel(r, 11) + "*" + rel(r, 12), MONEY);
            }
            actorNumbers(s, 1, 1, r - 1);
            int last = Math.max(1, r - 1);
            name("Cost_Actor_No", abs(s, 1, 1, last, 1));
            name("Cost_Year", abs(s, 1, 3, last, 3));
            name(COST_AMOUNT, abs(s, 1, 4, last, 4));
            name("Cost_Adjusted", abs(s, 1, 11, last, 11));
            name("Cost_PV", abs(s, 1, 13, last, 13));
            widths(s, 6, 9, 16, 7, 16, 18, 12, 10, 14, 12, 14, 18, 14, 16);
            s.createFreezePane(0, 1);
        }

        // ---- Discount factors
        // ---------------------------------------------------------------------------

        /**
         * {@code DiscountSchedule.factors}: one row per time k = 0 .. horizon (one more
         * than the years, for the shifted convention), cumulative factors C_k = C_{k−1} /
         * (1 + r_k), and the factor of year t is C at time t + shift.
         */
        private void writeDiscountFactors() {
            Sheet s = discount;
            text(s, 0, 0, label("discount.title"), null);
            headings(s, 1, 0, "discount.time", "discount.rateStandard", "discount.cumulativeStandard",
                    "discount.rateHealth", "discount.cumulativeHealth", "discount.year", "discount.factorStandard",
                    "discount.factorHealth");
            int first = 2;
            int lastTime = first + horizon;
            for (int k = 0; k <= horizon; k++) {
                int r = first + k;
                number(s, r, 0, k, INTEGER, false);
                formula(s, r, 1, "INDEX(Rate_Standard,MATCH(" + rel(r, 0) + ",Rate_Standard_From,1))", "0.00##%");
                formula(s, r, 3, "INDEX(Rate_Health,MATCH(" + rel(r, 0) + ",Rate_Health_From,1))", "0.00##%");
                if (k == 0) {
                    number(s, r, 2, 1, FACTOR, false);
                    number(s, r, 4, 1, FACTOR, false);
                }
                else {
                    formula(s, r, 2, rel(r - 1, 2) + "/(1+" + rel(r, 1) + ")", FACTOR);
                    formula(s, r, 4, rel(r - 1, 4) + "/(1+" + rel(r, 3) + ")", FACTOR);
                }
                if (k < horizon) {
                    number(s, r, 5, k, INTEGER, false);
                    formula(s, r, 6, "INDEX(" + abs(first, 2, lastTime, 2) + "," + rel(r, 5) + "+First_Year_Shift+1)",
                            FACTOR);
                    formula(s, r, 7, "INDEX(" + abs(first, 4, lastTime, 4) + "," + rel(r, 5) + "+First_Year_Shift+1)",
                            FACTOR);
                }
            }
            name("DF_Standard", abs(s, first, 6, first + horizon - 1, 6));
            name("DF_Health", abs(s, first, 7, first + horizon - 1, 7));
            widths(s, 14, 14, 18, 14, 18, 10, 18, 18);
            s.createFreezePane(0, 2);
        }

        // ---- Outcomes
        // -----------------------------------------------------------------------------------

        private void writeOutcomes() {
            Sheet s = outcomes;
            outcomeYearColumn = 13;
            text(s, 0, outcomeYearColumn, label("outcomes.unitsByYear"), style(GENERAL, false, Kind.HEADING));
            headings(s, 1, 0, "outcomes.no", "outcomes.name", "outcomes.population", "outcomes.engagement",
                    "outcomes.impact", "outcomes.deadweight", "outcomes.displacement", "outcomes.attribution",
                    "outcomes.lag", "outcomes.duration", "outcomes.dropOff", "outcomes.basis",
                    "outcomes.firstYearUnits");
            yearHeadings(s, 1, outcomeYearColumn);
            outcomeFirstRow = 2;
            int r = outcomeFirstRow;
            for (int o = 0; o < c.outcomes().size(); o++, r++) {
                Outcome outcome = c.outcomes().get(o);
                number(s, r, 0, o, INTEGER, false);
                text(s, r, 1, outcome.name(), style(GENERAL, true, Kind.PLAIN));
                number(s, r, 2, outcome.population(), GENERAL, true);
                number(s, r, 3, outcome.engagement(), SHARE, true);
                number(s, r, 4, outcome.impact(), SHARE, true);
                number(s, r, 5, outcome.deadweight(), SHARE, true);
                number(s, r, 6, outcome.displacement(), SHARE, true);
                number(s, r, 7, outcome.attribution(), SHARE, true);
                number(s, r, 8, outcome.lagYears(), INTEGER, true);
                number(s, r, 9, outcome.durationYears(), INTEGER, true);
                number(s, r, 10, outcome.dropOff(), SHARE, true);
                text(s, r, 11, outcome.discountBasis().name(), style(GENERAL, true, Kind.PLAIN));
                formula(s, r, 12, rel(r, 2) + "*" + rel(r, 3) + "*" + rel(r, 4) + "*(1-" + rel(r, 5) + ")*(1-"
                        + rel(r, 6) + ")*" + rel(r, 7), UNITS);
                String lag = "$I" + (r + 1);
                String duration = "$J" + (r + 1);
                String dropOff = "$K" + (r + 1);
                String units = "$M" + (r + 1);
                for (int t = 0; t < horizon; t++) {
                    int col = outcomeYearColumn + t;
                    String year = CellReference.convertNumToColString(col) + "$2";
                    // (1 − dropOff)^0 is written as 1: Excel has 0^0 = #NUM!, and a
                    // drop-off of 1 is allowed.
                    formula(s, r, col,
                            "IF(AND(" + year + ">=" + lag + "," + year + "<" + lag + "+" + duration + "," + year + "<"
                                    + HORIZON + ")," + units + "*IF(" + year + "=" + lag + ",1,(1-" + dropOff + ")^("
                                    + year + "-" + lag + ")),0)",
                            UNITS);
                }
            }
            if (!c.outcomes().isEmpty()) {
                list(s, outcomeFirstRow, 11, r - 1, 11, enumNames(DiscountBasis.values()));
            }
            int last = Math.max(outcomeFirstRow, r - 1);
            String[] names = { OUTCOME_POPULATION, OUTCOME_ENGAGEMENT, OUTCOME_IMPACT, OUTCOME_DEADWEIGHT,
                    OUTCOME_DISPLACEMENT, OUTCOME_ATTRIBUTION, OUTCOME_LAG, OUTCOME_DURATION, OUTCOME_DROP_OFF };
            for (int i = 0; i < names.length; i++) {
                name(names[i], abs(s, outcomeFirstRow, 2 + i, last, 2 + i));
            }
            dfStandardByYearRow = last + 2;
            dfHealthByYearRow = last + 3;
            text(s, dfStandardByYearRow, 1, label("outcomes.factorStandardByYear"),
                    style(GENERAL, false, Kind.HEADING));
            text(s, dfHealthByYearRow, 1, label("outcomes.factorHealthByYear"), style(GENERAL, false, Kind.HEADING));
            for (int t = 0; t < horizon; t++) {
                int col = outcomeYearColumn + t;
                String year = CellReference.convertNumToColString(col) + "$2";
                formula(s, dfStandardByYearRow, col, "INDEX(DF_Standard," + year + "+1)", FACTOR);
                formula(s, dfHealthByYearRow, col, "INDEX(DF_Health," + year + "+1)", FACTOR);
            }
            int lastYear = outcomeYearColumn + horizon - 1;
            name("DF_Standard_By_Year", abs(s, dfStandardByYearRow, outcomeYearColumn, dfStandardByYearRow, lastYear));
            name("DF_Health_By_Year", abs(s, dfHealthByYearRow, outcomeYearColumn, dfHealthByYearRow, lastYear));
            widths(s, 6, 36, 12, 11, 11, 11, 11, 11, 10, 10, 11, 12, 14);
            for (int t = 0; t < horizon; t++) {
                s.setColumnWidth(outcomeYearColumn + t, 11 * 256);
            }
            s.createFreezePane(2, 2);
        }

        // ---- Value streams
        // ------------------------------------------------------------------------------

        private void writeValueStreams() {
            Sheet s = streams;
            int perYear = 19;
            streamUndiscountedColumn = perYear;
            streamDiscountedColumn = perYear + horizon;
            text(s, 0, streamUndiscountedColumn, label("streams.byYear"), style(GENERAL, false, Kind.HEADING));
            text(s, 0, streamDiscountedColumn, label("streams.byYearDiscounted"), style(GENERAL, false, Kind.HEADING));
            headings(s, 1, 0, "streams.no", "streams.outcomeNo", "streams.outcome", "streams.streamNo",
                    "streams.actorNo", "streams.actor", "streams.unitValue", "streams.kind", "streams.cashableShare",
                    "streams.grade", "streams.basis", "streams.priceYear", "streams.effectiveBasis",
                    "streams.cpiFactor", "streams.reduction", "streams.valuePerUnit", "streams.discountedUnits",
                    "streams.pv", "streams.cashablePv");
            yearHeadings(s, 1, streamUndiscountedColumn);
            yearHeadings(s, 1, streamDiscountedColumn);
            streamFirstRow = 2;
            int r = streamFirstRow;
            int n = 0;
            String outcomesSheet = quote(outcomes);
            for (int o = 0; o < c.outcomes().size(); o++) {
                Outcome outcome = c.outcomes().get(o);
                int outcomeRow = outcomeFirstRow + o;
                String unitsRow = outcomesSheet
                        + abs(outcomeRow, outcomeYearColumn, outcomeRow, outcomeYearColumn + horizon - 1);
                for (int j = 0; j < outcome.valueStreams().size(); j++, r++, n++) {
                    ValueStream stream = outcome.valueStreams().get(j);
                    number(s, r, 0, n, INTEGER, false);
                    number(s, r, 1, o, INTEGER, false);
                    formula(s, r, 2, outcomesSheet + abs(outcomeRow, 1), GENERAL);
                    number(s, r, 3, j, INTEGER, false);
                    number(s, r, 4, c.actorIndex(stream.actorId()), INTEGER, true);
                    formula(s, r, 5, actorId(rel(r, 4)), GENERAL);
                    number(s, r, 6, stream.unitValueOre() / 100.0, MONEY, true);
                    text(s, r, 7, stream.kind().name(), style(GENERAL, true, Kind.PLAIN));
                    number(s, r, 8, stream.cashableShare(), SHARE, true);
                    number(s, r, 9, stream.confidenceGrade(), INTEGER, true);
                    Cell basis = cell(s, r, 10);
                    basis.setCellStyle(style(GENERAL, true, Kind.PLAIN));
                    if (stream.discountBasis() != null) {
                        basis.setCellValue(stream.discountBasis().name());
                    }
                    priceYear(s, r, 11, stream.priceYear());
                    formula(s, r, 12, "IF(" + rel(r, 10) + "=\"\"," + outcomesSheet + abs(outcomeRow, 11) + ","
                            + rel(r, 10) + ")", GENERAL);
                    formula(s, r, 13, cpiFactor(rel(r, 11)), FACTOR);
                    formula(s, r, 14, "INDEX(OB_Benefit_Reduction," + rel(r, 9) + "+1)", SHARE);
                    formula(s, r, 15, rel(r, 6) + "*" + rel(r, 13) + "*(1-" + rel(r, 14) + ")", MONEY);
                    formula(s, r, 16, "IF(" + rel(r, 12) + "=\"" + HEALTH + "\",SUMPRODUCT(" + unitsRow
                            + ",DF_Health_By_Year),SUMPRODUCT(" + unitsRow + ",DF_Standard_By_Year))", UNITS);
                    formula(s, r, 17, rel(r, 15) + "*" + rel(r, 16), MONEY);
                    formula(s, r, 18, rel(r, 17) + "*" + rel(r, 8), MONEY);
                    for (int t = 0; t < horizon; t++) {
                        int col = streamUndiscountedColumn + t;
                        String units = outcomesSheet + abs(outcomeRow, outcomeYearColumn + t);
                        formula(s, r, col, "$P" + (r + 1) + "*" + units, MONEY);
                        String standard = outcomesSheet + abs(dfStandardByYearRow, outcomeYearColumn + t);
                        String health = outcomesSheet + abs(dfHealthByYearRow, outcomeYearColumn + t);
                        formula(s, r, streamDiscountedColumn + t, rel(r, col) + "*IF($M" + (r + 1) + "=\"" + HEALTH
                                + "\"," + health + "," + standard + ")", MONEY);
                    }
                }
            }
            if (n > 0) {
                actorNumbers(s, streamFirstRow, 4, r - 1);
                list(s, streamFirstRow, 7, r - 1, 7, enumNames(ValueKind.values()));
                list(s, streamFirstRow, 10, r - 1, 10, enumNames(DiscountBasis.values()));
            }
            streamLastRow = Math.max(streamFirstRow, r - 1);
            name("Stream_Actor_No", abs(s, streamFirstRow, 4, streamLastRow, 4));
            name(STREAM_UNIT_VALUE, abs(s, streamFirstRow, 6, streamLastRow, 6));
            name("Stream_Kind", abs(s, streamFirstRow, 7, streamLastRow, 7));
            name("Stream_PV", abs(s, streamFirstRow, 17, streamLastRow, 17));
            name("Stream_Cashable_PV", abs(s, streamFirstRow, 18, streamLastRow, 18));
            widths(s, 6, 9, 30, 9, 9, 16, 16, 11, 11, 10, 14, 12, 14, 11, 11, 18, 14, 16, 16);
            for (int t = 0; t < 2 * horizon; t++) {
                s.setColumnWidth(streamUndiscountedColumn + t, 14 * 256);
            }
            s.createFreezePane(3, 2);
        }

        // ---- Results
        // ------------------------------------------------------------------------------------

        private void writeResults() {
            Sheet s = results;
            int actorCount = c.actors().size();
            text(s, 0, 0, label("results.title"), style(GENERAL, false, Kind.TITLE));
            text(s, 1, 0, label("results.perspective"), null);
            formula(s, 1, 1, PERSPECTIVE, GENERAL);

            int actorHeading = 10;
            int firstActor = actorHeading + 1;
            int lastActor = firstActor + actorCount - 1;
            String inPerspective = abs(firstActor, 3, lastActor, 3);
            int r = 2;
            r = total(s, r, "results.pvCosts", PV_COSTS,
                    "SUMPRODUCT(" + abs(firstActor, 4, lastActor, 4) + "," + inPerspective + ")", MONEY);
            r = total(s, r, "results.pvBenefits", PV_BENEFITS,
                    "SUMPRODUCT(" + abs(firstActor, 5, lastActor, 5) + "," + inPerspective + ")", MONEY);
            r = total(s, r, "results.npv", NPV, PV_BENEFITS + "-" + PV_COSTS, MONEY);
            r = total(s, r, "results.bcr", BCR, "IF(" + PV_COSTS + ">0," + PV_BENEFITS + "/" + PV_COSTS + ",\"\")",
                    RATIO);
            r = total(s, r, "results.pvCashable", PV_CASHABLE,
                    "SUMPRODUCT(" + abs(firstActor, 9, lastActor, 9) + "," + inPerspective + ")", MONEY);
            total(s, r, "results.pvNonCashable", PV_NON_CASHABLE, PV_BENEFITS + "-" + PV_CASHABLE, MONEY);

            text(s, actorHeading - 1, 0, label("results.perActor"), style(GENERAL, false, Kind.HEADING));
            headings(s, actorHeading, 0, "results.actorNo", "results.actorId", "results.actorName",
                    "results.inPerspective", "results.actorPvCosts", "results.actorPvBenefits", "results.actorNpv",
                    "results.actorPvFiscal", "results.actorRoi", "results.actorPvCashable",
                    "results.actorPvNonCashable");
            String actorsSheet = quote(actors);
            for (int a = 0; a < actorCount; a++) {
                int row = firstActor + a;
                String no = rel(row, 0);
                number(s, row, 0, a, INTEGER, false);
                formula(s, row, 1, actorsSheet + abs(1 + a, 1), GENERAL);
                formula(s, row, 2, actorsSheet + abs(1 + a, 2), GENERAL);
                formula(s, row, 3, actorsSheet + abs(1 + a, 5), INTEGER);
                formula(s, row, 4, "ROUND(SUMIF(Cost_Actor_No," + no + ",Cost_PV),2)", MONEY);
                formula(s, row, 5, "ROUND(SUMIF(Stream_Actor_No," + no + ",Stream_PV),2)", MONEY);
                formula(s, row, 6, rel(row, 5) + "-" + rel(row, 4), MONEY);
                formula(s, row, 7,
                        "ROUND(SUMIFS(Stream_PV,Stream_Actor_No," + no + ",Stream_Kind,\"" + FISCAL + "\"),2)", MONEY);
                formula(s, row, 8, "IF(" + rel(row, 4) + ">0," + rel(row, 7) + "/" + rel(row, 4) + ",\"\")", RATIO);
                formula(s, row, 9, "ROUND(SUMIF(Stream_Actor_No," + no + ",Stream_Cashable_PV),2)", MONEY);
                formula(s, row, 10, rel(row, 5) + "-" + rel(row, 9), MONEY);
            }
            String[] actorNames = { ACTOR_PV_COSTS, ACTOR_PV_BENEFITS, ACTOR_NPV, ACTOR_PV_FISCAL, ACTOR_FINANCIAL_ROI,
                    ACTOR_PV_CASHABLE, ACTOR_PV_NON_CASHABLE };
            for (int i = 0; i < actorNames.length; i++) {
                name(actorNames[i], abs(s, firstActor, 4 + i, lastActor, 4 + i));
            }

            r = byYear(s, lastActor + 2);
            engineResults(s, r + 1);
            widths(s, 44, 22, 36, 14, 18, 18, 18, 18, 18, 18, 18);
            for (int t = 0; t < horizon; t++) {
                s.setColumnWidth(4 + t, 16 * 256);
            }
        }

        private int total(Sheet s, int r, String key, String name, String formula, String format) {
            text(s, r, 0, label(key), null);
            formula(s, r, 1, formula, format).setCellStyle(style(format, false, Kind.BOLD));
            name(name, abs(s, r, 1));
            return r + 1;
        }

        /**
         * Yearly nets per actor and their running sums (the engine rounds these to öre;
         * here they stay exact), and totals.
         */
        private int byYear(Sheet s, int r) {
            text(s, r, 4, label("results.byYear"), style(GENERAL, false, Kind.HEADING));
            r++;
            headings(s, r, 0, "results.actorNo", "results.actorId", "results.row", "results.inPerspective");
            yearHeadings(s, r, 4);
            int yearRow = r + 1; // 1-based row of the year headings
            r++;
            String streamsSheet = quote(streams);
            String[] rowKeys = { "results.netUndiscounted", "results.netDiscounted", "results.cumulativeNet",
                    "results.cumulativeDiscountedNet" };
            int first = r;
            for (int a = 0; a < c.actors().size(); a++) {
                int net = r;
                for (int k = 0; k < rowKeys.length; k++, r++) {
                    number(s, r, 0, a, INTEGER, false);
                    formula(s, r, 1, quote(actors) + abs(1 + a, 1), GENERAL);
                    text(s, r, 2, label(rowKeys[k]), null);
                    formula(s, r, 3, quote(actors) + abs(1 + a, 5), INTEGER);
                    for (int t = 0; t < horizon; t++) {
                        int col = 4 + t;
                        String colName = CellReference.convertNumToColString(col);
                        String year = colName + "$" + yearRow;
                        String no = "$A" + (r + 1);
                        String formula = switch (k) {
                            case 0 -> "SUMIF(Stream_Actor_No," + no + "," + streamsSheet
                                    + abs(streamFirstRow, streamUndiscountedColumn + t, streamLastRow,
                                            streamUndiscountedColumn + t)
                                    + ")-SUMIFS(Cost_Adjusted,Cost_Actor_No," + no + ",Cost_Year," + year + ")";
                            case 1 -> "SUMIF(Stream_Actor_No," + no + "," + streamsSheet
                                    + abs(streamFirstRow, streamDiscountedColumn + t, streamLastRow,
                                            streamDiscountedColumn + t)
                                    + ")-SUMIFS(Cost_PV,Cost_Actor_No," + no + ",Cost_Year," + year + ")";
                            default -> (t == 0 ? "" : rel(r, col - 1) + "+") + rel(net + k - 2, col);
                        };
                        formula(s, r, col, formula, MONEY);
                    }
                }
            }
            int last = r - 1;
            for (int k = 0; k < rowKeys.length; k++, r++) {
                text(s, r, 1, label("results.total"), style(GENERAL, false, Kind.BOLD));
                text(s, r, 2, label(rowKeys[k]), style(GENERAL, false, Kind.BOLD));
                for (int t = 0; t < horizon; t++) {
                    int col = 4 + t;
                    String formula = c.actors().isEmpty() ? "0" : "SUMIFS(" + abs(first, col, last, col) + ","
                            + abs(first, 2, last, 2) + ",$C" + (r + 1) + "," + abs(first, 3, last, 3) + ",1)";
                    formula(s, r, col, formula, MONEY).setCellStyle(style(MONEY, false, Kind.BOLD));
                }
                if (k == 2) {
                    name(TOTAL_CUMULATIVE_NET, abs(s, r, 4, r, 4 + horizon - 1));
                }
                else if (k == 3) {
                    name(TOTAL_CUMULATIVE_DISCOUNTED_NET, abs(s, r, 4, r, 4 + horizon - 1));
                }
            }
            return r;
        }

        /** What is not a formula: the engine's figures at export, labelled as such. */
        private void engineResults(Sheet s, int r) {
            CalculationResult result = CalculationEngine.calculate(c);
            text(s, r++, 0, label("engine.title"), style(GENERAL, false, Kind.HEADING));
            r = value(s, r, "engine.pvCosts", result.pvCosts() / 100.0, MONEY);
            r = value(s, r, "engine.pvBenefits", result.pvBenefits() / 100.0, MONEY);
            r = value(s, r, "engine.npv", result.npv() / 100.0, MONEY);
            r = optional(s, r, 1, label("engine.breakEven"), result.breakEvenImpactScale(), SHARE);
            r = payback(s, r, label("engine.paybackUndiscounted"), result.paybackYearUndiscounted());
            r = payback(s, r, label("engine.paybackDiscounted"), result.paybackYearDiscounted());
            r++;
            headings(s, r++, 0, "engine.actor", "engine.paybackUndiscounted", "engine.paybackDiscounted");
            for (ActorResult a : result.actors()) {
                text(s, r, 0, a.actor().id(), null);
                paybackCell(s, r, 1, a.paybackYearUndiscounted());
                paybackCell(s, r, 2, a.paybackYearDiscounted());
                r++;
            }
            r++;
            text(s, r++, 0, label("engine.switchingValues"), style(GENERAL, false, Kind.HEADING));
            headings(s, r++, 0, "engine.parameter", "engine.unit", "engine.baseValue", "engine.switchingValue");
            for (SwitchingValue v : result.switchingValues()) {
                Parameter.Kind kind = v.parameter().kind();
                boolean money = kind == Parameter.Kind.UNIT_VALUE || kind == Parameter.Kind.COST_AMOUNT;
                double scale = money ? 100 : 1;
                String format = money ? MONEY : kind.isShare() ? SHARE : GENERAL;
                text(s, r, 0, v.path(), null);
                text(s, r, 1,
                        label(money ? "engine.unit.money" : kind.isShare() ? "engine.unit.share" : "engine.unit.count"),
                        null);
                number(s, r, 2, v.baseValue() / scale, format, false);
                OptionalDouble value = v.value();
                if (value.isPresent()) {
                    number(s, r, 3, value.getAsDouble() / scale, format, false);
                }
                else {
                    text(s, r, 3, label("engine.none"), null);
                }
                r++;
            }
        }

        private int value(Sheet s, int r, String key, double value, String format) {
            text(s, r, 0, label(key), null);
            number(s, r, 1, value, format, false);
            return r + 1;
        }

        private int optional(Sheet s, int r, int col, String heading, OptionalDouble value, String format) {
            text(s, r, 0, heading, null);
            if (value.isPresent()) {
                number(s, r, col, value.getAsDouble(), format, false);
            }
            else {
                text(s, r, col, label("engine.none"), null);
            }
            return r + 1;
        }

        private int payback(Sheet s, int r, String heading, OptionalInt year) {
            text(s, r, 0, heading, null);
            paybackCell(s, r, 1, year);
            return r + 1;
        }

        private void paybackCell(Sheet s, int r, int col, OptionalInt year) {
            if (year.isPresent()) {
                number(s, r, col, year.getAsInt(), INTEGER, false);
            }
            else {
                text(s, r, col, label("engine.none"), null);
            }
        }

        // ---- Formula pieces
        // -----------------------------------------------------------------------------

        /**
         * {@code PriceIndex.factor}: 1 in the base year (or when no price year is given),
         * else I_base / I_year.
         */
        private static String cpiFactor(String priceYear) {
            return "IF(OR(" + priceYear + "=\"\"," + priceYear + "=" + PRICE_BASE_YEAR + "),1,INDEX(CPI_Index,MATCH("
                    + PRICE_BASE_YEAR + ",CPI_Years,0))/INDEX(CPI_Index,MATCH(" + priceYear + ",CPI_Years,0)))";
        }

        /**
         * The id of the actor with number {@code actorNo} (its 0-based row in the actors
         * sheet).
         */
        private static String actorId(String actorNo) {
            return "INDEX(Actor_Ids," + actorNo + "+1)";
        }

        private void priceYear(Sheet s, int r, int col, Integer year) {
            Cell cell = cell(s, r, col);
            cell.setCellStyle(style(INTEGER, true, Kind.PLAIN));
            if (year != null) {
                cell.setCellValue(year);
            }
        }

        // ---- Cells, styles, names
        // -----------------------------------------------------------------------

        private enum Kind {

            PLAIN, BOLD, HEADING, TITLE

        }

        private String label(String key) {
            return labels.getString(key);
        }

        private void headings(Sheet s, int r, int col, String... keys) {
            CellStyle style = style(GENERAL, false, Kind.HEADING);
            for (int i = 0; i < keys.length; i++) {
                text(s, r, col + i, label(keys[i]), style);
            }
        }

        private void yearHeadings(Sheet s, int r, int col) {
            CellStyle style = style(INTEGER, false, Kind.HEADING);
            for (int t = 0; t < horizon; t++) {
                Cell cell = cell(s, r, col + t);
                cell.setCellValue(t);
                cell.setCellStyle(style);
            }
        }

        private static Cell cell(Sheet s, int r, int col) {
            Row row = s.getRow(r);
            if (row == null) {
                row = s.createRow(r);
            }
            Cell cell = row.getCell(col);
            return cell != null ? cell : row.createCell(col);
        }

        private void text(Sheet s, int r, int col, String value, @Nullable CellStyle style) {
            Cell cell = cell(s, r, col);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        private void number(Sheet s, int r, int col, double value, String format, boolean input) {
            Cell cell = cell(s, r, col);
            cell.setCellValue(value);
            cell.setCellStyle(style(format, input, Kind.PLAIN));
        }

        private Cell formula(Sheet s, int r, int col, String formula, String format) {
            Cell cell = cell(s, r, col);
            cell.setCellFormula(formula);
            cell.setCellStyle(style(format, false, Kind.PLAIN));
            return cell;
        }

        private CellStyle style(String format, boolean input, Kind kind) {
            return styles.computeIfAbsent(format + '|' + input + '|' + kind, key -> {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(format));
                if (input) {
                    style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                if (kind != Kind.PLAIN) {
                    Font font = wb.createFont();
                    font.setBold(true);
                    if (kind == Kind.TITLE) {
                        font.setFontHeightInPoints((short) 14);
                    }
                    style.setFont(font);
                }
                if (kind == Kind.HEADING) {
                    style.setWrapText(true);
                }
                return style;
            });
        }

        private static void widths(Sheet s, int... characters) {
            for (int i = 0; i < characters.length; i++) {
                s.setColumnWidth(i, characters[i] * 256);
            }
        }

        private void list(Sheet s, int r, int col, String[] values) {
            list(s, r, col, r, col, values);
        }

        private void list(Sheet s, int firstRow, int firstCol, int lastRow, int lastCol, String[] values) {
            DataValidationHelper helper = s.getDataValidationHelper();
            DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                    new CellRangeAddressList(firstRow, lastRow, firstCol, lastCol));
            validation.setShowErrorBox(true);
            s.addValidationData(validation);
        }

        /** Only the numbers of the actors sheet's rows. */
        private void actorNumbers(Sheet s, int firstRow, int col, int lastRow) {
            DataValidationHelper helper = s.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0",
                            String.valueOf(c.actors().size() - 1)),
                    new CellRangeAddressList(firstRow, lastRow, col, col));
            validation.setShowErrorBox(true);
            s.addValidationData(validation);
        }

        private static String[] enumNames(Enum<?>[] values) {
            List<String> names = new ArrayList<>();
            for (Enum<?> v : values) {
                names.add(v.name());
            }
            return names.toArray(new String[0]);
        }

        private void name(String name, String refersTo) {
            Name n = wb.createName();
            n.setNameName(name);
            n.setRefersToFormula(refersTo);
        }

        private static String quote(Sheet s) {
            return "'" + s.getSheetName().replace("'", "''") + "'!";
        }

        private static String rel(int r, int col) {
            return new CellReference(r, col, false, false).formatAsString();
        }

        private static String abs(int r, int col) {
            return new CellReference(r, col, true, true).formatAsString();
        }

        private static String abs(int r1, int c1, int r2, int c2) {
            return abs(r1, c1) + ":" + abs(r2, c2);
        }

        private static String abs(Sheet s, int r, int col) {
            return quote(s) + abs(r, col);
        }

        private static String abs(Sheet s, int r1, int c1, int r2, int c2) {
            return quote(s) + abs(r1, c1, r2, c2);
        }

    }

}
