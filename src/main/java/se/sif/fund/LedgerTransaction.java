package se.sif.fund;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One immutable transaction of the ledger with its balanced entries (debit positive). */
public record LedgerTransaction(long id, long fundId, TransactionKind kind, int fiscalYear, Long grantId,
        String grantReference, String registrationNumber, String description, String recordedBy, Instant recordedAt,
        Long reversesId, Long reversedById, List<Entry> entries) {

    public record Entry(Account account, int fiscalYear, @Nullable Long grantId, long amountOre) {
    }

    public boolean reversible() {
        return reversedById == null && reversesId == null && kind.reversible();
    }

    /** The amount moved: the sum of the debit side. */
    public long amountOre() {
        return entries.stream().mapToLong(Entry::amountOre).filter(a -> a > 0).sum();
    }
}
