package se.sif.fund;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.sql.Date;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.sif.audit.AuditTrail;
import se.sif.shared.Actor;
import se.sif.shared.Stockholm;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * Grants and their payment schedules. Officials see every grant; an applicant sees the
 * grants of their own organisation and nothing of the rest of the ledger. A payment waits
 * for its condition, is paid once, and a reduction first gives back what is not yet paid
 * out.
 */
@Service
@Transactional(readOnly = true)
public class Grants {

    private final JdbcClient jdbc;

    private final Journal journal;

    private final AuditTrail audit;

    private final se.sif.identity.Users users;

    private final Clock clock;

    private final se.sif.organisation.Organisations organisations;

    Grants(JdbcClient jdbc, Journal journal, AuditTrail audit, se.sif.identity.Users users, Clock clock,
            se.sif.organisation.Organisations organisations) {
        this.clock = clock;
        this.organisations = organisations;
        this.users = users;
        this.jdbc = jdbc;
        this.journal = journal;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<GrantView> forFund(long fundId) {
        return load("g.fund_id = :key", fundId);
    }

    /**
     * The grants of the organisation the signed-in applicant works for (none without
     * one).
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<GrantView> mine() {
        Long organisation = users.current().organisationId();
        return organisation == null ? List.of() : load("g.recipient_organisation_id = :key", organisation);
    }

    /**
     * Conditions of payment not yet met (on payments neither made nor cancelled), the
     * earliest due first: for the officer every grant's, for an applicant their own
     * organisation's, since they are the ones to meet them.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'APPLICANT')")
    public List<se.sif.shared.WorkItem> conditionsDue() {
        se.sif.identity.CurrentUser user = users.current();
        boolean applicant = user.is(se.sif.identity.Role.APPLICANT);
        if (applicant && user.organisationId() == null) {
            return List.of();
        }
        record Row(long grantId, String reference, String title, String conditionText, LocalDate dueDate) {
        }
        return jdbc.sql("""
                select g.id as grant_id, g.reference, g.title, p.condition_text, p.due_date
                from grant_payment p join fund_grant g on g.id = p.grant_id
                where p.condition_text is not null and p.condition_met_on is null and not p.cancelled
                  and p.disbursement_id is null and (:org = -1 or g.recipient_organisation_id = :org)
                order by p.due_date, p.id""")
            .param("org", applicant ? user.organisationId() : -1L)
            .query(Row.class)
            .list()
            .stream()
            .map(r -> new se.sif.shared.WorkItem(r.title() + ": " + r.conditionText(), r.reference(),
                    "/grants/" + r.grantId(), r.dueDate()))
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
    public java.util.Optional<GrantView> forApplication(long applicationId) {
        return jdbc.sql("select id from fund_grant where application_id = :app")
            .param("app", applicationId)
            .query(Long.class)
            .optional()
            .map(this::view);
    }

    /**
     * A grant for other modules' internal use, without a role check of its own (they
     * check theirs).
     */
    GrantView view(long grantId) {
        return load("g.id = :key", grantId).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("grant", grantId));
    }

