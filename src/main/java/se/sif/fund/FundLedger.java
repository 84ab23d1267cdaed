package se.sif.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.sif.audit.AuditTrail;
import se.sif.organisation.Organisation;
import se.sif.organisation.Organisations;
import se.sif.shared.Actor;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.NotFoundException;
import se.sif.shared.RegistrationNumbers;
import se.sif.shared.WorkItem;

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

    private final FundRepository funds;

    private final LedgerRepository ledger;

    private final GrantRepository grantRepository;

    private final Journal journal;

    private final RegistrationNumbers registrationNumbers;

    private final Grants grants;

    private final AuditTrail audit;

    private final Organisations organisations;

    private final Clock clock;

    FundLedger(FundRepository funds, LedgerRepository ledger, GrantRepository grantRepository, Journal journal,
            RegistrationNumbers registrationNumbers, Grants grants, AuditTrail audit, Organisations organisations,
            Clock clock) {
        this.funds = funds;
        this.ledger = ledger;
        this.grantRepository = grantRepository;
        this.journal = journal;
        this.registrationNumbers = registrationNumbers;
        this.grants = grants;
        this.audit = audit;
        this.organisations = organisations;
        this.clock = clock;
    }

    // --- reading
    // ------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<FundSummary> funds() {
        return funds.ids().stream().map(this::summaryOf).toList();
    }

    /**
     * Fiscal years that have ended with an appropriation and are not closed yet, per
     * fund: until a year is closed its unspent money has neither expired nor carried
     * over, so the fund's figures are not final.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'BOARD')")
    public List<WorkItem> yearsToClose() {
        return ledger.yearsToClose(LocalDate.now(clock).getYear())
            .stream()
            .map(y -> new WorkItem(y.name(), String.valueOf(y.fiscalYear()), "/funds/" + y.fundId(),
                    LocalDate.of(y.fiscalYear(), 12, 31)))
            .toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public FundSummary summary(long fundId) {
        return summaryOf(fundId);
    }

    /**
     * The fund's owner, the body its decisions are made by (public, as the decisions
     * are).
     */
    public FundOwner owner(long fundId) {
        FundRepository.Head head = funds.head(fundId).orElseThrow(() -> new NotFoundException("fund", fundId));
        Organisation owner = organisations.get(head.ownerOrganisationId());
        return new FundOwner(owner.id(), owner.name(),
                owner.kind() == Organisation.Kind.MUNICIPALITY || owner.kind() == Organisation.Kind.MUNICIPAL_UNIT);
    }

    /** Names of all funds, for choosing one when a call is opened. */
    public List<FundName> names() {
        return funds.names();
    }

    public record FundName(long id, String name) {
    }

    public EconomicModel economicModel(long fundId) {
        return funds.economicModel(fundId).orElseThrow(() -> new NotFoundException("fund", fundId));
    }

    public boolean exists(long fundId) {
        return funds.exists(fundId);
    }

    public long available(long fundId, int fiscalYear) {
        return journal.balance(fundId, Account.AVAILABLE, fiscalYear);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<LedgerTransaction> transactions(long fundId, LedgerFilter filter) {
        requireFund(fundId);
        return ledger.transactions(fundId, filter);
    }

    // --- funds
    // --------------------------------------------------------------------------------------

    public enum EconomicModel {

        APPROPRIATION, REPAYMENT, PAY_FOR_SUCCESS

    }

    /**
     * The fund's focus for a new period, as the board decided it (VGR: "Öka andelen barn
     * och ungdomar som lyckas slutföra grundskolan …" for 2015–2016). A period's focus is
     * one: periods do not overlap.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('BOARD', 'ADMIN')")
    public void addFocus(long fundId, @Nullable Integer yearFrom, @Nullable Integer yearTo, @Nullable String text) {
        if (!funds.exists(fundId)) {
            throw new se.sif.shared.NotFoundException("fund", fundId);
        }
        DomainException.Violations found = new DomainException.Violations();
        if (yearFrom == null || yearFrom < 2000 || yearFrom > 2100) {
            found.add("focusFrom", "fund.error.focusPeriod");
        }
        if (yearTo == null || yearFrom != null && yearTo < yearFrom || yearTo != null && yearTo > 2100) {
            found.add("focusTo", "fund.error.focusPeriod");
        }
        if (text == null || !StringUtils.hasText(text)) {
            found.add("focusText", "fund.error.focusRequired");
        }
        else if (text.length() > 2000) {
            found.add("focusText", "fund.error.focusLength");
        }
        found.throwIfAny();
        int from = java.util.Objects.requireNonNull(yearFrom);
        int to = java.util.Objects.requireNonNull(yearTo);
        journal.lockFund(fundId);
        if (funds.focusOverlaps(fundId, from, to)) {
            throw DomainException.onField("focusFrom", "fund.error.focusOverlaps");
        }
        String focus = java.util.Objects.requireNonNull(text).strip();
        funds.addFocus(fundId, from, to, focus);
        audit.record("fund.focusAdded", "fund", fundId, from + "–" + to + ": " + focus);
    }

    /**
     * The focus of the period the year falls in (or the latest that has begun), for a
     * call built for that year.
     */
    public java.util.Optional<String> focus(long fundId, int year) {
        return funds.focus(fundId, year);
    }

    /**
     * A new fund, with its owner board, co-owners, purpose, economic model and the focus
     * of a period.
     */
    public record NewFund(@Nullable String name, long ownerOrganisationId, @Nullable List<Long> coOwnerIds,
            @Nullable String purpose, @Nullable EconomicModel model, boolean carryOver, @Nullable String focus,
            @Nullable Integer focusFrom, @Nullable Integer focusTo) {
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long createFund(NewFund f) {
        String name = f.name();
        String purpose = f.purpose();
        EconomicModel model = f.model();
        if (name == null || !StringUtils.hasText(name)) {
            throw DomainException.onField("name", "fund.error.nameRequired");
        }
        if (purpose == null || !StringUtils.hasText(purpose)) {
            throw DomainException.onField("purpose", "fund.error.purposeRequired");
        }
        if (model == null) {
            throw DomainException.onField("model", "fund.error.modelRequired");
        }
        if (!organisations.exists(f.ownerOrganisationId())) {
            throw DomainException.onField("ownerOrganisationId", "fund.error.unknownOrganisation");
        }
        String focus = f.focus();
        Integer focusFrom = f.focusFrom();
        Integer focusTo = f.focusTo();
        boolean hasFocus = focus != null && StringUtils.hasText(focus);
        if (hasFocus && (focusFrom == null || focusTo == null || focusTo < focusFrom)) {
            throw DomainException.onField("focusFrom", "fund.error.focusPeriod");
        }
        long id = funds.create(name.strip(), f.ownerOrganisationId(), purpose.strip(), model, f.carryOver());
        List<Long> coOwners = f.coOwnerIds();
        for (Long coOwner : coOwners == null ? List.<Long>of() : coOwners.stream().distinct().toList()) {
            if (coOwner != f.ownerOrganisationId()) {
                funds.addCoOwner(id, coOwner);
            }
        }
        if (focus != null && hasFocus && focusFrom != null && focusTo != null) {
            funds.addFocus(id, focusFrom, focusTo, focus.strip());
        }
        audit.record("fund.created", "fund", id, name.strip() + ", " + model);
        return id;
    }

    // --- money in
    // -----------------------------------------------------------------------------------

    /**
     * The board appropriates money to the fund for a fiscal year (a political decision).
     */
    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public long appropriate(long fundId, int fiscalYear, long amountOre, @Nullable String registrationNumber,
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
        String number = registrationNumber != null && StringUtils.hasText(registrationNumber)
                ? registrationNumber.strip() : registrationNumbers.next(LocalDate.now(clock));
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
    public record GrantCommitment(FundId fundId, int fiscalYear, long amountOre, String reference, String title,
            se.sif.organisation.OrganisationId recipientOrganisationId, @Nullable Long applicationId,
            LocalDate startDate, LocalDate endDate, @Nullable String firstPaymentCondition,
            @Nullable LocalDate legalForceFrom) {

        /** A commitment whose decision's legal force is not known yet. */
        public GrantCommitment(FundId fundId, int fiscalYear, long amountOre, String reference, String title,
                se.sif.organisation.OrganisationId recipientOrganisationId, @Nullable Long applicationId,
                LocalDate startDate, LocalDate endDate, @Nullable String firstPaymentCondition) {
            this(fundId, fiscalYear, amountOre, reference, title, recipientOrganisationId, applicationId, startDate,
                    endDate, firstPaymentCondition, null);
        }

    }

    /**
     * Commits a grant for its whole period from the fiscal year's available money, with a
     * payment schedule (one payment per project year, the first waiting for the
     * decision's first condition), or refuses with a clear message. Called by the
     * decision module inside the board's decision transaction.
     */
    @Transactional
    public long commitGrant(GrantCommitment c) {
        return commitGrant(c, GrantKind.GRANT);
    }

    /**
     * The same, for a decision on an application of the given kind: a pre-study
     * application granted through the decision chain is booked as a pre-study grant.
     */
    @Transactional
    public long commitGrant(GrantCommitment c, GrantKind kind) {
        return commit(c, kind, "grantedAmount");
    }

    /**
     * A small grant that helps an idea become investment-ready (förstudiemedel); decided
     * by the board.
     */
    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public long grantPreStudy(FundId fundId, se.sif.organisation.OrganisationId recipientOrganisationId, long amountOre,
            @Nullable String title, @Nullable String registrationNumber) {
        requireFund(fundId.value());
        if (title == null || !StringUtils.hasText(title)) {
            throw DomainException.onField("title", "fund.error.titleRequired");
        }
        LocalDate today = LocalDate.now(clock);
        String reference = registrationNumber != null && StringUtils.hasText(registrationNumber)
                ? registrationNumber.strip() : registrationNumbers.next(today);
        return commit(new GrantCommitment(fundId, today.getYear(), amountOre, reference, title.strip(),
                recipientOrganisationId, null, today, today, null), GrantKind.PRE_STUDY, "amount");
    }

    /**
     * @param amountField the input the amount was typed in, so a refusal stands beside it
     */
    private long commit(GrantCommitment c, GrantKind kind, String amountField) {
        requireSensibleAmount(c.amountOre(), amountField);
        journal.lockFund(c.fundId().value());
        requireOpen(c.fundId().value(), c.fiscalYear());
        if (grantRepository.referenceTaken(c.reference())) {
            throw DomainException.onField("registrationNumber", "fund.error.referenceTaken", c.reference());
        }
        long available = available(c.fundId().value(), c.fiscalYear());
        if (c.amountOre() > available) {
            Locale locale = LocaleContextHolder.getLocale();
            throw DomainException.onField(amountField, "fund.error.insufficient", Money.format(c.amountOre(), locale),
                    String.valueOf(c.fiscalYear()), Money.format(available, locale));
        }
        long grantId = grantRepository.add(c, kind, Actor.name());
        journal.post(c.fundId().value(), TransactionKind.COMMITMENT, c.fiscalYear(), grantId, c.reference(), c.title(),
                null, List.of(new Journal.Entry(Account.COMMITTED, c.fiscalYear(), grantId, c.amountOre()),
                        new Journal.Entry(Account.AVAILABLE, c.fiscalYear(), null, -c.amountOre())));
        for (PaymentSchedule.Payment payment : PaymentSchedule.yearly(c.amountOre(), c.startDate(), c.endDate(),
                LocalDate.now(clock), c.firstPaymentCondition())) {
            grantRepository.addPayment(grantId, payment);
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

    public record YearClose(int fiscalYear, boolean early, @Nullable String registrationNumber, long expiredOre,
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
            return ledger.close(fundId, fiscalYear).orElseThrow();
        }
        int currentYear = LocalDate.now(clock).getYear();
        boolean decided = registrationNumber != null && StringUtils.hasText(registrationNumber);
        if (fiscalYear >= currentYear) {
            if (!early) {
                throw DomainException.onField("fiscalYear", "fund.error.yearStillOpen", String.valueOf(fiscalYear));
            }
            if (!Actor.hasRole("BOARD") || !decided) {
                throw DomainException.onField("registrationNumber", "fund.error.earlyCloseNeedsDecision");
            }
        }
        long available = available(fundId, fiscalYear);
        long expired = 0;
        long carried = 0;
        if (available > 0 && funds.carriesOver(fundId)) {
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
        ledger.recordClose(fundId, fiscalYear, fiscalYear >= currentYear,
                registrationNumber != null && decided ? registrationNumber.strip() : null, Actor.name());
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
    public long reverse(long fundId, long transactionId, @Nullable String reason) {
        if (reason == null || !StringUtils.hasText(reason)) {
            throw DomainException.onField("reason", "fund.error.reasonRequired");
        }
        journal.lockFund(fundId);
        LedgerTransaction original = ledger.transactions(fundId, LedgerFilter.transaction(transactionId))
            .stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("transaction", transactionId));
        if (!original.reversible()) {
            throw new DomainException("fund.error.notReversible", String.valueOf(transactionId));
        }
        List<Journal.Entry> opposite = new ArrayList<>();
        for (LedgerTransaction.Entry entry : original.entries()) {
            Long grantId = entry.grantId();
            // A year's own money (not a grant's) cannot move once the year is closed.
            if (grantId == null && journal.isClosed(fundId, entry.fiscalYear())) {
                throw new DomainException("fund.error.yearClosed", String.valueOf(entry.fiscalYear()));
            }
            long after = (grantId == null ? journal.balance(fundId, entry.account(), entry.fiscalYear())
                    : journal.grantBalance(grantId, entry.account())) - entry.amountOre();
            if (!entry.account().isSource() && after < 0) {
                throw new DomainException("fund.error.reversalWouldOverdraw", String.valueOf(transactionId));
            }
            opposite.add(new Journal.Entry(entry.account(), entry.fiscalYear(), grantId, -entry.amountOre()));
        }
        long id = journal.post(fundId, TransactionKind.REVERSAL, original.fiscalYear(), original.grantId(),
                original.registrationNumber(), "Rättelse av transaktion " + transactionId + ": " + reason.strip(),
                transactionId, opposite);
        if (original.kind() == TransactionKind.DISBURSEMENT) {
            grantRepository.unpay(transactionId);
        }
        else if (original.kind() == TransactionKind.COMMITMENT && original.grantId() != null) {
            grantRepository.cancelUnpaid(original.grantId());
        }
        return id;
    }

    // --- internals
    // ----------------------------------------------------------------------------------

    private FundSummary summaryOf(long fundId) {
        FundRepository.Head head = funds.head(fundId).orElseThrow(() -> new NotFoundException("fund", fundId));
        // Names belong to the organisation module: one lookup for the owner and the
        // co-owners.
        List<Long> coOwnerIds = funds.coOwnerIds(fundId);
        List<Long> organisationIds = new ArrayList<>(coOwnerIds);
        organisationIds.add(head.ownerOrganisationId());
        Map<Long, Organisation> named = organisations.byIds(organisationIds);
        Organisation owner = named.get(head.ownerOrganisationId());
        List<String> coOwners = coOwnerIds.stream()
            .map(named::get)
            .filter(Objects::nonNull)
            .map(Organisation::name)
            .sorted()
            .toList();
        String focus = funds.focus(fundId, LocalDate.now(clock).getYear()).orElse(null);
        List<FundSummary.Year> years = ledger.yearBalances(fundId).stream().map(b -> {
            long appropriated = -b.fundingSource();
            long committed = b.committed() + b.disbursed();
            long carried = b.available() + committed + b.expired() - appropriated - b.refilled();
            return new FundSummary.Year(b.fiscalYear(), appropriated, b.refilled(), carried, committed, b.disbursed(),
                    b.expired(), b.available(), b.closed());
        }).toList();
        return new FundSummary(head.id(), head.name(), owner == null ? null : owner.name(), head.purpose(),
                head.economicModel(), head.carryOver(), coOwners, focus, years);
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
