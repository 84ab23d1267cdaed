package se.sif.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.sif.audit.AuditTrail;
import se.sif.shared.Actor;
import se.sif.shared.Stockholm;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.NotFoundException;
import se.sif.shared.RegistrationNumbers;

/**
 * The fund's double-entry ledger under the appropriation model. Money moves only by
 * balanced, immutable transactions; corrections are reversals; balances are sums of
 * entries. Every movement locks the fund first, so two decisions racing for the last
 * kronor are serialised and only the one that fits is written.
 */
@Service
@Transactional(readOnly = true)
public class FundLedger {

    /** Amounts above this (100 billion SEK) are typing mistakes, not fund money. */
    static final long MAX_AMOUNT_ORE = Money.ofKronor(100_000_000_000L);

    private final JdbcClient jdbc;

    private final Journal journal;

    private final RegistrationNumbers registrationNumbers;

    private final Grants grants;

    private final AuditTrail audit;

    private final se.sif.organisation.Organisations organisations;

    private final Clock clock;

    FundLedger(JdbcClient jdbc, Journal journal, RegistrationNumbers registrationNumbers, Grants grants,
            AuditTrail audit, se.sif.organisation.Organisations organisations, Clock clock) {
        this.clock = clock;
        this.organisations = organisations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.journal = journal;
        this.registrationNumbers = registrationNumbers;
        this.grants = grants;
    }

