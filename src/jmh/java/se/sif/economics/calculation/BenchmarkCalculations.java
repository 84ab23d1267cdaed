package se.sif.economics.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented but realistically sized calculations for the benchmarks: sizes follow issue 4's targets, values
 * are drawn from plausible ranges so that no branch (zero drop-off, empty stream) is favoured.
 */
final class BenchmarkCalculations {

    static final int HORIZON = 30;

    private BenchmarkCalculations() {
    }

    /** 10 outcomes × 3 value streams, 6 actors, 30 years, 3 intervention years, 32 uncertain parameters. */
    static Calculation tenOutcomes(long seed) {
        return calculation(new SplittableRandom(seed), "bench", 10, 3, sixActors("k0"), true);
    }

    /**
     * Investments in 50 municipalities that share the region and the state: 3 outcomes × 2 value streams,
     * 4 actors and 9 uncertain parameters each.
     */
    static List<Calculation> portfolio(int investments, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Calculation> calculations = new ArrayList<>(investments);
        for (int i = 0; i < investments; i++) {
            List<Actor> actors = sixActors("k" + (i % 50)).subList(0, 4);
            calculations.add(calculation(random, "investment " + i, 3, 2, actors, false));
        }
        return calculations;
    }

    private static List<Actor> sixActors(String municipality) {
        return List.of(
                new Actor(municipality + "-ks", "Kommunstyrelsen " + municipality, ActorKind.MUNICIPALITY_BOARD, true),
                new Actor(municipality + "-bun", "Skolan " + municipality, ActorKind.MUNICIPALITY_BOARD, true),
                new Actor("region", "Regionen", ActorKind.REGION, false),
                new Actor("staten", "Staten", ActorKind.STATE, false),
                new Actor(municipality + "-sn", "Socialtjänsten " + municipality, ActorKind.MUNICIPALITY_BOARD, true),
                new Actor("individ", "Individerna", ActorKind.INDIVIDUAL, false));
    }

    private static Calculation calculation(SplittableRandom r, String name, int outcomeCount, int streamsPerOutcome,
                                           List<Actor> actors, boolean allDropOffsUncertain) {
        List<Cost> costs = new ArrayList<>();
        for (int year = 0; year < 3; year++) {
            costs.add(new Cost(actors.get(0).id(), year, 100_000_000 + r.nextLong(100_000_000), CostType.CASH_FROM_FUND,
                    CostNature.REVENUE, 2, null));
            costs.add(new Cost(actors.get(1).id(), year, 20_000_000 + r.nextLong(30_000_000), CostType.STAFF_TIME,
                    CostNature.REVENUE, 1, null));
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Uncertainty> uncertainties = new ArrayList<>();
        for (int o = 0; o < outcomeCount; o++) {
            List<ValueStream> streams = new ArrayList<>();
            for (int s = 0; s < streamsPerOutcome; s++) {
                Actor actor = actors.get(1 + r.nextInt(actors.size() - 1));
                streams.add(new ValueStream(actor.id(), 500_000 + r.nextLong(10_000_000),
                        ValueKind.values()[r.nextInt(3)], r.nextDouble(), r.nextInt(4),
                        r.nextInt(5) == 0 ? DiscountBasis.HEALTH : null, null));
            }
            double impact = 0.1 + 0.5 * r.nextDouble();
            double deadweight = 0.1 + 0.4 * r.nextDouble();
            double dropOff = 0.05 + 0.2 * r.nextDouble();
            outcomes.add(new Outcome("outcome " + o, 20 + r.nextInt(200), 0.5 + 0.5 * r.nextDouble(), impact, deadweight,
                    0.1 * r.nextDouble(), 0.4 + 0.5 * r.nextDouble(), 1 + r.nextInt(8), 3 + r.nextInt(25), dropOff,
                    DiscountBasis.STANDARD, streams));
            uncertainties.add(Uncertainty.pert(Parameter.impact(o), impact * 0.5, impact, Math.min(1, impact * 1.5)));
            uncertainties.add(Uncertainty.triangular(Parameter.deadweight(o), deadweight * 0.5, deadweight,
                    Math.min(1, deadweight * 1.5)));
            if (allDropOffsUncertain || o == 0) {
                uncertainties.add(Uncertainty.pert(Parameter.of(Parameter.Kind.DROP_OFF, o), dropOff * 0.5, dropOff,
                        dropOff * 2));
            }
        }
        uncertainties.add(Uncertainty.pert(Parameter.unitValue(0, 0), outcomes.get(0).valueStreams().get(0).unitValueOre() * 0.7,
                outcomes.get(0).valueStreams().get(0).unitValueOre(), outcomes.get(0).valueStreams().get(0).unitValueOre() * 1.4));
        uncertainties.add(Uncertainty.pert(Parameter.costAmount(0), costs.get(0).amountOre() * 0.9,
                costs.get(0).amountOre(), costs.get(0).amountOre() * 1.5));
        return new Calculation(name, HORIZON, 2026, 3, Perspective.SOCIETY, DiscountingParameters.DEFAULT,
                OptimismBiasTable.DEFAULT, actors, costs, outcomes, uncertainties);
    }
}
