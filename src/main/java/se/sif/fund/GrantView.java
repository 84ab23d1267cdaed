package se.sif.fund;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A grant with what is committed, paid out and planned. Amounts in öre. */
public record GrantView(long id, long fundId, String fundName, FundLedger.EconomicModel fundEconomicModel,
        String reference, String kind, String title, long recipientOrganisationId, String recipientName, int fiscalYear,
        long committedOre, long disbursedOre, List<Payment> payments, @Nullable LocalDate legalForceFrom) {

    /**
     * A planned payment. {@code approvalRequestedBy} is the official who asked for a
     * payment above the second-approval amount (another person pays it);
     * {@code earlyReason} why it was paid before its due date or before the decision had
     * legal force.
     */
    public record Payment(long id, LocalDate dueDate, long amountOre, String condition, LocalDate conditionMetOn,
            Long disbursementId, boolean cancelled, long version, @Nullable String earlyReason,
            @Nullable String approvalRequestedBy, @Nullable String paidBy) {

        public boolean awaitingSecondApproval() {
            return approvalRequestedBy != null && disbursementId == null && !cancelled;
        }

        public boolean paid() {
            return disbursementId != null;
        }

        public boolean waitingForCondition() {
            return condition != null && conditionMetOn == null;
        }

        public boolean payable() {
            return !paid() && !cancelled && !waitingForCondition();
        }
    }

    /** Everything granted: what is still committed plus what has been paid out. */
    public long grantedOre() {
        return committedOre + disbursedOre;
    }
}
