package se.sif.fund;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    Journal(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lockFund(long fundId) {
        jdbc.sql("select id from fund where id = :id for update")
            .param("id", fundId)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("fund", fundId));
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
        long id = jdbc.sql("""
                insert into ledger_transaction (fund_id, kind, fiscal_year, grant_id, registration_number, description,
                                                recorded_by, reverses_id)
                values (:fund, :kind, :year, :grant, :reg, :description, :by, :reverses) returning id""")
            .param("fund", fundId)
            .param("kind", kind.name())
            .param("year", fiscalYear)
            .param("grant", grantId)
            .param("reg", registrationNumber)
            .param("description", description)
            .param("by", Actor.name())
            .param("reverses", reversesId)
            .query(Long.class)
            .single();
        for (Entry entry : entries) {
            jdbc.sql("""
                    insert into ledger_entry (transaction_id, fund_id, account, fiscal_year, grant_id, amount_ore)
                    values (:tx, :fund, :account, :year, :grant, :amount)""")
                .param("tx", id)
                .param("fund", fundId)
                .param("account", entry.account().name())
                .param("year", entry.fiscalYear())
                .param("grant", entry.grantId())
                .param("amount", entry.amountOre())
                .update();
            addToBalance(fundId, entry.account(), entry.fiscalYear(), entry.grantId() == null ? 0 : entry.grantId(),
                    entry.amountOre());
            if (entry.grantId() != null) {
                addToBalance(fundId, entry.account(), entry.fiscalYear(), 0, entry.amountOre());
            }
        }
        long moved = entries.stream().mapToLong(Entry::amountOre).filter(a -> a > 0).sum();
        audit.record("fund." + kind.name().toLowerCase(Locale.ROOT), "fund", fundId,
                "transaction " + id + ", " + fiscalYear + ": " + Money.format(moved, Locale.ROOT)
                        + (registrationNumber == null ? "" : " (" + registrationNumber + ")"));
        return id;
    }

    /**
     * Keeps the running balance of one account, year and grant (0: the year's total) in
     * step with an entry.
     */
    private void addToBalance(long fundId, Account account, int fiscalYear, long grantKey, long amountOre) {
        jdbc.sql("""
                insert into ledger_balance (fund_id, account, fiscal_year, grant_key, amount_ore)
                values (:fund, :account, :year, :grant, :amount)
                on conflict (fund_id, account, fiscal_year, grant_key)
                do update set amount_ore = ledger_balance.amount_ore + excluded.amount_ore""")
            .param("fund", fundId)
            .param("account", account.name())
            .param("year", fiscalYear)
            .param("grant", grantKey)
            .param("amount", amountOre)
            .update();
    }

    long balance(long fundId, Account account, int fiscalYear) {
        return jdbc.sql("""
                select coalesce(sum(amount_ore), 0) from ledger_balance
                where fund_id = :fund and account = :account and fiscal_year = :year and grant_key = 0""")
            .param("fund", fundId)
            .param("account", account.name())
            .param("year", fiscalYear)
            .query(Long.class)
            .single();
    }

    /**
     * What has left the grant for its recipient: payments by schedule and payments for
     * verified outcomes.
     */
    long grantPaidOut(long grantId) {
        return Account.PAID_OUT.stream().mapToLong(account -> grantBalance(grantId, account)).sum();
    }

    long grantBalance(long grantId, Account account) {
        return jdbc.sql(
                "select coalesce(sum(amount_ore), 0) from ledger_balance where grant_key = :grant and account = :account")
            .param("grant", grantId)
            .param("account", account.name())
            .query(Long.class)
            .single();
    }

    boolean isClosed(long fundId, int fiscalYear) {
        return jdbc.sql("select count(*) from fiscal_year_close where fund_id = :fund and fiscal_year = :year")
            .param("fund", fundId)
            .param("year", fiscalYear)
            .query(Integer.class)
            .single() > 0;
    }

}
