package se.sif.fund;

/**
 * What a ledger transaction does; the database's check on {@code ledger_transaction.kind}
 * names the same kinds.
 */
public enum TransactionKind {

    APPROPRIATION, COMMITMENT, DECOMMITMENT, DISBURSEMENT, EXPIRY, CARRY_OVER, REVERSAL, REPAYMENT, LOSS_COVER,
    OUTCOME_PAYMENT;

    /**
     * Corrections are reversals of these kinds; the rest are corrected by what the
     * year-end or a reduction posts.
     */
    public boolean reversible() {
        return this == APPROPRIATION || this == COMMITMENT || this == DISBURSEMENT;
    }

}
