package se.sif.economics.calculation;

import java.util.Map;

/**
 * The NPV distribution of a calculation or portfolio: in total (the perspective's actors)
 * and per actor id (every actor, each on its own NPV).
 */
public record MonteCarloResult(int draws, long seed, NpvDistribution total, Map<String, NpvDistribution> byActor) {

    public MonteCarloResult {
        byActor = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byActor));
    }
}
