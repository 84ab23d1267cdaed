package se.sif.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record InvestmentView(long id, long applicationId, long fundId, String title, String ownerName,
        String projectLeader, long grantedAmountOre, LocalDate startDate, LocalDate endDate,
        List<Indicator> indicators) {

    public record Indicator(long id, String name, String unit, BigDecimal baseline, String baselinePeriod,
            BigDecimal target, String direction, boolean invented, List<Value> values) {

        public @Nullable Value latest() {
            return values.isEmpty() ? null : values.get(values.size() - 1);
        }

        /**
         * How far from baseline towards target the latest value has come, in percent (may
         * pass 100).
         */
        public @Nullable Integer progressPercent() {
            Value latest = latest();
            BigDecimal distance = target.subtract(baseline);
            if (latest == null || distance.signum() == 0) {
                return null;
            }
            return latest.value()
                .subtract(baseline)
                .multiply(BigDecimal.valueOf(100))
                .divide(distance, 0, java.math.RoundingMode.HALF_UP)
                .intValue();
        }
    }

    public record Value(String period, BigDecimal value, int groupSize, String comment, String reportedBy) {
    }
}
