package se.sif.fund;

import org.jspecify.annotations.Nullable;

/** Which transactions to show: any field may be null for "all". */
public record LedgerFilter(@Nullable Integer fiscalYear, @Nullable Account account, @Nullable Long grantId,
        @Nullable String kind, @Nullable Long transactionId, @Nullable Integer limit) {

    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null, null, null);

    static LedgerFilter transaction(long id) {
        return new LedgerFilter(null, null, null, null, id, 1);
    }

    int effectiveLimit() {
        return limit == null || limit <= 0 ? 500 : Math.min(limit, 1_000_000);
    }
}
