package se.sif.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.sif.audit.AuditTrail;
import se.sif.identity.CurrentUser;
import se.sif.identity.Role;
import se.sif.identity.Users;
import se.sif.organisation.Organisations;
import se.sif.shared.Actor;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;
import se.sif.shared.NotFoundException;
import se.sif.shared.WorkItem;

/**
 * Grants and their payment schedules. Officials see every grant; an applicant sees the
 * grants of their own organisation and nothing of the rest of the ledger. A payment waits
 * for its condition, is paid once, and a reduction first gives back what is not yet paid
 * out.
 */
@Service
@Transactional(readOnly = true)
public class Grants {

    private final GrantRepository repository;

    private final FundRepository funds;

    private final Journal journal;

    private final AuditTrail audit;

    private final Users users;

    private final Clock clock;

    private final OrganisationNames names;

    private final long secondApprovalAboveOre;

    Grants(GrantRepository repository, FundRepository funds, Journal journal, AuditTrail audit, Users users,
            Clock clock, Organisations organisations,
            @org.springframework.beans.factory.annotation.Value("${sif.payments.second-approval-above-kronor:1000000}") long secondApprovalAboveKronor) {
        this.secondApprovalAboveOre = secondApprovalAboveKronor * 100;
        this.repository = repository;
        this.funds = funds;
        this.journal = journal;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
        this.names = OrganisationNames.of(organisations);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<GrantView> forFund(long fundId) {
        return repository.ofFund(fundId, names);
    }

    /**
     * What the list of a fund's grants can be narrowed to: words in the title or
     * reference, the kind of grant and the fiscal year its money is from.
     */
    public record Filter(@Nullable String text, @Nullable GrantKind kind, @Nullable Integer fiscalYear) {
    }

    /**
     * The grant list's sort keys, each mapped to its column or comparator (never taken
     * from the request).
     */
    public static final java.util.Set<String> SORTS = java.util.Set.of("reference", "title", "recipient", "year",
            "granted", "disbursed", "remaining");

    /**
     * The recipient's name is the organisation module's: that sort is made on the
     * filtered list in memory, which stays short (one fund's grants).
     */
    private static final Map<String, Comparator<GrantView>> NAME_SORTS = Map.of("recipient",
            Comparator.comparing((GrantView g) -> g.recipientName().toLowerCase(Locale.ROOT))
                .thenComparing(GrantView::id));

    /**
     * One page of a fund's grants, filtered and sorted; by default the newest fiscal year
     * first.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public ListPage<GrantView> list(long fundId, Filter filter, ListQuery asked) {
        ListQuery query = asked.sortedBy(SORTS, "year", true);
        if (!GrantRepository.sortsHere(query.sort())) {
            return query.apply(repository.filtered(fundId, filter, names), NAME_SORTS);
        }
        return repository.page(fundId, filter, query, names);
    }

    /**
     * The grants of the organisation the signed-in applicant works for (none without
     * one).
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<GrantView> mine() {
        Long organisation = users.current().organisationId();
        return organisation == null ? List.of() : repository.ofRecipient(organisation, names);
    }

    /**
     * Conditions of payment not yet met (on payments neither made nor cancelled), the
     * earliest due first: for the officer every grant's, for an applicant their own
     * organisation's, since they are the ones to meet them.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'APPLICANT')")
    public List<WorkItem> conditionsDue() {
        CurrentUser user = users.current();
        boolean applicant = user.is(Role.APPLICANT);
        if (applicant && user.organisationId() == null) {
            return List.of();
        }
        return repository.openConditions(applicant ? user.organisationId() : null)
            .stream()
            .map(c -> new WorkItem(c.title() + ": " + c.conditionText(), c.reference(), "/grants/" + c.grantId(),
                    c.dueDate()))
            .toList();
    }

    /**
     * One grant, for officials or the recipient's applicant; to anyone else it does not
     * exist.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN', 'APPLICANT')")
    public GrantView get(long grantId) {
        GrantView grant = view(grantId);
        Long organisation = users.current().organisationId();
        if (Actor.hasRole("APPLICANT") && (organisation == null || organisation != grant.recipientOrganisationId())) {
            throw new NotFoundException("grant", grantId);
        }
        return grant;
    }

    /**
     * The grant made on an application, for modules that have already decided the user
     * may see the application (the socio-economic calculation proposes the grant's
     * repayment plan).
     */
    public Optional<GrantView> forApplication(long applicationId) {
        return repository.idForApplication(applicationId).map(this::view);
    }

    /**
     * A grant for other modules' internal use, without a role check of its own (they
     * check theirs).
     */
    GrantView view(long grantId) {
        return repository.byId(grantId, names).orElseThrow(() -> new NotFoundException("grant", grantId));
    }

    /**
     * The officer records that a payment's condition is met (e.g. the project plan was
     * approved).
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void conditionMet(long grantId, long paymentId, long expectedVersion, @Nullable LocalDate metOn) {
        GrantView.Payment payment = payment(grantId, paymentId);
        if (payment.condition() == null || payment.conditionMetOn() != null) {
            throw new DomainException("fund.error.noOpenCondition");
        }
        if (metOn == null || metOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.onField("metOn", "fund.error.conditionDate");
        }
        if (repository.conditionMet(paymentId, expectedVersion, metOn, Actor.name()) == 0) {
            throw new ConcurrentEditException("payment", paymentId);
        }
        audit.record("fund.conditionMet", "grant", grantId, "payment " + paymentId + ": " + payment.condition());
    }

    /**
     * What became of a payout: paid (with its ledger transaction), or waiting for a
     * second person because the amount is above the second-approval amount.
     */
    public record Payout(boolean paid, @Nullable Long transactionId) {
    }

    /**
     * What paying a payment today asks of the official, the one rule {@link #pay} and its
     * confirmation page share: a written reason before its due date ({@code early}) or
     * before the decision has legal force, and a second person above the second-approval
     * amount.
     */
    public record PaymentTerms(GrantView grant, GrantView.Payment payment, boolean early, boolean beforeLegalForce,
            boolean secondApproval) {
    }

    /** The terms of paying this payment today, for the official about to confirm it. */
    @PreAuthorize("hasRole('OFFICER')")
    public PaymentTerms paymentTerms(long grantId, long paymentId) {
        return termsOf(view(grantId), payment(grantId, paymentId));
    }

    private PaymentTerms termsOf(GrantView grant, GrantView.Payment payment) {
        LocalDate today = LocalDate.now(clock);
        LocalDate legalForce = grant.legalForceFrom();
        return new PaymentTerms(grant, payment, payment.dueDate().isAfter(today),
                legalForce == null || legalForce.isAfter(today), payment.amountOre() > secondApprovalAboveOre);
    }

    /** Payments above this (öre) are approved by a second person before they are paid. */
    public long secondApprovalAboveOre() {
        return secondApprovalAboveOre;
    }

    /**
     * Pays a planned payment out of the grant's commitment — or, above the
     * second-approval amount, records the first official's request, and pays when another
     * official approves it. A payment is made on or after its due date and once the
     * decision has legal force; earlier only with {@code earlyReason}, which is kept with
     * the payment and in the audit trail. Its condition must be met.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public Payout pay(long grantId, long paymentId, long expectedVersion, @Nullable String earlyReason) {
        GrantView grant = view(grantId);
        journal.lockFund(grant.fundId());
        GrantView.Payment payment = payment(grantId, paymentId);
        if (payment.version() != expectedVersion) {
            throw new ConcurrentEditException("payment", paymentId);
        }
        if (payment.paid() || payment.cancelled()) {
            throw new DomainException("fund.error.alreadyPaid");
        }
        if (payment.waitingForCondition()) {
            throw new DomainException("fund.error.conditionNotMet", payment.condition());
        }
        PaymentTerms terms = termsOf(grant, payment);
        String reason = earlyReason == null || earlyReason.isBlank() ? null : earlyReason.strip();
        // a reason given with the request counts for the approval too
        String anyReason = reason != null ? reason : payment.earlyReason();
        if (anyReason == null) {
            DomainException.Violations violations = new DomainException.Violations();
            if (terms.early()) {
                violations.add("earlyReason", "fund.error.notDueYet", payment.dueDate());
            }
            LocalDate legalForce = grant.legalForceFrom();
            if (legalForce == null) {
                violations.add("earlyReason", "fund.error.legalForceUnknown");
            }
            else if (terms.beforeLegalForce()) {
                violations.add("earlyReason", "fund.error.noLegalForceYet", legalForce);
            }
            violations.throwIfAny();
        }
        String me = users.current().username();
        String askedBy = payment.approvalRequestedBy();
        if (terms.secondApproval()) {
            if (askedBy == null) {
                if (!repository.approvalRequested(paymentId, expectedVersion, me, reason, clock.instant())) {
                    throw new ConcurrentEditException("payment", paymentId);
                }
                audit.record("fund.paymentRequested", "grant", grantId, "payment " + paymentId + ": "
                        + payment.amountOre() + " öre" + (reason == null ? "" : ", early: " + reason));
                return new Payout(false, null);
            }
            if (askedBy.equals(me)) {
                throw new DomainException("fund.error.secondPersonNeeded");
            }
        }
        long tx = journal.payOutOfCommitment(grant, TransactionKind.DISBURSEMENT, Account.DISBURSED,
                payment.amountOre(), "Utbetalning " + payment.dueDate() + ": " + grant.title());
        if (!repository.paid(paymentId, expectedVersion, tx, me, reason, clock.instant())) {
            throw new ConcurrentEditException("payment", paymentId);
        }
        audit.record("fund.paid", "grant", grantId,
                "payment " + paymentId + ": " + payment.amountOre() + " öre"
                        + (askedBy == null ? "" : ", asked by " + askedBy + ", approved by " + me)
                        + (anyReason == null ? "" : ", early: " + anyReason));
        return new Payout(true, tx);
    }

    /**
     * The board reduces a grant to a new total (0 cancels what is not paid out). The
     * difference leaves the commitment: back to the year's available money while that
     * year is open; once it is closed, it expires (or, under carry-over, goes to the
     * current year). Unpaid payments shrink from the last one.
     */
    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public void reduce(long grantId, long newTotalOre, @Nullable String reason, @Nullable String registrationNumber) {
        GrantView grant = view(grantId);
        if (reason == null || !StringUtils.hasText(reason)) {
            throw DomainException.onField("reason", "fund.error.reasonRequired");
        }
        journal.lockFund(grant.fundId());
        long committed = journal.grantBalance(grantId, Account.COMMITTED);
        long disbursed = journal.grantPaidOut(grantId);
        if (newTotalOre < disbursed || newTotalOre >= committed + disbursed) {
            throw DomainException.onField("newTotal", "fund.error.reductionRange");
        }
        long released = committed + disbursed - newTotalOre;
        int year = grant.fiscalYear();
        Journal.Entry destination;
        if (!journal.isClosed(grant.fundId(), year)) {
            destination = new Journal.Entry(Account.AVAILABLE, year, null, released);
        }
        else if (funds.carriesOver(grant.fundId())) {
            destination = new Journal.Entry(Account.AVAILABLE, LocalDate.now(clock).getYear(), null, released);
        }
        else {
            destination = new Journal.Entry(Account.EXPIRED, year, null, released);
        }
        journal.post(grant.fundId(), TransactionKind.DECOMMITMENT, year, grantId, registrationNumber,
                "Minskning av " + grant.reference() + ": " + reason.strip(), null,
                List.of(destination, new Journal.Entry(Account.COMMITTED, year, grantId, -released)));
        long toRemove = released;
        List<GrantView.Payment> unpaid = grant.payments().stream().filter(p -> !p.paid() && !p.cancelled()).toList();
        for (int i = unpaid.size() - 1; i >= 0 && toRemove > 0; i--) {
            GrantView.Payment p = unpaid.get(i);
            if (p.amountOre() <= toRemove) {
                repository.cancel(p.id());
                toRemove -= p.amountOre();
            }
            else {
                repository.reduce(p.id(), toRemove);
                toRemove = 0;
            }
        }
    }

    private GrantView.Payment payment(long grantId, long paymentId) {
        return repository.payment(grantId, paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
    }

}
