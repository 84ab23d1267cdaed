package se.sif.fund;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * The ledger as stored: immutable transactions and their entries, the running balances
 * kept beside them, and the closed fiscal years ({@code ledger_transaction},
 * {@code ledger_entry}, {@code ledger_balance}, {@code fiscal_year_close}). Whether a
 * transaction balances and what it may move is {@link Journal}'s and
 * {@link FundLedger}'s.
 */
@Repository
class LedgerRepository {

    /** A fiscal year that has ended with an appropriation and is not closed yet. */
    record YearToClose(long fundId, String name, int fiscalYear) {
    }

    /**
     * The sums of one fiscal year's accounts (the year's own money, grant_key 0):
     * {@code refilled} is positive, the rest as booked.
     */
    record YearBalance(int fiscalYear, long fundingSource, long refilled, long available, long committed,
            long disbursed, long expired, boolean closed) {
    }

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- writing

    long addTransaction(long fundId, TransactionKind kind, int fiscalYear, @Nullable Long grantId,
            @Nullable String registrationNumber, String description, String recordedBy, @Nullable Long reversesId) {
        return jdbc.sql("""
                insert into ledger_transaction (fund_id, kind, fiscal_year, grant_id, registration_number, description,
                                                recorded_by, reverses_id)
                values (:fund, :kind, :year, :grant, :reg, :description, :by, :reverses) returning id""")
            .param("fund", fundId)
            .param("kind", kind.name())
            .param("year", fiscalYear)
            .param("grant", grantId)
            .param("reg", registrationNumber)
            .param("description", description)
            .param("by", recordedBy)
            .param("reverses", reversesId)
            .query(Long.class)
            .single();
    }

    void addEntry(long transactionId, long fundId, Journal.Entry entry) {
        jdbc.sql("""
                insert into ledger_entry (transaction_id, fund_id, account, fiscal_year, grant_id, amount_ore)
                values (:tx, :fund, :account, :year, :grant, :amount)""")
            .param("tx", transactionId)
            .param("fund", fundId)
            .param("account", entry.account().name())
            .param("year", entry.fiscalYear())
            .param("grant", entry.grantId())
            .param("amount", entry.amountOre())
            .update();
    }

