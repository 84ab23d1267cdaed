package se.sif.economics.calculation;

import java.util.List;

/**
 * Present values over a portfolio of calculations. The totals add up each calculation's
 * own perspective totals; the per-actor rows cover every actor of every calculation, so
 * an owner can see what the region or the state gains from the fund's investments even
 * when its own calculations count only itself.
 */
public record PortfolioTotals(int calculations, long pvCosts, long pvBenefits, List<ActorTotal> byActor) {

    public PortfolioTotals {
        byActor = List.copyOf(byActor);
    }

    public long npv() {
        return pvBenefits - pvCosts;
    }

    public ActorTotal actor(String actorId) {
        return byActor.stream()
            .filter(a -> a.actorId().equals(actorId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no actor '" + actorId + "' in the portfolio"));
    }
}
