package se.sif.economics.calculation;

import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One actor's present values summed over the calculations of a portfolio in which it
 * appears (by id).
 *
 * @param calculations in how many of the portfolio's calculations the actor appears
 */
public record ActorTotal(@Nullable String actorId, String name, ActorKind kind, int calculations, long pvCosts,
        long pvBenefits, long pvFiscalBenefits, long pvCashableBenefits) {

    public long npv() {
        return pvBenefits - pvCosts;
    }

    /**
     * PV of fiscal benefits / PV of costs over the whole portfolio; empty when the actor
     * bears no cost.
     */
    public OptionalDouble financialRoi() {
        return pvCosts > 0 ? OptionalDouble.of((double) pvFiscalBenefits / pvCosts) : OptionalDouble.empty();
    }
}
