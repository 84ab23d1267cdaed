package se.sif.economics.calculation;

import java.util.List;

/**
 * An expected effect for the target group and what it is worth to whom. The number of
 * outcome units in year {@code t} is
 * {@code population × engagement × impact × (1 − deadweight) × (1 − displacement) × attribution ×
 * (1 − dropOff)^(t − lagYears)} for {@code lagYears ≤ t < lagYears + durationYears}, and
 * 0 otherwise: only the change that would not have happened anyway (deadweight), is not
 * merely moved elsewhere (displacement) and is due to this intervention rather than
 * others (attribution) counts, and it fades with time (drop-off).
 *
 * @param population size of the target group with the need, people (or other units)
 * @param engagement share of the target group the intervention reaches
 * @param impact share of those reached in whom the effect occurs
 * @param deadweight share of the effect that would have happened anyway
 * @param displacement share of the effect that is only moved elsewhere
 * @param attribution share of the effect due to this intervention (not to others)
 * @param lagYears years before the effect starts (year index of the first effect year)
 * @param durationYears years the effect lasts; effects beyond the horizon are not counted
 * @param dropOff yearly fading of the effect after its first year
 * @param discountBasis the schedule for the outcome's value streams unless a stream says
 * otherwise
 */
public record Outcome(String name, double population, double engagement, double impact, double deadweight,
        double displacement, double attribution, int lagYears, int durationYears, double dropOff,
        DiscountBasis discountBasis, List<ValueStream> valueStreams) {

    public Outcome {
        Checks checks = new Checks().notBlank("name", name)
            .nonNegative("population", population)
            .share("engagement", engagement)
            .share("impact", impact)
            .share("deadweight", deadweight)
            .share("displacement", displacement)
            .share("attribution", attribution)
            .nonNegative("lagYears", lagYears)
            .nonNegative("durationYears", durationYears)
            .share("dropOff", dropOff)
            .notNull("discountBasis", discountBasis)
            .notNull("valueStreams", valueStreams);
        if (valueStreams != null) {
            for (int i = 0; i < valueStreams.size(); i++) {
                checks.notNull("valueStreams[" + i + "]", valueStreams.get(i));
            }
        }
        checks.throwIfAny();
        valueStreams = List.copyOf(valueStreams);
    }

    /** Outcome units in the first effect year, before drop-off. */
    public double firstYearUnits() {
        return population * engagement * impact * (1 - deadweight) * (1 - displacement) * attribution;
    }

    /**
     * The same outcome with another impact share, for break-even and switching-value
     * checks.
     */
    public Outcome withImpact(double newImpact) {
        return new Outcome(name, population, engagement, newImpact, deadweight, displacement, attribution, lagYears,
                durationYears, dropOff, discountBasis, valueStreams);
    }
}
