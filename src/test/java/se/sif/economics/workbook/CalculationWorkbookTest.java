package se.sif.economics.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.sif.economics.Discounting;
import se.sif.economics.calculation.Actor;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.ActorResult;
import se.sif.economics.calculation.Calculation;
import se.sif.economics.calculation.CalculationEngine;
import se.sif.economics.calculation.CalculationResult;
import se.sif.economics.calculation.Cost;
import se.sif.economics.calculation.CostNature;
import se.sif.economics.calculation.CostType;
import se.sif.economics.calculation.DiscountBasis;
import se.sif.economics.calculation.DiscountSchedule;
import se.sif.economics.calculation.DiscountingParameters;
import se.sif.economics.calculation.Examples;
import se.sif.economics.calculation.OptimismBiasTable;
import se.sif.economics.calculation.Outcome;
import se.sif.economics.calculation.Parameter;
import se.sif.economics.calculation.Perspective;
import se.sif.economics.calculation.PriceIndex;
import se.sif.economics.calculation.ValueKind;
import se.sif.economics.calculation.ValueStream;

/**
 * The workbook is written, read back with POI, every formula evaluated, and the evaluated
 * results compared with the engine's: the spreadsheet must compute the same numbers from
 * the same inputs, and recompute them like the engine when an input changes.
 */
class CalculationWorkbookTest {

    private static final int RICH_CASES = 20;

    private static final int ENGINE_EXAMPLE_CASES = 8;

    /**
     * 0.01 kr: the engine rounds each actor to whole öre, the workbook to 0.01 kr; plus
     * floating-point noise.
     */
    private static final double SEK = 0.01 + 1e-6;

    @Test
    void theHandComputedExampleAgreesWithTheEngine() throws IOException {
        assertAgrees(Examples.small(), "small");
        assertAgrees(Examples.small(Perspective.OWNER_ORGANISATION, OptimismBiasTable.DEFAULT, 0.25, 0.8, List.of()),
                "small, owner organisation, default optimism bias");
    }

    @Test
    void theEnginesRandomExamplesAgreeWithTheEngine() throws IOException {
        for (long seed = 1; seed <= ENGINE_EXAMPLE_CASES; seed++) {
            assertAgrees(Examples.random(new Random(seed)), "Examples.random seed " + seed);
        }
    }

    @Test
    void richRandomCalculationsAgreeWithTheEngine() throws IOException {
        Set<Feature> covered = EnumSet.noneOf(Feature.class);
        for (long seed = 1; seed <= RICH_CASES; seed++) {
            Calculation c = rich(new Random(seed));
            covered.addAll(features(c));
            assertAgrees(c, "rich seed " + seed);
        }
        assertThat(covered).as("the random set covers every feature").containsExactlyInAnyOrder(Feature.values());
    }

    @Test
    void longHorizonsWithDecliningRatesAndActorIdsThatLookLikeCriteria() throws IOException {
        // Ids that SUMIF or MATCH would read as patterns or comparisons; the sheets key
        // on the actor's number.
        List<String> ids = List.of("axb", "a?b", "region*", "~x", "=kommun", ">0", "staten");
        List<Actor> actors = new ArrayList<>();
        List<Cost> costs = new ArrayList<>();
        List<ValueStream> streams = new ArrayList<>();
        for (int a = 0; a < ids.size(); a++) {
            actors.add(new Actor(ids.get(a), "Aktör '" + a + "'", ActorKind.OTHER, a % 2 == 0));
            costs.add(Cost.of(ids.get(a), a, 1_000_000L * (a + 1), CostType.IN_KIND));
            streams.add(new ValueStream(ids.get(a), 100_000L * (a + 1) * (a == 3 ? -1 : 1), ValueKind.values()[a % 3],
                    0.5, a % 6, a % 2 == 0 ? DiscountBasis.HEALTH : null, null));
        }
        Calculation c = new Calculation("Lång kalkyl", 150, 2026, 7, Perspective.SOCIETY,
                DiscountingParameters.GREEN_BOOK_DECLINING, OptimismBiasTable.DEFAULT, actors, costs,
                List.of(new Outcome("Livslång effekt", 50, 0.9, 0.3, 0.1, 0.05, 0.7, 20, 200, 0.01,
                        DiscountBasis.STANDARD, streams)),
                List.of());
        assertAgrees(c, "150 years, society, first year undiscounted");
        assertAgrees(
                c.withPerspective(Perspective.OWNER_ORGANISATION)
                    .withDiscounting(
                            DiscountingParameters.GREEN_BOOK_DECLINING.withFirstYear(Discounting.FirstYear.DISCOUNTED)),
                "150 years, owner organisation, first year discounted");
    }