    /**
     * Keeps the running balance of one account, year and grant (0: the year's total) in
     * step with an entry.
     */
    void addToBalance(long fundId, Account account, int fiscalYear, long grantKey, long amountOre) {
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

    void recordClose(long fundId, int fiscalYear, boolean early, @Nullable String registrationNumber, String closedBy) {
        jdbc.sql("""
                insert into fiscal_year_close (fund_id, fiscal_year, early, registration_number, closed_by)
                values (:fund, :year, :early, :reg, :by)""")
            .param("fund", fundId)
            .param("year", fiscalYear)
            .param("early", early)
            .param("reg", registrationNumber)
            .param("by", closedBy)
            .update();
    }

    // --- reading

    /** The balance of one account of a fiscal year's own money (grant_key 0). */
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

    /** How a closed year was closed (nothing expires or carries over a second time). */
    Optional<FundLedger.YearClose> close(long fundId, int fiscalYear) {
        return jdbc.sql(
                "select fiscal_year, early, registration_number, 0 as expired_ore, 0 as carried_over_ore, true as already_closed "
                        + "from fiscal_year_close where fund_id = :fund and fiscal_year = :year")
            .param("fund", fundId)
            .param("year", fiscalYear)
            .query(FundLedger.YearClose.class)
            .optional();
    }

    /**
     * Every fund's years before {@code currentYear} with an appropriation and no close.
     */
    List<YearToClose> yearsToClose(int currentYear) {
        return jdbc.sql("""
                select f.id as fund_id, f.name, t.fiscal_year from ledger_transaction t join fund f on f.id = t.fund_id
                where t.kind = 'APPROPRIATION' and t.fiscal_year < :year
                  and not exists (select 1 from fiscal_year_close c
                                  where c.fund_id = t.fund_id and c.fiscal_year = t.fiscal_year)
                group by f.id, f.name, t.fiscal_year order by t.fiscal_year, f.name""")
            .param("year", currentYear)
            .query(YearToClose.class)
            .list();
    }

    List<YearBalance> yearBalances(long fundId) {
        return jdbc
            .sql("""
                    select e.fiscal_year,
                           coalesce(sum(e.amount_ore) filter (where e.account = 'FUNDING_SOURCE'), 0) as funding_source,
                           -coalesce(sum(e.amount_ore) filter (where e.account in ('REPAID', 'LOSS_COVERED')), 0) as refilled,
                           coalesce(sum(e.amount_ore) filter (where e.account = 'AVAILABLE'), 0) as available,
                           coalesce(sum(e.amount_ore) filter (where e.account = 'COMMITTED'), 0) as committed,
                           coalesce(sum(e.amount_ore) filter (where e.account in (%s)), 0) as disbursed,
                           coalesce(sum(e.amount_ore) filter (where e.account = 'EXPIRED'), 0) as expired,
                           exists (select 1 from fiscal_year_close c where c.fund_id = :id and c.fiscal_year = e.fiscal_year) as closed
                    from ledger_balance e where e.fund_id = :id and e.grant_key = 0 group by e.fiscal_year order by e.fiscal_year"""
                .formatted(Account.paidOutSql()))
            .param("id", fundId)
            .query(YearBalance.class)
            .list();
    }

    /** A fund's transactions matching the filter, newest first, with their entries. */
    List<LedgerTransaction> transactions(long fundId, LedgerFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("fund", fundId);
        StringBuilder where = new StringBuilder("t.fund_id = :fund");
        if (filter.transactionId() != null) {
            where.append(" and t.id = :tx");
            params.put("tx", filter.transactionId());
        }
        if (filter.fiscalYear() != null) {
            where.append(
                    " and exists (select 1 from ledger_entry y where y.transaction_id = t.id and y.fiscal_year = :year)");
            params.put("year", filter.fiscalYear());
        }
        if (filter.account() != null) {
            where.append(
                    " and exists (select 1 from ledger_entry a where a.transaction_id = t.id and a.account = :account)");
            params.put("account", filter.account().name());
        }
        if (filter.grantId() != null) {
            where.append(" and t.grant_id = :grant");
            params.put("grant", filter.grantId());
        }
        if (StringUtils.hasText(filter.kind())) {
            where.append(" and t.kind = :kind");
            params.put("kind", filter.kind());
        }
        params.put("limit", filter.effectiveLimit());
        record Row(long id, long fundId, TransactionKind kind, int fiscalYear, Long grantId, String grantReference,
                String registrationNumber, String description, String recordedBy, Instant recordedAt, Long reversesId,
                Long reversedById) {
        }
        List<Row> rows = jdbc.sql("""
                select t.id, t.fund_id, t.kind, t.fiscal_year, t.grant_id, g.reference as grant_reference,
                       t.registration_number, t.description, t.recorded_by, t.recorded_at, t.reverses_id,
                       r.id as reversed_by_id
                from ledger_transaction t
                left join fund_grant g on g.id = t.grant_id
                left join ledger_transaction r on r.reverses_id = t.id
                where %s order by t.id desc limit :limit""".formatted(where)).params(params).query(Row.class).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        record EntryRow(long transactionId, String account, int fiscalYear, Long grantId, long amountOre) {
        }
        Map<Long, List<LedgerTransaction.Entry>> entries = jdbc.sql("""
                select transaction_id, account, fiscal_year, grant_id, amount_ore from ledger_entry
                where transaction_id in (:ids) order by id""")
            .param("ids", rows.stream().map(Row::id).toList())
            .query(EntryRow.class)
            .list()
            .stream()
            .collect(Collectors.groupingBy(EntryRow::transactionId,
                    Collectors.mapping(e -> new LedgerTransaction.Entry(Account.valueOf(e.account()), e.fiscalYear(),
                            e.grantId(), e.amountOre()), Collectors.toList())));
        return rows.stream()
            .map(r -> new LedgerTransaction(r.id(), r.fundId(), r.kind(), r.fiscalYear(), r.grantId(),
                    r.grantReference(), r.registrationNumber(), r.description(), r.recordedBy(), r.recordedAt(),
                    r.reversesId(), r.reversedById(), entries.getOrDefault(r.id(), List.of())))
            .toList();
    }

}
