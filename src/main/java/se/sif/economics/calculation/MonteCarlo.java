package se.sif.economics.calculation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monte Carlo of one calculation: every uncertain parameter is drawn independently from
 * its PERT or triangular distribution, the NPV is recomputed per draw from precomputed
 * coefficients, and the draws are summarised as P10/P50/P90 and P(NPV > 0), in total and
 * per actor. Independent draws are a simplification: correlated estimates (e.g. impact
 * and duration from the same study) make the spread wider than shown.
 */
public final class MonteCarlo {

    private MonteCarlo() {
    }

    public static MonteCarloResult run(Calculation calculation, MonteCarloSettings settings) {
        CompiledCalculation model = new CompiledCalculation(calculation);
        int[] slots = new int[model.actorCount];
        for (int a = 0; a < slots.length; a++) {
            slots[a] = a;
        }
        Simulation simulation = Simulation.run(List.of(model), new int[][] { slots }, model.actorCount, settings);
        Map<String, NpvDistribution> byActor = new LinkedHashMap<>();
        for (int a = 0; a < model.actorCount; a++) {
            byActor.put(calculation.actors().get(a).id(), NpvDistribution.of(simulation.byActor[a]));
        }
        return new MonteCarloResult(settings.draws(), settings.seed(), NpvDistribution.of(simulation.total), byActor);
    }

}
