package se.sif.fund;

/** Which transactions to show: any field may be null for "all". */
public record LedgerFilter(Integer fiscalYear, Account account, Long grantId, String kind, Long transactionId, Integer limit) {

    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null, null, null);

    static LedgerFilter transaction(long id) {
        return new LedgerFilter(null, null, null, null, id, 1);
    }

    int effectiveLimit() {
        return limit == null || limit <= 0 ? 500 : Math.min(limit, 1_000_000);
    }
}