    /**
     * The officer records that a payment's condition is met (e.g. the project plan was
     * approved).
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void conditionMet(long grantId, long paymentId, long expectedVersion, LocalDate metOn) {
        GrantView.Payment payment = payment(grantId, paymentId);
        if (payment.condition() == null || payment.conditionMetOn() != null) {
            throw new DomainException("fund.error.noOpenCondition");
        }
        if (metOn == null || metOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.onField("metOn", "fund.error.conditionDate");
        }
        int updated = jdbc.sql("""
                update grant_payment set condition_met_on = :on, condition_met_by = :by, version = version + 1
                where id = :id and version = :version""")
            .param("on", Date.valueOf(metOn))
            .param("by", Actor.name())
            .param("id", paymentId)
            .param("version", expectedVersion)
            .update();
        if (updated == 0) {
            throw new ConcurrentEditException("payment", paymentId);
        }
        audit.record("fund.conditionMet", "grant", grantId, "payment " + paymentId + ": " + payment.condition());
    }

    /** Pays a planned payment out of the grant's commitment. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public long pay(long grantId, long paymentId, long expectedVersion) {
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
        long tx = journal.payOutOfCommitment(grant, TransactionKind.DISBURSEMENT, Account.DISBURSED,
                payment.amountOre(), "Utbetalning " + payment.dueDate() + ": " + grant.title());
        jdbc.sql("update grant_payment set disbursement_id = :tx, version = version + 1 where id = :id")
            .param("tx", tx)
            .param("id", paymentId)
            .update();
        return tx;
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
        if (!StringUtils.hasText(reason)) {
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
        else if (carriesOver(grant.fundId())) {
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
                jdbc.sql("update grant_payment set cancelled = true, version = version + 1 where id = :id")
                    .param("id", p.id())
                    .update();
                toRemove -= p.amountOre();
            }
            else {
                jdbc.sql(
                        "update grant_payment set amount_ore = amount_ore - :cut, version = version + 1 where id = :id")
                    .param("cut", toRemove)
                    .param("id", p.id())
                    .update();
                toRemove = 0;
            }
        }
    }

    private boolean carriesOver(long fundId) {
        return jdbc.sql("select carry_over from fund where id = :id").param("id", fundId).query(Boolean.class).single();
    }

    private GrantView.Payment payment(long grantId, long paymentId) {
        return jdbc
            .sql("""
                    select id, due_date, amount_ore, condition_text as condition, condition_met_on, disbursement_id, cancelled, version
                    from grant_payment where id = :id and grant_id = :grant""")
            .param("id", paymentId)
            .param("grant", grantId)
            .query(GrantView.Payment.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("payment", paymentId));
    }

    private List<GrantView> load(String where, long key) {
        record Row(long id, long fundId, String fundName, FundLedger.EconomicModel fundEconomicModel, String reference,
                String kind, String title, long recipientOrganisationId, int fiscalYear, long committedOre,
                long disbursedOre) {
        }
        List<Row> rows = jdbc
            .sql("""
                    select g.id, g.fund_id, f.name as fund_name, f.economic_model as fund_economic_model, g.reference, g.kind, g.title, g.recipient_organisation_id,
                           g.fiscal_year,
                           coalesce((select sum(amount_ore) from ledger_balance b where b.grant_key = g.id and b.account = 'COMMITTED'), 0) as committed_ore,
                           coalesce((select sum(amount_ore) from ledger_balance b where b.grant_key = g.id and b.account in (%s)), 0) as disbursed_ore
                    from fund_grant g join fund f on f.id = g.fund_id
                    where %s order by g.fiscal_year desc, g.id desc"""
                .formatted(Account.paidOutSql(), where))
            .param("key", key)
            .query(Row.class)
            .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        record PaymentRow(long grantId, long id, LocalDate dueDate, long amountOre, String condition,
                LocalDate conditionMetOn, Long disbursementId, boolean cancelled, long version) {
        }
        Map<Long, List<GrantView.Payment>> payments = jdbc
            .sql("""
                    select grant_id, id, due_date, amount_ore, condition_text as condition, condition_met_on, disbursement_id,
                           cancelled, version
                    from grant_payment where grant_id in (:ids) order by due_date, id""")
            .param("ids", rows.stream().map(Row::id).toList())
            .query(PaymentRow.class)
            .list()
            .stream()
            .collect(Collectors.groupingBy(PaymentRow::grantId,
                    Collectors.mapping(
                            p -> new GrantView.Payment(p.id(), p.dueDate(), p.amountOre(), p.condition(),
                                    p.conditionMetOn(), p.disbursementId(), p.cancelled(), p.version()),
                            Collectors.toList())));
        // Recipients' names belong to the organisation module: one lookup for the whole
        // list.
        var recipients = organisations
            .byIds(rows.stream().map(Row::recipientOrganisationId).collect(Collectors.toSet()));
        return rows.stream()
            .map(r -> new GrantView(r.id(), r.fundId(), r.fundName(), r.fundEconomicModel(), r.reference(), r.kind(),
                    r.title(), r.recipientOrganisationId(),
                    recipients.containsKey(r.recipientOrganisationId())
                            ? recipients.get(r.recipientOrganisationId()).name() : "–",
                    r.fiscalYear(), r.committedOre(), r.disbursedOre(), payments.getOrDefault(r.id(), List.of())))
            .toList();
    }

}
