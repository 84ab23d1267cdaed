package se.sif.investment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pay-for-success contract on an investment: the investor, the total cap, the priced
 * outcome measures with their verifications and payments, and what the investor put in.
 * Amounts in öre.
 */
public record OutcomesContract(long id, long investmentId, long investorOrganisationId, String investorName,
        long totalCapOre, List<Measure> measures, List<Investment> investments,
        @Nullable BigDecimal investorReturnPercent) {

    /** What has been paid for outcomes so far, over every measure. */
    @JsonProperty
    public long paidOre() {
        return measures.stream().mapToLong(Measure::paidOre).sum();
    }

    public record Measure(long id, long indicatorId, String indicatorName, String unit, long pricePerUnitOre,
            long periodCapOre, List<Verification> verifications) {

        @JsonProperty
        public BigDecimal paidUnits() {
            return verifications.stream()
                .filter(v -> v.paidOre() != null)
                .map(Verification::units)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @JsonProperty
        public long paidOre() {
            return verifications.stream().filter(v -> v.paidOre() != null).mapToLong(Verification::paidOre).sum();
        }

        /**
         * What the commissioner paid per verified outcome unit; null until something is
         * paid.
         */
        @JsonProperty
        public @Nullable Long costPerOutcomeOre() {
            BigDecimal units = paidUnits();
            return units.signum() == 0 ? null
                    : BigDecimal.valueOf(paidOre()).divide(units, 0, java.math.RoundingMode.HALF_EVEN).longValueExact();
        }
    }

    public record Verification(long id, String period, BigDecimal units, String evidence, String verifiedBy,
            LocalDate verifiedOn, Long paidOre, LocalDate paidOn) {
    }

    public record Investment(LocalDate paidOn, long amountOre) {
    }

    @JsonProperty
    public long remainingCapOre() {
        return totalCapOre - paidOre();
    }
}
