package se.sif.economics.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many calculations seen together: the fund's investments. Actors are matched by id
 * across calculations, so every investment must use the same id for the same
 * organisation.
 */
public final class Portfolio {

    private Portfolio() {
    }

    public static PortfolioTotals totals(List<Calculation> calculations) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, Actor> first = new LinkedHashMap<>();
        long costs = 0;
        long benefits = 0;
        for (Calculation c : calculations) {
            CalculationResult r = CalculationEngine.calculate(c);
            costs += r.pvCosts();
            benefits += r.pvBenefits();
            for (ActorResult a : r.actors()) {
                first.putIfAbsent(a.actor().id(), a.actor());
                long[] s = sums.computeIfAbsent(a.actor().id(), id -> new long[5]);
                s[0]++;
                s[1] += a.pvCosts();
                s[2] += a.pvBenefits();
                s[3] += a.pvFiscalBenefits();
                s[4] += a.pvCashableBenefits();
            }
        }
        List<ActorTotal> byActor = new ArrayList<>();
        for (Map.Entry<String, long[]> e : sums.entrySet()) {
            // Every key of sums was put into first in the same loop.
            Actor actor = java.util.Objects.requireNonNull(first.get(e.getKey()));
            long[] s = e.getValue();
            byActor.add(new ActorTotal(actor.id(), actor.name(), actor.kind(), (int) s[0], s[1], s[2], s[3], s[4]));
        }
        return new PortfolioTotals(calculations.size(), costs, benefits, byActor);
    }

    /**
     * Monte Carlo over a portfolio: in each draw every calculation's uncertain parameters
     * are drawn (independently across calculations) and the NPVs are added. The total
     * adds each calculation's perspective total; per actor id, the actor's own NPV summed
     * over the calculations it appears in.
     */
    public static MonteCarloResult monteCarlo(List<Calculation> calculations, MonteCarloSettings settings) {
        return monteCarlo(calculations, settings, SimulationProgress.NONE);
    }

    /**
     * As {@link #monteCarlo(List, MonteCarloSettings)}, reporting progress and stoppable;
     * same result.
     */
    public static MonteCarloResult monteCarlo(List<Calculation> calculations, MonteCarloSettings settings,
            SimulationProgress progress) {
        Map<String, Integer> actorSlot = new LinkedHashMap<>();
        List<CompiledCalculation> models = new ArrayList<>(calculations.size());
        int[][] slots = new int[calculations.size()][];
        for (int i = 0; i < calculations.size(); i++) {
            Calculation c = calculations.get(i);
            models.add(new CompiledCalculation(c));
            slots[i] = new int[c.actors().size()];
            for (int a = 0; a < slots[i].length; a++) {
                slots[i][a] = actorSlot.computeIfAbsent(c.actors().get(a).id(), id -> actorSlot.size());
            }
        }
        Simulation simulation = Simulation.run(models, slots, actorSlot.size(), settings, progress);
        Map<String, NpvDistribution> byActor = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : actorSlot.entrySet()) {
            byActor.put(e.getKey(), NpvDistribution.of(simulation.byActor[e.getValue()]));
        }
        return new MonteCarloResult(settings.draws(), settings.seed(), NpvDistribution.of(simulation.total), byActor);
    }

}