    @Test
    void resultCellsAreFormulas() throws IOException {
        try (XSSFWorkbook wb = read(CalculationWorkbook.toBytes(rich(new Random(3)), Locale.ENGLISH))) {
            for (String name : List.of(CalculationWorkbook.NPV, CalculationWorkbook.PV_COSTS,
                    CalculationWorkbook.PV_BENEFITS, CalculationWorkbook.BCR, CalculationWorkbook.PV_CASHABLE,
                    CalculationWorkbook.PV_NON_CASHABLE, CalculationWorkbook.ACTOR_PV_COSTS,
                    CalculationWorkbook.ACTOR_PV_BENEFITS, CalculationWorkbook.ACTOR_NPV,
                    CalculationWorkbook.ACTOR_PV_FISCAL, CalculationWorkbook.ACTOR_FINANCIAL_ROI,
                    CalculationWorkbook.ACTOR_PV_CASHABLE, CalculationWorkbook.ACTOR_PV_NON_CASHABLE,
                    CalculationWorkbook.TOTAL_CUMULATIVE_NET, CalculationWorkbook.TOTAL_CUMULATIVE_DISCOUNTED_NET)) {
                for (Cell cell : cells(wb, name)) {
                    assertThat(cell.getCellType()).as(name).isEqualTo(CellType.FORMULA);
                }
            }
            // The inputs are plain values.
            for (String name : List.of(CalculationWorkbook.OUTCOME_IMPACT, CalculationWorkbook.COST_AMOUNT,
                    CalculationWorkbook.HORIZON, CalculationWorkbook.PERSPECTIVE)) {
                for (Cell cell : cells(wb, name)) {
                    assertThat(cell.getCellType()).as(name).isIn(CellType.NUMERIC, CellType.STRING, CellType.BLANK);
                }
            }
        }
    }

    @Test
    void changingAnInputRecomputesTheNpvLikeTheEngine() throws IOException {
        int changed = 0;
        for (long seed = 1; seed <= RICH_CASES; seed++) {
            Calculation c = rich(new Random(seed));
            try (XSSFWorkbook wb = read(CalculationWorkbook.toBytes(c, Locale.ENGLISH))) {
                String why = "rich seed " + seed;
                // An outcome's impact share.
                for (int o = 0; o < c.outcomes().size(); o++) {
                    double impact = c.outcomes().get(o).impact();
                    double newImpact = impact > 0.5 ? impact / 3 : impact + 0.4;
                    cells(wb, CalculationWorkbook.OUTCOME_IMPACT).get(o).setCellValue(newImpact);
                    c = c.with(Parameter.impact(o), newImpact);
                    assertNpv(wb, c, why + ", impact of outcome " + o);
                    changed++;
                }
                // A cost amount (kronor in the sheet, öre in the engine).
                long amount = c.costs().get(0).amountOre() + 123_456_789;
                cells(wb, CalculationWorkbook.COST_AMOUNT).get(0).setCellValue(amount / 100.0);
                c = c.with(Parameter.costAmount(0), amount);
                assertNpv(wb, c, why + ", cost amount");
                // The perspective and the first-year convention.
                Perspective other = c.perspective() == Perspective.SOCIETY ? Perspective.OWNER_ORGANISATION
                        : Perspective.SOCIETY;
                cells(wb, CalculationWorkbook.PERSPECTIVE).get(0).setCellValue(other.name());
                c = c.withPerspective(other);
                assertNpv(wb, c, why + ", perspective " + other);
                DiscountingParameters d = c.discounting();
                Discounting.FirstYear convention = d.firstYear() == Discounting.FirstYear.DISCOUNTED
                        ? Discounting.FirstYear.UNDISCOUNTED : Discounting.FirstYear.DISCOUNTED;
                cells(wb, CalculationWorkbook.FIRST_YEAR).get(0).setCellValue(convention.name());
                c = c.withDiscounting(d.withFirstYear(convention));
                assertAgrees(wb, c, why + ", after changing impact, cost, perspective and first year");
            }
        }
        assertThat(changed).isGreaterThan(10);
    }

