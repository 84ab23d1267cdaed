package se.sif.economics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import se.sif.economics.CalculationDocument.ActorEntry;
import se.sif.economics.CalculationDocument.CostEntry;
import se.sif.economics.CalculationDocument.IndicatorMeasure;
import se.sif.economics.CalculationDocument.OutcomeEntry;
import se.sif.economics.CalculationDocument.ValueStreamEntry;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.CostType;
import se.sif.economics.calculation.Perspective;
import se.sif.economics.calculation.ValueKind;

/**
 * A small but complete calculation as an applicant would enter it (the fund, a
 * municipality's school and social services, the region, the state; three intervention
 * years; one outcome worth something to four of them), and ways to break one field of it
 * at a time.
 */
final class TestDocuments {

    private TestDocuments() {
    }

    /**
     * The library's figures have price years up to 2023, the last year of the KPI series
     * the fund keeps.
     */
    static final int PRICE_BASE_YEAR = 2023;
    static final String PRICE_INDEX = "scb-kpi-1980-100-2023";

    static List<ActorEntry> actors() {
        return List.of(new ActorEntry("fund", "Sociala investeringsmedel", ActorKind.REGION, true, null),
                new ActorEntry("school", "Kommunen – skolan", ActorKind.MUNICIPALITY_BOARD, false, null),
                new ActorEntry("social", "Kommunen – socialtjänsten", ActorKind.MUNICIPALITY_BOARD, false, null),
                new ActorEntry("region", "Regionen – hälso- och sjukvården", ActorKind.REGION, false, null),
                new ActorEntry("state", "Staten", ActorKind.STATE, false, null));
    }

    static List<CostEntry> costs() {
        return List.of(new CostEntry("fund", 0, 50_000_000L, CostType.CASH_FROM_FUND, null, 0, null, null),
                new CostEntry("fund", 1, 50_000_000L, CostType.CASH_FROM_FUND, null, 0, null, null),
                new CostEntry("fund", 2, 50_000_000L, CostType.CASH_FROM_FUND, null, 0, null, null),
                new CostEntry("school", 0, 10_000_000L, CostType.STAFF_TIME, null, 2, null, "Elevhälsans tid"));
    }

    static ValueStreamEntry own(String actorId, long unitValueOre, ValueKind kind, double cashable) {
        return new ValueStreamEntry(actorId, null, null, null, unitValueOre, kind, cashable, 1, null, null);
    }

    static ValueStreamEntry library(String actorId, String code, Double quantity) {
        return new ValueStreamEntry(actorId, code, null, quantity, null, null, null, null, null, null);
    }

    static OutcomeEntry outcome(double impact, Long indicatorId, IndicatorMeasure measure,
            List<ValueStreamEntry> streams) {
        return new OutcomeEntry("Fler elever klarar grundskolan", 100.0, 0.8, impact, 0.1, 0.0, 1.0, 1, 5, 0.1, null,
                indicatorId, measure, streams);
    }

    static OutcomeEntry outcome() {
        return outcome(0.25, null, null, List.of(own("school", 5_000_000L, ValueKind.FISCAL, 0.3),
                library("social", "financial_assistance_household_year", 0.5),
                own("region", 1_500_000L, ValueKind.FISCAL, 0.2), own("state", 3_000_000L, ValueKind.ECONOMIC, 0.0)));
    }

    static CalculationDocument valid() {
        return new CalculationDocument("Tidiga familjeträffar – prognos", 2027, 10, PRICE_BASE_YEAR, 3,
                Perspective.SOCIETY, null, null, null, PRICE_INDEX, actors(), costs(), List.of(outcome()), List.of());
    }

    /** The document with one cost line changed. */
    static CalculationDocument withCost(CalculationDocument doc, int index, UnaryOperator<CostEntry> change) {
        List<CostEntry> costs = new ArrayList<>(doc.costs());
        costs.set(index, change.apply(costs.get(index)));
        return doc.withCosts(costs);
    }

    static CalculationDocument withOutcome(CalculationDocument doc, int index, UnaryOperator<OutcomeEntry> change) {
        List<OutcomeEntry> outcomes = new ArrayList<>(doc.outcomes());
        outcomes.set(index, change.apply(outcomes.get(index)));
        return doc.withOutcomes(outcomes);
    }

    static OutcomeEntry withImpact(OutcomeEntry o, Double impact) {
        return o.withImpact(impact);
    }

    static OutcomeEntry withPopulation(OutcomeEntry o, Double population) {
        return new OutcomeEntry(o.name(), population, o.engagement(), o.impact(), o.deadweight(), o.displacement(),
                o.attribution(), o.lagYears(), o.durationYears(), o.dropOff(), o.discountBasis(), o.indicatorId(),
                o.indicatorMeasure(), o.valueStreams());
    }

    static OutcomeEntry withDuration(OutcomeEntry o, Integer durationYears) {
        return new OutcomeEntry(o.name(), o.population(), o.engagement(), o.impact(), o.deadweight(), o.displacement(),
                o.attribution(), o.lagYears(), durationYears, o.dropOff(), o.discountBasis(), o.indicatorId(),
                o.indicatorMeasure(), o.valueStreams());
    }

    static CostEntry withActor(CostEntry c, String actorId) {
        return new CostEntry(actorId, c.year(), c.amountOre(), c.type(), c.nature(), c.confidenceGrade(), c.priceYear(),
                c.note());
    }

    static CostEntry withYear(CostEntry c, Integer year) {
        return new CostEntry(c.actorId(), year, c.amountOre(), c.type(), c.nature(), c.confidenceGrade(), c.priceYear(),
                c.note());
    }

    /**
     * Runs {@code work} signed in as a user with the given role, the way a request would
     * be.
     */
    static <T> T as(String username, String role, java.util.function.Supplier<T> work) {
        return se.sif.DemoUsers.as(username, work, role);
    }

}
