package se.sif.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Who repays the fund for one grant under the repayment model: the boards whose costs
 * fall, each with its share of the expected saving per year, who covers a loss, and the
 * claims made so far. Amounts in öre.
 */
public record RepaymentAgreement(long id, long grantId, String grantReference, String grantTitle, long fundId,
        LossCover lossCover, List<Party> parties, List<Claim> claims) {

    public enum LossCover {

        CENTRAL, OWNING_BOARD

    }

    public record Party(long organisationId, String organisationName, BigDecimal share,
            Map<Integer, Long> expectedSavings) {

        /**
         * What this board is expected to repay in a year: its share of the expected
         * saving, rounded to the öre.
         */
        public long expectedRepayment(int year) {
            Long saving = expectedSavings.get(year);
            return saving == null ? 0 : Repayments.shareOf(saving, share);
        }
    }

    public record Claim(long id, long organisationId, String organisationName, int fiscalYear, long amountOre,
            String status, Instant settledAt, long version) {
    }
}
