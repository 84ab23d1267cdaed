package se.sif.economics.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Calculations the tests share: a small one computed by hand, and random valid ones for
 * property tests. Public for the tests of other packages (the workbook export).
 */
public final class Examples {

    static final Actor KOMMUN = new Actor("kommun", "Gullspångs kommun, kommunstyrelsen", ActorKind.MUNICIPALITY_BOARD,
            true);
    static final Actor REGION = new Actor("region", "Västra Götalandsregionen", ActorKind.REGION, false);

    private Examples() {
    }

    /**
     * The hand-computed case (all amounts in öre; 3.5 %, year 0 undiscounted, no optimism
     * bias): costs: the municipality pays 10 000 000 in year 0 and 5 000 000 in year 1.
     * one outcome: 100 × 0.5 × 0.4 × (1 − 0.25) × (1 − 0) × 0.8 = 12 units in year 1,
     * halving each year (drop-off 0.5) for 3 years: 12, 6, 3 in years 1, 2, 3; worth 1
     * 000 000 per unit to the region (fiscal, all cashable) and 500 000 to the
     * municipality (fiscal, half cashable).
     */
    public static Calculation small() {
        return small(Perspective.SOCIETY, OptimismBiasTable.NONE, 0.25, 0.8, List.of());
    }

    public static Calculation small(Perspective perspective, OptimismBiasTable bias, double deadweight,
            double attribution, List<Uncertainty> uncertainties) {
        return new Calculation("Hand-computed example", 4, 2026, 2, perspective, DiscountingParameters.DEFAULT, bias,
                List.of(KOMMUN, REGION),
                List.of(Cost.of("kommun", 0, 10_000_000, CostType.CASH_FROM_FUND), Cost.of("kommun", 1, 5_000_000,
                        CostType.STAFF_TIME)),
                List.of(new Outcome("Pupils back in regular attendance", 100, 0.5, 0.4, deadweight, 0, attribution, 1,
                        3, 0.5, DiscountBasis.STANDARD,
                        List.of(ValueStream.of("region", 1_000_000, ValueKind.FISCAL, 1.0),
                                ValueStream.of("kommun", 500_000, ValueKind.FISCAL, 0.5)))),
                uncertainties);
    }

    /**
     * A random but valid calculation; seeded so a failure can be reproduced from the seed
     * in the message.
     */
    public static Calculation random(Random r) {
        int horizon = 1 + r.nextInt(60);
        int interventionYears = 1 + r.nextInt(Math.min(horizon, 5));
        int actorCount = 1 + r.nextInt(6);
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < actorCount; a++) {
            actors.add(new Actor("a" + a, "Actor " + a, ActorKind.values()[r.nextInt(ActorKind.values().length)],
                    r.nextBoolean()));
        }
        List<Cost> costs = new ArrayList<>();
        for (int t = 0; t < interventionYears; t++) {
            costs.add(new Cost("a" + r.nextInt(actorCount), t, r.nextInt(10) == 0 ? 0 : (long) (r.nextDouble() * 5e8),
                    CostType.values()[r.nextInt(3)], CostNature.values()[r.nextInt(2)], r.nextInt(6), null));
        }
        for (int extra = r.nextInt(4); extra > 0; extra--) {
            costs.add(new Cost("a" + r.nextInt(actorCount), r.nextInt(horizon), (long) (r.nextDouble() * 1e8),
                    CostType.STAFF_TIME, CostNature.REVENUE, r.nextInt(6), null));
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Uncertainty> uncertainties = new ArrayList<>();
        for (int o = r.nextInt(5); o > 0; o--) {
            List<ValueStream> streams = new ArrayList<>();
            for (int s = r.nextInt(4); s > 0; s--) {
                streams.add(new ValueStream("a" + r.nextInt(actorCount), (long) (r.nextDouble() * 2e7),
                        ValueKind.values()[r.nextInt(3)], r.nextDouble(), r.nextInt(6),
                        r.nextBoolean() ? null : DiscountBasis.values()[r.nextInt(2)], null));
            }
            double impact = r.nextDouble();
            double deadweight = r.nextDouble() * 0.9;
            int index = outcomes.size();
            outcomes.add(new Outcome("Outcome " + index, r.nextInt(500), r.nextDouble(), impact, deadweight,
                    r.nextDouble() * 0.5, r.nextDouble(), r.nextInt(horizon), r.nextInt(40), r.nextDouble() * 0.5,
                    DiscountBasis.values()[r.nextInt(2)], streams));
            uncertainties.add(Uncertainty.pert(Parameter.impact(index), impact * r.nextDouble(), impact,
                    impact + (1 - impact) * r.nextDouble()));
            uncertainties.add(Uncertainty.triangular(Parameter.deadweight(index), deadweight * r.nextDouble(),
                    deadweight, deadweight + (1 - deadweight) * r.nextDouble()));
        }
        if (!costs.isEmpty() && costs.get(0).amountOre() > 0) {
            long amount = costs.get(0).amountOre();
            uncertainties.add(Uncertainty.pert(Parameter.costAmount(0), amount * 0.8, amount, amount * 1.5));
        }
        DiscountingParameters discounting = r.nextBoolean() ? DiscountingParameters.DEFAULT
                : DiscountingParameters.GREEN_BOOK_DECLINING;
        if (r.nextBoolean()) {
            discounting = discounting.withFirstYear(se.sif.economics.Discounting.FirstYear.DISCOUNTED);
        }
        return new Calculation("Random", horizon, 2026, interventionYears,
                r.nextBoolean() ? Perspective.SOCIETY : Perspective.OWNER_ORGANISATION, discounting,
                OptimismBiasTable.DEFAULT, actors, costs, outcomes, uncertainties);
    }

}