    @Test
    void headingsAreSwedishByDefaultAndEnglishOnRequest() throws IOException {
        Calculation c = Examples.small();
        try (XSSFWorkbook sv = read(CalculationWorkbook.toBytes(c, Locale.forLanguageTag("sv-SE")));
                XSSFWorkbook en = read(CalculationWorkbook.toBytes(c, Locale.ENGLISH));
                XSSFWorkbook fallback = read(CalculationWorkbook.toBytes(c, Locale.GERMAN))) {
            assertThat(sheetNames(sv)).containsExactly("Parametrar", "Aktörer", "Kostnader", "Diskonteringsfaktorer",
                    "Effekter", "Värdeströmmar", "Resultat");
            assertThat(sheetNames(en)).containsExactly("Parameters", "Actors", "Costs", "Discount factors", "Outcomes",
                    "Value streams", "Results");
            assertThat(sheetNames(fallback)).isEqualTo(sheetNames(sv));
            assertThat(CalculationWorkbook.labels(Locale.ENGLISH).keySet())
                .containsExactlyInAnyOrderElementsOf(CalculationWorkbook.labels(Locale.forLanguageTag("sv")).keySet());
        }
    }

    // ---- Comparison with the engine
    // ---------------------------------------------------------------------

    private static void assertAgrees(Calculation c, String why) throws IOException {
        byte[] bytes = CalculationWorkbook.toBytes(c, Locale.forLanguageTag("sv-SE"));
        try (XSSFWorkbook wb = read(bytes)) {
            assertAgrees(wb, c, why);
        }
    }

    /**
     * Evaluates every formula of {@code wb} and compares its results with the engine's
     * for {@code c}.
     */
    private static void assertAgrees(XSSFWorkbook wb, Calculation c, String why) {
        evaluateWithoutErrors(wb, why);
        CalculationResult r = CalculationEngine.calculate(c);
        assertThat(number(wb, CalculationWorkbook.NPV)).as(why + ": NPV").isCloseTo(r.npv() / 100.0, within(SEK));
        assertThat(number(wb, CalculationWorkbook.PV_COSTS)).as(why + ": PV costs")
            .isCloseTo(r.pvCosts() / 100.0, within(SEK));
        assertThat(number(wb, CalculationWorkbook.PV_BENEFITS)).as(why + ": PV benefits")
            .isCloseTo(r.pvBenefits() / 100.0, within(SEK));
        assertThat(number(wb, CalculationWorkbook.PV_CASHABLE)).as(why + ": PV cashable")
            .isCloseTo(r.pvCashableBenefits() / 100.0, within(SEK));
        assertThat(number(wb, CalculationWorkbook.PV_NON_CASHABLE)).as(why + ": PV non-cashable")
            .isCloseTo(r.pvNonCashableBenefits() / 100.0, within(2 * SEK));
        Cell bcr = cells(wb, CalculationWorkbook.BCR).get(0);
        if (r.benefitCostRatio().isPresent()) {
            double costs = r.pvCosts() / 100.0;
            double ratio = r.benefitCostRatio().getAsDouble();
            assertThat(bcr.getNumericCellValue()).as(why + ": BCR")
                .isCloseTo(ratio, within(SEK * (1 + Math.abs(ratio)) / costs + 1e-9));
        }
        else {
            assertThat(bcr.getStringCellValue()).as(why + ": no BCR without costs").isEmpty();
        }

        List<Cell> costs = cells(wb, CalculationWorkbook.ACTOR_PV_COSTS);
        List<Cell> benefits = cells(wb, CalculationWorkbook.ACTOR_PV_BENEFITS);
        List<Cell> npv = cells(wb, CalculationWorkbook.ACTOR_NPV);
        List<Cell> fiscal = cells(wb, CalculationWorkbook.ACTOR_PV_FISCAL);
        List<Cell> cashable = cells(wb, CalculationWorkbook.ACTOR_PV_CASHABLE);
        List<Cell> roi = cells(wb, CalculationWorkbook.ACTOR_FINANCIAL_ROI);
        assertThat(costs).hasSize(c.actors().size());
        int inPerspective = 0;
        for (int a = 0; a < c.actors().size(); a++) {
            ActorResult actor = r.actors().get(a);
            String who = why + ": actor " + actor.actor().id();
            inPerspective += actor.inPerspective() ? 1 : 0;
            assertThat(costs.get(a).getNumericCellValue()).as(who + " PV costs")
                .isCloseTo(actor.pvCosts() / 100.0, within(SEK));
            assertThat(benefits.get(a).getNumericCellValue()).as(who + " PV benefits")
                .isCloseTo(actor.pvBenefits() / 100.0, within(SEK));
            assertThat(npv.get(a).getNumericCellValue()).as(who + " NPV")
                .isCloseTo(actor.npv() / 100.0, within(2 * SEK));
            assertThat(fiscal.get(a).getNumericCellValue()).as(who + " PV fiscal benefits")
                .isCloseTo(actor.pvFiscalBenefits() / 100.0, within(SEK));
            assertThat(cashable.get(a).getNumericCellValue()).as(who + " PV cashable benefits")
                .isCloseTo(actor.pvCashableBenefits() / 100.0, within(SEK));
            if (actor.financialRoi().isPresent()) {
                double ratio = actor.financialRoi().getAsDouble();
                assertThat(roi.get(a).getNumericCellValue()).as(who + " financial ROI")
                    .isCloseTo(ratio, within(SEK * (1 + Math.abs(ratio)) / (actor.pvCosts() / 100.0) + 1e-9));
            }
            else {
                assertThat(roi.get(a).getStringCellValue()).as(who + " no financial ROI").isEmpty();
            }
        }
        List<Cell> cumulative = cells(wb, CalculationWorkbook.TOTAL_CUMULATIVE_NET);
        List<Cell> cumulativeDiscounted = cells(wb, CalculationWorkbook.TOTAL_CUMULATIVE_DISCOUNTED_NET);
        assertThat(cumulative).hasSize(c.horizonYears());
        for (int t = 0; t < c.horizonYears(); t++) {
            assertThat(cumulative.get(t).getNumericCellValue()).as(why + ": cumulative net, year " + t)
                .isCloseTo(r.cumulativeNet().get(t) / 100.0, within(SEK * Math.max(1, inPerspective)));
            assertThat(cumulativeDiscounted.get(t).getNumericCellValue())
                .as(why + ": cumulative discounted net, year " + t)
                .isCloseTo(r.cumulativeDiscountedNet().get(t) / 100.0, within(SEK * Math.max(1, inPerspective)));
        }
    }

