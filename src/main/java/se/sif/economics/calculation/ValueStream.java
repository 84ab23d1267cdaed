package se.sif.economics.calculation;

import org.jspecify.annotations.Nullable;

/**
 * What one unit of an outcome is worth to one actor per year: e.g. one pupil back in
 * regular attendance saves the school its special support.
 *
 * @param unitValueOre value per outcome unit per year, öre; negative for a disbenefit (an
 * actor that gets more work because of the effect)
 * @param cashableShare the part that shows up as money an actor can actually redeploy
 * (0..1); the rest frees capacity or is not money at all
 * @param confidenceGrade index into the {@link OptimismBiasTable} (0 = best evidence)
 * @param discountBasis the schedule for this stream; {@code null} means the outcome's
 * @param priceYear the year whose prices the unit value is in; {@code null} when the
 * price base year
 */
public record ValueStream(String actorId, long unitValueOre, ValueKind kind, double cashableShare, int confidenceGrade,
        @Nullable DiscountBasis discountBasis, @Nullable Integer priceYear) {

    public ValueStream {
        new Checks().notBlank("actorId", actorId)
            .notNull("kind", kind)
            .share("cashableShare", cashableShare)
            .nonNegative("confidenceGrade", confidenceGrade)
            .throwIfAny();
    }

    public static ValueStream of(String actorId, long unitValueOre, ValueKind kind, double cashableShare) {
        return new ValueStream(actorId, unitValueOre, kind, cashableShare, 0, null, null);
    }
}
