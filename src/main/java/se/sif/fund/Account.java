package se.sif.fund;

/** The fund's accounts. Debit is positive; every transaction's entries sum to zero. */
public enum Account {

    /**
     * The owner's budget the appropriations come from (credit side of an appropriation).
     */
    FUNDING_SOURCE,
    /**
     * Appropriated money of a fiscal year that is not committed, expired or carried over.
     */
    AVAILABLE,
    /** Money committed to a grant and not yet paid out. */
    COMMITTED,
    /** Money paid out to a grant. */
    DISBURSED,
    /** Money that was not committed when its fiscal year closed (brann inne). */
    EXPIRED,
    /**
     * Repaid to the fund by a board whose costs fell thanks to a grant (repayment model;
     * credit side).
     */
    REPAID,
    /** A failed saving covered by the central budget (repayment model; credit side). */
    LOSS_COVERED,
    /** Paid for verified outcomes out of a grant's commitment (pay-for-success). */
    OUTCOME_PAID;

    /**
     * Accounts on the credit side, where money comes from: their balances are negative by
     * nature.
     */
    /** What has left a grant: paid by schedule or for verified outcomes. */
    public static final java.util.Set<Account> PAID_OUT = java.util.EnumSet.of(DISBURSED, OUTCOME_PAID);

    /**
     * {@link #PAID_OUT} as an SQL list ({@code 'DISBURSED', 'OUTCOME_PAID'}), for the
     * queries that sum it.
     */
    static String paidOutSql() {
        return PAID_OUT.stream().map(a -> "'" + a.name() + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    public boolean isSource() {
        return this == FUNDING_SOURCE || this == REPAID || this == LOSS_COVERED;
    }

}