    private static void assertNpv(XSSFWorkbook wb, Calculation c, String why) {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        assertThat(number(wb, CalculationWorkbook.NPV)).as(why)
            .isCloseTo(CalculationEngine.calculate(c).npv() / 100.0, within(SEK));
    }

    /**
     * Evaluates every formula, as a fresh evaluator does, and checks that none ends in an
     * error value.
     */
    private static void evaluateWithoutErrors(XSSFWorkbook wb, String why) {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        int formulas = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas++;
                        assertThat(cell.getCachedFormulaResultType())
                            .as(why + ": " + sheet.getSheetName() + "!" + cell.getAddress() + " = "
                                    + cell.getCellFormula())
                            .isNotEqualTo(CellType.ERROR);
                    }
                }
            }
        }
        assertThat(formulas).as(why).isPositive();
    }

    // ---- Reading the workbook
    // -----------------------------------------------------------------------------

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static double number(XSSFWorkbook wb, String name) {
        List<Cell> cells = cells(wb, name);
        assertThat(cells).as(name).hasSize(1);
        return cells.get(0).getNumericCellValue();
    }

    /** The cells a workbook-level name refers to, row by row. */
    private static List<Cell> cells(XSSFWorkbook wb, String name) {
        Name n = wb.getName(name);
        assertThat(n).as("name " + name).isNotNull();
        AreaReference area = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion());
        List<Cell> cells = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            Sheet sheet = wb.getSheet(ref.getSheetName());
            Row row = sheet.getRow(ref.getRow());
            if (row == null) {
                row = sheet.createRow(ref.getRow());
            }
            Cell cell = row.getCell(ref.getCol());
            cells.add(cell != null ? cell : row.createCell(ref.getCol()));
        }
        return cells;
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    // ---- Random calculations that use every feature
    // -------------------------------------------------------

    private enum Feature {

        SEVERAL_ACTORS, CPI_INDEXING, OPTIMISM_BIAS, DECLINING_SCHEDULE, HEALTH_BASIS, FIRST_YEAR_UNDISCOUNTED,
        FIRST_YEAR_DISCOUNTED, CUT_BY_HORIZON, DROP_OFF, DISBENEFIT, SOCIETY, OWNER_ORGANISATION

    }

    private static Set<Feature> features(Calculation c) {
        Set<Feature> f = EnumSet.noneOf(Feature.class);
        if (c.actors().size() > 1) {
            f.add(Feature.SEVERAL_ACTORS);
        }
        boolean indexed = c.costs().stream().anyMatch(k -> k.priceYear() != null && k.priceYear() != c.priceBaseYear())
                || c.outcomes()
                    .stream()
                    .flatMap(o -> o.valueStreams().stream())
                    .anyMatch(s -> s.priceYear() != null && s.priceYear() != c.priceBaseYear());
        if (indexed) {
            f.add(Feature.CPI_INDEXING);
        }
        if (c.optimismBias().costUplift().stream().anyMatch(v -> v > 0)) {
            f.add(Feature.OPTIMISM_BIAS);
        }
        DiscountingParameters d = c.discounting();
        if (d.standard().bands().size() > 1 && d.standard().bands().get(1).fromYear() < c.horizonYears()) {
            f.add(Feature.DECLINING_SCHEDULE);
        }
        f.add(d.firstYear() == Discounting.FirstYear.DISCOUNTED ? Feature.FIRST_YEAR_DISCOUNTED
                : Feature.FIRST_YEAR_UNDISCOUNTED);
        f.add(c.perspective() == Perspective.SOCIETY ? Feature.SOCIETY : Feature.OWNER_ORGANISATION);
        for (Outcome o : c.outcomes()) {
            if (o.lagYears() + o.durationYears() > c.horizonYears() && !o.valueStreams().isEmpty()) {
                f.add(Feature.CUT_BY_HORIZON);
            }
            if (o.dropOff() > 0 && o.durationYears() > 1) {
                f.add(Feature.DROP_OFF);
            }
            for (ValueStream s : o.valueStreams()) {
                DiscountBasis basis = s.discountBasis() != null ? s.discountBasis() : o.discountBasis();
                if (basis == DiscountBasis.HEALTH) {
                    f.add(Feature.HEALTH_BASIS);
                }
                if (s.unitValueOre() < 0) {
                    f.add(Feature.DISBENEFIT);
                }
            }
        }
        return f;
    }

    /**
     * A random valid calculation, seeded: several actors, costs and values in other
     * years' prices with a CPI series, an optimism-bias table, declining schedules with
     * early bands (so short horizons decline too), health-basis streams, both first-year
     * conventions, effects cut by the horizon, full drop-off, disbenefits and both
     * perspectives.
     */
    static Calculation rich(Random r) {
        int horizon = 1 + r.nextInt(40);
        int interventionYears = 1 + r.nextInt(Math.min(horizon, 4));
        int priceBaseYear = 2026;
        int actorCount = 1 + r.nextInt(5);
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < actorCount; a++) {
            actors.add(new Actor("actor-" + a, "Aktör " + a, ActorKind.values()[r.nextInt(ActorKind.values().length)],
                    a == 0 || r.nextBoolean()));
        }
        boolean cpi = r.nextInt(3) > 0;
        Map<Integer, Double> index = new TreeMap<>();
        if (cpi) {
            for (int year = 2015; year <= priceBaseYear; year++) {
                index.put(year, 300 + 10 * (year - 2015) + r.nextDouble() * 8);
            }
        }
        PriceIndex priceIndex = cpi ? new PriceIndex("kpi-test-" + r.nextInt(100), index) : PriceIndex.NONE;

        OptimismBiasTable bias = switch (r.nextInt(3)) {
            case 0 -> OptimismBiasTable.NONE;
            case 1 -> OptimismBiasTable.DEFAULT;
            default -> {
                int grades = 2 + r.nextInt(5);
                List<Double> uplift = new ArrayList<>();
                List<Double> reduction = new ArrayList<>();
                for (int g = 0; g < grades; g++) {
                    uplift.add(r.nextDouble() * 0.6);
                    reduction.add(r.nextDouble() * 0.5);
                }
                yield new OptimismBiasTable("custom-" + grades, uplift, reduction);
            }
        };
        int grades = bias.highestGrade() + 1;

        List<Cost> costs = new ArrayList<>();
        for (int t = 0; t < interventionYears; t++) {
            costs.add(new Cost("actor-" + r.nextInt(actorCount), t,
                    r.nextInt(8) == 0 ? 0 : (long) (r.nextDouble() * 4e8), CostType.values()[r.nextInt(3)],
                    CostNature.values()[r.nextInt(2)], r.nextInt(grades), priceYear(r, cpi, priceBaseYear)));
        }
        for (int extra = r.nextInt(4); extra > 0; extra--) {
            costs.add(new Cost("actor-" + r.nextInt(actorCount), r.nextInt(horizon), (long) (r.nextDouble() * 1e8),
                    CostType.values()[r.nextInt(3)], CostNature.values()[r.nextInt(2)], r.nextInt(grades),
                    priceYear(r, cpi, priceBaseYear)));
        }

        List<Outcome> outcomes = new ArrayList<>();
        for (int o = 1 + r.nextInt(4); o > 0; o--) {
            List<ValueStream> streams = new ArrayList<>();
            for (int s = 1 + r.nextInt(3); s > 0; s--) {
                long unitValue = (long) (r.nextDouble() * 3e7) * (r.nextInt(5) == 0 ? -1 : 1);
                streams.add(new ValueStream("actor-" + r.nextInt(actorCount), unitValue,
                        ValueKind.values()[r.nextInt(3)], r.nextInt(6) == 0 ? 1 : r.nextDouble(), r.nextInt(grades),
                        r.nextBoolean() ? null : DiscountBasis.values()[r.nextInt(2)],
                        priceYear(r, cpi, priceBaseYear)));
            }
            double dropOff = switch (r.nextInt(5)) {
                case 0 -> 0;
                case 1 -> 1;
                default -> r.nextDouble() * 0.5;
            };
            outcomes.add(new Outcome("Effekt " + outcomes.size(), 1 + r.nextInt(400), r.nextDouble(), r.nextDouble(),
                    r.nextDouble() * 0.8, r.nextDouble() * 0.4, r.nextDouble(), r.nextInt(horizon), r.nextInt(35),
                    dropOff, DiscountBasis.values()[r.nextInt(2)], streams));
        }

        DiscountSchedule standard = switch (r.nextInt(3)) {
            case 0 -> DiscountSchedule.STANDARD_CONSTANT;
            case 1 -> DiscountSchedule.GREEN_BOOK_DECLINING;
            default -> new DiscountSchedule("test-declining",
                    List.of(new DiscountSchedule.Band(0, 0.04), new DiscountSchedule.Band(1 + r.nextInt(5), 0.03),
                            new DiscountSchedule.Band(8 + r.nextInt(10), 0.02)));
        };
        DiscountSchedule health = switch (r.nextInt(3)) {
            case 0 -> DiscountSchedule.GREEN_BOOK_HEALTH;
            case 1 -> DiscountSchedule.GREEN_BOOK_HEALTH_DECLINING;
            default -> new DiscountSchedule("test-health-declining",
                    List.of(new DiscountSchedule.Band(0, 0.015), new DiscountSchedule.Band(2 + r.nextInt(6), 0.01)));
        };
        Discounting.FirstYear firstYear = r.nextBoolean() ? Discounting.FirstYear.UNDISCOUNTED
                : Discounting.FirstYear.DISCOUNTED;
        DiscountingParameters discounting = new DiscountingParameters("test-" + r.nextInt(100), standard, health,
                firstYear, priceIndex);
        return new Calculation("Slumpad kalkyl", horizon, priceBaseYear, interventionYears,
                r.nextBoolean() ? Perspective.SOCIETY : Perspective.OWNER_ORGANISATION, discounting, bias, actors,
                costs, outcomes, List.of());
    }

    private static Integer priceYear(Random r, boolean cpi, int base) {
        if (!cpi || r.nextInt(3) == 0) {
            return r.nextBoolean() ? null : base;
        }
        return 2015 + r.nextInt(base - 2015 + 1);
    }

}