    // --- reading
    // ------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<FundSummary> funds() {
        return jdbc.sql("select id from fund order by id")
            .query(Long.class)
            .list()
            .stream()
            .map(this::summaryOf)
            .toList();
    }

    /**
     * Fiscal years that have ended with an appropriation and are not closed yet, per
     * fund: until a year is closed its unspent money has neither expired nor carried
     * over, so the fund's figures are not final.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'BOARD')")
    public List<se.sif.shared.WorkItem> yearsToClose() {
        record Row(long fundId, String name, int fiscalYear) {
        }
        return jdbc.sql("""
                select f.id as fund_id, f.name, t.fiscal_year from ledger_transaction t join fund f on f.id = t.fund_id
                where t.kind = 'APPROPRIATION' and t.fiscal_year < :year
                  and not exists (select 1 from fiscal_year_close c
                                  where c.fund_id = t.fund_id and c.fiscal_year = t.fiscal_year)
                group by f.id, f.name, t.fiscal_year order by t.fiscal_year, f.name""")
            .param("year", LocalDate.now(clock).getYear())
            .query(Row.class)
            .list()
            .stream()
            .map(r -> new se.sif.shared.WorkItem(r.name(), String.valueOf(r.fiscalYear()), "/funds/" + r.fundId(),
                    LocalDate.of(r.fiscalYear(), 12, 31)))
            .toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public FundSummary summary(long fundId) {
        return summaryOf(fundId);
    }

    /** Names of all funds, for choosing one when a call is opened. */
    public List<FundName> names() {
        return jdbc.sql("select id, name from fund order by id").query(FundName.class).list();
    }

    public record FundName(long id, String name) {
    }

    public EconomicModel economicModel(long fundId) {
        return jdbc.sql("select economic_model from fund where id = :id")
            .param("id", fundId)
            .query(String.class)
            .optional()
            .map(EconomicModel::valueOf)
            .orElseThrow(() -> new NotFoundException("fund", fundId));
    }

    public boolean exists(long fundId) {
        return jdbc.sql("select count(*) from fund where id = :id")
            .param("id", fundId)
            .query(Integer.class)
            .single() > 0;
    }

    public long available(long fundId, int fiscalYear) {
        return journal.balance(fundId, Account.AVAILABLE, fiscalYear);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<LedgerTransaction> transactions(long fundId, LedgerFilter filter) {
        requireFund(fundId);
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
                String registrationNumber, String description, String recordedBy, java.time.Instant recordedAt,
                Long reversesId, Long reversedById) {
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

    // --- funds
    // --------------------------------------------------------------------------------------

    public enum EconomicModel {

        APPROPRIATION, REPAYMENT, PAY_FOR_SUCCESS

    }

    /**
     * A new fund, with its owner board, co-owners, purpose, economic model and the focus
     * of a period.
     */
    public record NewFund(@Nullable String name, long ownerOrganisationId, List<Long> coOwnerIds,
            @Nullable String purpose, @Nullable EconomicModel model, boolean carryOver, @Nullable String focus,
            @Nullable Integer focusFrom, @Nullable Integer focusTo) {
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long createFund(NewFund f) {
        if (!StringUtils.hasText(f.name())) {
            throw DomainException.onField("name", "fund.error.nameRequired");
        }
        if (!StringUtils.hasText(f.purpose())) {
            throw DomainException.onField("purpose", "fund.error.purposeRequired");
        }
        if (f.model() == null) {
            throw DomainException.onField("model", "fund.error.modelRequired");
        }
        if (!organisations.exists(f.ownerOrganisationId())) {
            throw DomainException.onField("ownerOrganisationId", "fund.error.unknownOrganisation");
        }
        if (StringUtils.hasText(f.focus())
                && (f.focusFrom() == null || f.focusTo() == null || f.focusTo() < f.focusFrom())) {
            throw DomainException.onField("focusFrom", "fund.error.focusPeriod");
        }
        long id = jdbc.sql("""
                insert into fund (name, owner_organisation_id, purpose, economic_model, carry_over)
                values (:name, :owner, :purpose, :model, :carry) returning id""")
            .param("name", f.name().strip())
            .param("owner", f.ownerOrganisationId())
            .param("purpose", f.purpose().strip())
            .param("model", f.model().name())
            .param("carry", f.carryOver())
            .query(Long.class)
            .single();
        for (Long coOwner : f.coOwnerIds() == null ? List.<Long>of() : f.coOwnerIds().stream().distinct().toList()) {
            if (coOwner != f.ownerOrganisationId()) {
                jdbc.sql("insert into fund_co_owner (fund_id, organisation_id) values (:f, :o)")
                    .param("f", id)
                    .param("o", coOwner)
                    .update();
            }
        }
        if (StringUtils.hasText(f.focus())) {
            jdbc.sql("insert into fund_focus (fund_id, year_from, year_to, text) values (:f, :from, :to, :text)")
                .param("f", id)
                .param("from", f.focusFrom())
                .param("to", f.focusTo())
                .param("text", f.focus().strip())
                .update();
        }
        audit.record("fund.created", "fund", id, f.name().strip() + ", " + f.model());
        return id;
    }

    // --- money in
    // -----------------------------------------------------------------------------------

    /**
     * The board appropriates money to the fund for a fiscal year (a political decision).
     */
    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public long appropriate(long fundId, int fiscalYear, long amountOre, String registrationNumber,
            String description) {
        requireFund(fundId);
        requireSensibleAmount(amountOre, "amount");
        int currentYear = LocalDate.now(clock).getYear();
        if (fiscalYear < currentYear || fiscalYear > currentYear + 5) {
            throw DomainException.onField("fiscalYear", "fund.error.yearOutOfRange", String.valueOf(currentYear),
                    String.valueOf(currentYear + 5));
        }
        journal.lockFund(fundId);
        requireOpen(fundId, fiscalYear);
        String number = StringUtils.hasText(registrationNumber) ? registrationNumber.strip()
                : registrationNumbers.next(LocalDate.now(clock));
        return journal.post(fundId, TransactionKind.APPROPRIATION, fiscalYear, null, number, description, null,
                List.of(new Journal.Entry(Account.AVAILABLE, fiscalYear, null, amountOre),
                        new Journal.Entry(Account.FUNDING_SOURCE, fiscalYear, null, -amountOre)));
    }

    // --- grants
    // -------------------------------------------------------------------------------------

    /**
     * What a decision grants: the money, its source year, the recipient and the project
     * period.
     */
    public record GrantCommitment(long fundId, int fiscalYear, long amountOre, String reference, String title,
            long recipientOrganisationId, @Nullable Long applicationId, LocalDate startDate, LocalDate endDate,
            @Nullable String firstPaymentCondition) {
    }

    /**
     * Commits a grant for its whole period from the fiscal year's available money, with a
     * payment schedule (one payment per project year, the first waiting for the
     * decision's first condition), or refuses with a clear message. Called by the
     * decision module inside the board's decision transaction.
     */
    @Transactional
    public long commitGrant(GrantCommitment c) {
        return commit(c, GrantKind.GRANT, "grantedAmount");
    }

    /**
     * A small grant that helps an idea become investment-ready (förstudiemedel); decided
     * by the board.
     */
    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public long grantPreStudy(long fundId, long recipientOrganisationId, long amountOre, String title,
            String registrationNumber) {
        requireFund(fundId);
        if (!StringUtils.hasText(title)) {
            throw DomainException.onField("title", "fund.error.titleRequired");
        }
        LocalDate today = LocalDate.now(clock);
        String reference = StringUtils.hasText(registrationNumber) ? registrationNumber.strip()
                : registrationNumbers.next(today);
        return commit(new GrantCommitment(fundId, today.getYear(), amountOre, reference, title.strip(),
                recipientOrganisationId, null, today, today, null), GrantKind.PRE_STUDY, "amount");
    }

    /**
     * @param amountField the input the amount was typed in, so a refusal stands beside it
     */
    private long commit(GrantCommitment c, GrantKind kind, String amountField) {
        requireSensibleAmount(c.amountOre(), amountField);
        journal.lockFund(c.fundId());
        requireOpen(c.fundId(), c.fiscalYear());
        if (jdbc.sql("select count(*) from fund_grant where reference = :ref")
            .param("ref", c.reference())
            .query(Integer.class)
            .single() > 0) {
            throw DomainException.onField("registrationNumber", "fund.error.referenceTaken", c.reference());
        }
        long available = available(c.fundId(), c.fiscalYear());
        if (c.amountOre() > available) {
            Locale locale = LocaleContextHolder.getLocale();
            throw DomainException.onField(amountField, "fund.error.insufficient", Money.format(c.amountOre(), locale),
                    String.valueOf(c.fiscalYear()), Money.format(available, locale));
        }
        long grantId = jdbc.sql("""
                insert into fund_grant (fund_id, reference, kind, title, recipient_organisation_id, fiscal_year,
                                        application_id, recorded_by)
                values (:fund, :ref, :kind, :title, :recipient, :year, :app, :by) returning id""")
            .param("fund", c.fundId())
            .param("ref", c.reference())
            .param("kind", kind.name())
            .param("title", c.title())
            .param("recipient", c.recipientOrganisationId())
            .param("year", c.fiscalYear())
            .param("app", c.applicationId())
            .param("by", Actor.name())
            .query(Long.class)
            .single();
        journal.post(c.fundId(), TransactionKind.COMMITMENT, c.fiscalYear(), grantId, c.reference(), c.title(), null,
                List.of(new Journal.Entry(Account.COMMITTED, c.fiscalYear(), grantId, c.amountOre()),
                        new Journal.Entry(Account.AVAILABLE, c.fiscalYear(), null, -c.amountOre())));
        for (PaymentSchedule.Payment payment : PaymentSchedule.yearly(c.amountOre(), c.startDate(), c.endDate(),
                LocalDate.now(clock), c.firstPaymentCondition())) {
            jdbc.sql(
                    "insert into grant_payment (grant_id, due_date, amount_ore, condition_text) values (:g, :due, :amount, :condition)")
                .param("g", grantId)
                .param("due", java.sql.Date.valueOf(payment.dueDate()))
                .param("amount", payment.amountOre())
                .param("condition", payment.condition())
                .update();
        }
        return grantId;
    }

    // --- pay-for-success
    // ----------------------------------------------------------------------------

    /**
     * Pays for verified outcomes out of the grant's commitment, or refuses when the
     * commitment (the contract's total cap) cannot cover it. Called by the follow-up
     * module inside its own transaction.
     */
    @Transactional
    public long payForOutcomes(long grantId, long amountOre, String description) {
        GrantView grant = grants.view(grantId);
        requireSensibleAmount(amountOre, "amount");
        journal.lockFund(grant.fundId());
        return journal.payOutOfCommitment(grant, TransactionKind.OUTCOME_PAYMENT, Account.OUTCOME_PAID, amountOre,
                description);
    }

    // --- year-end close
    // -----------------------------------------------------------------------------

    public record YearClose(int fiscalYear, boolean early, String registrationNumber, long expiredOre,
            long carriedOverOre, boolean alreadyClosed) {
    }

    /** Only the board may close a year before it has ended (a decision of its own). */
    public boolean mayCloseEarly() {
        return Actor.hasRole("BOARD");
    }

    /**
     * Closes a fiscal year: what is still available expires (or moves to the next year
     * when the fund's rule allows carry-over) and the year takes no more postings.
     * Closing a closed year changes nothing. A year that has not ended yet is closed only
     * on an explicit decision of the board (with its registration number).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'BOARD')")
    public YearClose closeYear(long fundId, int fiscalYear, boolean early, @Nullable String registrationNumber) {
        requireFund(fundId);
        journal.lockFund(fundId);
        if (journal.isClosed(fundId, fiscalYear)) {
            return jdbc.sql(
                    "select fiscal_year, early, registration_number, 0 as expired_ore, 0 as carried_over_ore, true as already_closed "
                            + "from fiscal_year_close where fund_id = :fund and fiscal_year = :year")
                .param("fund", fundId)
                .param("year", fiscalYear)
                .query(YearClose.class)
                .single();
        }
        int currentYear = LocalDate.now(clock).getYear();
        if (fiscalYear >= currentYear) {
            if (!early) {
                throw DomainException.onField("fiscalYear", "fund.error.yearStillOpen", String.valueOf(fiscalYear));
            }
            if (!Actor.hasRole("BOARD") || !StringUtils.hasText(registrationNumber)) {
                throw DomainException.onField("registrationNumber", "fund.error.earlyCloseNeedsDecision");
            }
        }
        boolean carryOver = jdbc.sql("select carry_over from fund where id = :id")
            .param("id", fundId)
            .query(Boolean.class)
            .single();
        long available = available(fundId, fiscalYear);
        long expired = 0;
        long carried = 0;
        if (available > 0 && carryOver) {
            journal.post(fundId, TransactionKind.CARRY_OVER, fiscalYear, null, registrationNumber,
                    "Överföring vid årsbokslut " + fiscalYear, null,
                    List.of(new Journal.Entry(Account.AVAILABLE, fiscalYear + 1, null, available),
                            new Journal.Entry(Account.AVAILABLE, fiscalYear, null, -available)));
            carried = available;
        }
        else if (available > 0) {
            journal.post(fundId, TransactionKind.EXPIRY, fiscalYear, null, registrationNumber,
                    "Årsbokslut " + fiscalYear + ": ej intecknade medel brinner inne", null,
                    List.of(new Journal.Entry(Account.EXPIRED, fiscalYear, null, available),
                            new Journal.Entry(Account.AVAILABLE, fiscalYear, null, -available)));
            expired = available;
        }
        jdbc.sql("""
                insert into fiscal_year_close (fund_id, fiscal_year, early, registration_number, closed_by)
                values (:fund, :year, :early, :reg, :by)""")
            .param("fund", fundId)
            .param("year", fiscalYear)
            .param("early", fiscalYear >= currentYear)
            .param("reg", StringUtils.hasText(registrationNumber) ? registrationNumber.strip() : null)
            .param("by", Actor.name())
            .update();
        return new YearClose(fiscalYear, fiscalYear >= currentYear, registrationNumber, expired, carried, false);
    }

    // --- corrections
    // --------------------------------------------------------------------------------

    /**
     * Reverses a transaction with one of the opposite sign. Refused when it was reversed
     * already, is itself a reversal or a year-end close, would touch the available money
     * of a closed year, or would leave an account negative (e.g. an appropriation whose
     * money is already committed).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'BOARD')")
    public long reverse(long fundId, long transactionId, String reason) {
        if (!StringUtils.hasText(reason)) {
            throw DomainException.onField("reason", "fund.error.reasonRequired");
        }
        journal.lockFund(fundId);
        LedgerTransaction original = transactions(fundId, LedgerFilter.transaction(transactionId)).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("transaction", transactionId));
        if (!original.reversible()) {
            throw new DomainException("fund.error.notReversible", String.valueOf(transactionId));
        }
        List<Journal.Entry> opposite = new ArrayList<>();
        for (LedgerTransaction.Entry entry : original.entries()) {
            // A year's own money (not a grant's) cannot move once the year is closed.
            if (entry.grantId() == null && journal.isClosed(fundId, entry.fiscalYear())) {
                throw new DomainException("fund.error.yearClosed", String.valueOf(entry.fiscalYear()));
            }
            long after = (entry.grantId() == null ? journal.balance(fundId, entry.account(), entry.fiscalYear())
                    : journal.grantBalance(entry.grantId(), entry.account())) - entry.amountOre();
            if (!entry.account().isSource() && after < 0) {
                throw new DomainException("fund.error.reversalWouldOverdraw", String.valueOf(transactionId));
            }
            opposite.add(new Journal.Entry(entry.account(), entry.fiscalYear(), entry.grantId(), -entry.amountOre()));
        }
        long id = journal.post(fundId, TransactionKind.REVERSAL, original.fiscalYear(), original.grantId(),
                original.registrationNumber(), "Rättelse av transaktion " + transactionId + ": " + reason.strip(),
                transactionId, opposite);
        if (original.kind() == TransactionKind.DISBURSEMENT) {
            jdbc.sql(
                    "update grant_payment set disbursement_id = null, version = version + 1 where disbursement_id = :tx")
                .param("tx", transactionId)
                .update();
        }
        else if (original.kind() == TransactionKind.COMMITMENT) {
            jdbc.sql(
                    "update grant_payment set cancelled = true, version = version + 1 where grant_id = :g and disbursement_id is null")
                .param("g", original.grantId())
                .update();
        }
        return id;
    }

    // --- internals
    // ----------------------------------------------------------------------------------

    private FundSummary summaryOf(long fundId) {
        record Head(long id, String name, long ownerOrganisationId, String purpose, String economicModel,
                boolean carryOver) {
        }
        Head head = jdbc.sql("""
                select id, name, owner_organisation_id, purpose, economic_model, carry_over
                from fund where id = :id""")
            .param("id", fundId)
            .query(Head.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("fund", fundId));
        // Names belong to the organisation module: one lookup for the owner and the
        // co-owners.
        List<Long> coOwnerIds = jdbc.sql("select organisation_id from fund_co_owner where fund_id = :id")
            .param("id", fundId)
            .query(Long.class)
            .list();
        List<Long> organisationIds = new java.util.ArrayList<>(coOwnerIds);
        organisationIds.add(head.ownerOrganisationId());
        var named = organisations.byIds(organisationIds);
        String ownerName = named.containsKey(head.ownerOrganisationId()) ? named.get(head.ownerOrganisationId()).name()
                : null;
        List<String> coOwners = coOwnerIds.stream()
            .filter(named::containsKey)
            .map(id -> named.get(id).name())
            .sorted()
            .toList();
        int year = LocalDate.now(clock).getYear();
        String focus = jdbc.sql("""
                select text from fund_focus where fund_id = :id and year_from <= :year
                order by year_to desc, year_from desc limit 1""")
            .param("id", fundId)
            .param("year", year)
            .query(String.class)
            .optional()
            .orElse(null);
        record Balance(int fiscalYear, long fundingSource, long refilled, long available, long committed,
                long disbursed, long expired, boolean closed) {
        }
        List<FundSummary.Year> years = jdbc
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
            .query(Balance.class)
            .list()
            .stream()
            .map(b -> {
                long appropriated = -b.fundingSource();
                long committed = b.committed() + b.disbursed();
                long carried = b.available() + committed + b.expired() - appropriated - b.refilled();
                return new FundSummary.Year(b.fiscalYear(), appropriated, b.refilled(), carried, committed,
                        b.disbursed(), b.expired(), b.available(), b.closed());
            })
            .toList();
        return new FundSummary(head.id(), head.name(), ownerName, head.purpose(), head.economicModel(),
                head.carryOver(), coOwners, focus, years);
    }

    private void requireFund(long fundId) {
        if (!exists(fundId)) {
            throw new NotFoundException("fund", fundId);
        }
    }

    private void requireOpen(long fundId, int fiscalYear) {
        if (journal.isClosed(fundId, fiscalYear)) {
            throw DomainException.onField("fiscalYear", "fund.error.yearClosed", String.valueOf(fiscalYear));
        }
    }

    static void requireSensibleAmount(long amountOre, String field) {
        if (amountOre <= 0 || amountOre > MAX_AMOUNT_ORE) {
            throw DomainException.onField(field, "fund.error.amount");
        }
    }

}
