package se.sif.economics;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.sif.economics.Discounting.FirstYear;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.CostNature;
import se.sif.economics.calculation.CostType;
import se.sif.economics.calculation.DiscountBasis;
import se.sif.economics.calculation.DistributionShape;
import se.sif.economics.calculation.Perspective;
import se.sif.economics.calculation.ValueKind;

/**
 * A socio-economic calculation as a user enters it and as it is stored: the API's body,
 * the pages' model and the JSON of one version. Unlike the calculation core's records it
 * may be incomplete or wrong, so that a half-filled form can be shown back with its
 * errors; {@link CalculationDocuments#toCalculation} turns it into a checked core
 * {@code Calculation}, naming every bad field. Parameter sets and unit costs are referred
 * to by version, so a stored document computes to the same result for ever.
 *
 * @param discountingVersion an {@code economics_parameter_set} of kind DISCOUNTING; null
 * means the default
 * @param firstYear overrides the discounting set's convention (CBA: year 0 undiscounted;
 * SROI: year 1)
 * @param optimismBiasVersion an OPTIMISM_BIAS set; null means the default
 * @param priceIndexVersion a PRICE_INDEX set; null means none (all amounts in the price
 * base year)
 * @param startYear the calendar year of year index 0, for tables, charts and the
 * repayment plan
 */
public record CalculationDocument(String name, Integer startYear, Integer horizonYears, Integer priceBaseYear,
        Integer interventionYears, Perspective perspective, String discountingVersion, FirstYear firstYear,
        String optimismBiasVersion, String priceIndexVersion, List<ActorEntry> actors, List<CostEntry> costs,
        List<OutcomeEntry> outcomes, List<UncertaintyEntry> uncertainties) {

    public CalculationDocument {
        actors = actors == null ? List.of() : nonNull(actors);
        costs = costs == null ? List.of() : nonNull(costs);
        outcomes = outcomes == null ? List.of() : nonNull(outcomes);
        uncertainties = uncertainties == null ? List.of() : nonNull(uncertainties);
    }

    private static <T> List<T> nonNull(List<T> list) {
        List<T> copy = new ArrayList<>(list.size());
        for (T t : list) {
            if (t != null) {
                copy.add(t);
            }
        }
        return List.copyOf(copy);
    }

    /**
     * A party that pays or gains. {@code organisationId} links it to the organisation
     * register when it is one (a municipality, a region), which is what lets its expected
     * savings propose a repayment plan.
     */
    public record ActorEntry(@Nullable String id, @Nullable String name, @Nullable ActorKind kind,
            Boolean ownerOrganisation, @Nullable Long organisationId) {
    }

    /** One cost line; amounts in öre. */
    public record CostEntry(@Nullable String actorId, @Nullable Integer year, @Nullable Long amountOre,
            @Nullable CostType type, @Nullable CostNature nature, @Nullable Integer confidenceGrade,
            @Nullable Integer priceYear, @Nullable String note) {
    }

    /**
     * An expected effect. {@code indicatorId} names the follow-up indicator that measures
     * it, and {@code indicatorMeasure} how its value becomes the realised impact share:
     * PERCENT (the indicator is the share of those reached in whom the effect occurred)
     * or COUNT (the number of people in whom it occurred).
     */
    public record OutcomeEntry(@Nullable String name, @Nullable Double population, @Nullable Double engagement,
            @Nullable Double impact, @Nullable Double deadweight, @Nullable Double displacement,
            @Nullable Double attribution, @Nullable Integer lagYears, @Nullable Integer durationYears,
            @Nullable Double dropOff, @Nullable DiscountBasis discountBasis, @Nullable Long indicatorId,
            @Nullable IndicatorMeasure indicatorMeasure, List<ValueStreamEntry> valueStreams) {

        public OutcomeEntry {
            valueStreams = valueStreams == null ? List.of() : nonNull(valueStreams);
        }

        OutcomeEntry withImpact(Double newImpact) {
            return new OutcomeEntry(name, population, engagement, newImpact, deadweight, displacement, attribution,
                    lagYears, durationYears, dropOff, discountBasis, indicatorId, indicatorMeasure, valueStreams);
        }

        OutcomeEntry withValueStreams(List<ValueStreamEntry> streams) {
            return new OutcomeEntry(name, population, engagement, impact, deadweight, displacement, attribution,
                    lagYears, durationYears, dropOff, discountBasis, indicatorId, indicatorMeasure, streams);
        }
    }

    public enum IndicatorMeasure {

        PERCENT, COUNT

    }

    /**
     * What one unit of an outcome is worth to one actor per year. With a
     * {@code unitCostCode} the value is {@code quantity} units of the library's unit cost
     * (e.g. 30 care days a year avoided per person), its price year the library's, pinned
     * to {@code unitCostVersion} when saved; without one, {@code unitValueOre} is the
     * applicant's own figure.
     */
    public record ValueStreamEntry(@Nullable String actorId, @Nullable String unitCostCode,
            @Nullable Integer unitCostVersion, @Nullable Double quantity, @Nullable Long unitValueOre,
            @Nullable ValueKind kind, @Nullable Double cashableShare, @Nullable Integer confidenceGrade,
            @Nullable DiscountBasis discountBasis, @Nullable Integer priceYear) {
    }

    /**
     * A three-point estimate of a parameter named by its path, e.g.
     * {@code outcomes[0].impact}, {@code outcomes[1].valueStreams[0].unitValueOre} or
     * {@code costs[2].amountOre}.
     */
    public record UncertaintyEntry(String parameter, @Nullable Double low, Double likely, @Nullable Double high,
            @Nullable DistributionShape shape) {
    }

    CalculationDocument withOutcomes(List<OutcomeEntry> newOutcomes) {
        return new CalculationDocument(name, startYear, horizonYears, priceBaseYear, interventionYears, perspective,
                discountingVersion, firstYear, optimismBiasVersion, priceIndexVersion, actors, costs, newOutcomes,
                uncertainties);
    }

    CalculationDocument withActors(List<ActorEntry> newActors) {
        return new CalculationDocument(name, startYear, horizonYears, priceBaseYear, interventionYears, perspective,
                discountingVersion, firstYear, optimismBiasVersion, priceIndexVersion, newActors, costs, outcomes,
                uncertainties);
    }

    CalculationDocument withCosts(List<CostEntry> newCosts) {
        return new CalculationDocument(name, startYear, horizonYears, priceBaseYear, interventionYears, perspective,
                discountingVersion, firstYear, optimismBiasVersion, priceIndexVersion, actors, newCosts, outcomes,
                uncertainties);
    }

    CalculationDocument withUncertainties(List<UncertaintyEntry> newUncertainties) {
        return new CalculationDocument(name, startYear, horizonYears, priceBaseYear, interventionYears, perspective,
                discountingVersion, firstYear, optimismBiasVersion, priceIndexVersion, actors, costs, outcomes,
                newUncertainties);
    }

    CalculationDocument withSettings(@Nullable String newName, @Nullable Integer newStartYear,
            @Nullable Integer newHorizon, @Nullable Integer newPriceBaseYear, @Nullable Integer newInterventionYears,
            @Nullable Perspective newPerspective, @Nullable String newDiscounting, @Nullable FirstYear newFirstYear,
            @Nullable String newOptimismBias, @Nullable String newPriceIndex) {
        return new CalculationDocument(newName, newStartYear, newHorizon, newPriceBaseYear, newInterventionYears,
                newPerspective, newDiscounting, newFirstYear, newOptimismBias, newPriceIndex, actors, costs, outcomes,
                uncertainties);
    }
}
