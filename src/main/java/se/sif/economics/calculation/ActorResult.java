package se.sif.economics.calculation;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What one actor pays and gains: the answer to "who pays and who gains, and when" that
 * the report found missing from the funds' calculations. Present values in öre, rounded
 * half-even.
 *
 * @param inPerspective whether the calculation's perspective counts this actor in its
 * totals
 * @param pvFiscalBenefits present value of the FISCAL benefits to this actor
 * @param financialRoi PV of fiscal benefits to the actor / PV of the costs it bears
 * (kronor back per krona spent); empty when it bears no cost
 * @param pvNonCashableBenefits {@code pvBenefits − pvCashableBenefits}
 * @param cumulativeNet undiscounted cumulative benefits − costs at the end of each year
 * index
 * @param cumulativeDiscountedNet the same in present values
 * @param paybackYearUndiscounted first year index whose cumulative net is ≥ 0 once
 * anything has happened for the actor; empty if that never happens within the horizon (an
 * actor that only gains "pays back" in its first benefit year)
 */
public record ActorResult(Actor actor, boolean inPerspective, long pvCosts, long pvBenefits, long npv,
        long pvFiscalBenefits, OptionalDouble financialRoi, long pvCashableBenefits, long pvNonCashableBenefits,
        List<Long> cumulativeNet, List<Long> cumulativeDiscountedNet, OptionalInt paybackYearUndiscounted,
        OptionalInt paybackYearDiscounted) {

    public ActorResult {
        cumulativeNet = List.copyOf(cumulativeNet);
        cumulativeDiscountedNet = List.copyOf(cumulativeDiscountedNet);
    }
}
