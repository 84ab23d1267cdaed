package se.sif.fund;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.shared.Actor;
import se.sif.shared.Money;
import se.sif.shared.NotFoundException;

/**
 * Writes balanced transactions and reads balances. Every write happens after
 * {@link #lockFund}, so all checks of a balance and the write that depends on them are
 * serialised per fund, also across nodes. The running balances ({@code ledger_balance})
 * are updated with the entries in the same transaction: per grant, and per account and
 * year (grant_key 0) including the year's total of the per-grant accounts.
 */
@Component
class Journal {

    record Entry(Account account, int fiscalYear, @Nullable Long grantId, long amountOre) {
    }

    private final LedgerRepository ledger;

    private final FundRepository funds;

    private final AuditTrail audit;

    Journal(LedgerRepository ledger, FundRepository funds, AuditTrail audit) {
        this.ledger = ledger;
        this.funds = funds;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lockFund(long fundId) {
        if (!funds.lock(fundId)) {
            throw new NotFoundException("fund", fundId);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    /**
     * Pays money out of a grant's commitment — by schedule (DISBURSED) or for verified
     * outcomes (OUTCOME_PAID) — or refuses when what is left committed cannot cover it.
     * The caller holds the fund's lock.
     */
    long payOutOfCommitment(GrantView grant, TransactionKind kind, Account outflow, long amountOre,
            String description) {
        if (grantBalance(grant.id(), Account.COMMITTED) < amountOre) {
            throw new se.sif.shared.DomainException("fund.error.paymentBeyondCommitment");
        }
        return post(grant.fundId(), kind, grant.fiscalYear(), grant.id(), grant.reference(), description, null,
                List.of(new Entry(outflow, grant.fiscalYear(), grant.id(), amountOre),
                        new Entry(Account.COMMITTED, grant.fiscalYear(), grant.id(), -amountOre)));
    }

    long post(long fundId, TransactionKind kind, int fiscalYear, @Nullable Long grantId,
            @Nullable String registrationNumber, String description, @Nullable Long reversesId, List<Entry> entries) {
        if (entries.stream().mapToLong(Entry::amountOre).reduce(0, Math::addExact) != 0 || entries.size() < 2) {
            throw new IllegalStateException("unbalanced transaction " + entries);
        }
        long id = ledger.addTransaction(fundId, kind, fiscalYear, grantId, registrationNumber, description,
                Actor.name(), reversesId);
        for (Entry entry : entries) {
            ledger.addEntry(id, fundId, entry);
            Long grant = entry.grantId();
            ledger.addToBalance(fundId, entry.account(), entry.fiscalYear(), grant == null ? 0 : grant,
                    entry.amountOre());
            if (grant != null) {
                ledger.addToBalance(fundId, entry.account(), entry.fiscalYear(), 0, entry.amountOre());
            }
        }
        long moved = entries.stream().mapToLong(Entry::amountOre).filter(a -> a > 0).sum();
        audit.record("fund." + kind.name().toLowerCase(Locale.ROOT), "fund", fundId,
                "transaction " + id + ", " + fiscalYear + ": " + Money.format(moved, Locale.ROOT)
                        + (registrationNumber == null ? "" : " (" + registrationNumber + ")"));
        return id;
    }

    long balance(long fundId, Account account, int fiscalYear) {
        return ledger.balance(fundId, account, fiscalYear);
    }

    /**
     * What has left the grant for its recipient: payments by schedule and payments for
     * verified outcomes.
     */
    long grantPaidOut(long grantId) {
        return Account.PAID_OUT.stream().mapToLong(account -> grantBalance(grantId, account)).sum();
    }

    long grantBalance(long grantId, Account account) {
        return ledger.grantBalance(grantId, account);
    }

    boolean isClosed(long fundId, int fiscalYear) {
        return ledger.isClosed(fundId, fiscalYear);
    }

}
