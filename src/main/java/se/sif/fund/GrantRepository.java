package se.sif.fund;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;

/**
 * Grants and their payment schedules as stored ({@code fund_grant},
 * {@code grant_payment}), with what the ledger's running balances say is committed and
 * paid out. The recipients' names are the organisation module's: the service passes its
 * lookup, one call per list.
 */
@Repository
class GrantRepository {

    /** A condition of payment not yet met, on a payment neither made nor cancelled. */
    record OpenCondition(long grantId, String reference, String title, String conditionText, LocalDate dueDate) {
    }

    private static final String SELECT = """
            select g.id, g.fund_id, f.name as fund_name, f.economic_model as fund_economic_model, g.reference, g.kind,
                   g.title, g.recipient_organisation_id, g.fiscal_year, m.committed_ore, m.disbursed_ore,
                   g.legal_force_from
            from fund_grant g join fund f on f.id = g.fund_id
            cross join lateral (
                select coalesce(sum(b.amount_ore) filter (where b.account = 'COMMITTED'), 0) as committed_ore,
                       coalesce(sum(b.amount_ore) filter (where b.account in (%s)), 0) as disbursed_ore
                from ledger_balance b where b.grant_key = g.id) m
            """.formatted(Account.paidOutSql());

    /**
     * The list's sort keys that are columns here; the recipient's name is sorted by the
     * service.
     */
    private static final Map<String, String> SORT_COLUMNS = Map.of("reference", "g.reference", "title",
            "lower(g.title)", "year", "g.fiscal_year", "granted", "m.committed_ore + m.disbursed_ore", "disbursed",
            "m.disbursed_ore", "remaining", "m.committed_ore");

    private final JdbcClient jdbc;

    GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- grants

    boolean referenceTaken(String reference) {
        return jdbc.sql("select count(*) from fund_grant where reference = :ref")
            .param("ref", reference)
            .query(Integer.class)
            .single() > 0;
    }

    long add(FundLedger.GrantCommitment c, GrantKind kind, String recordedBy) {
        return jdbc.sql("""
                insert into fund_grant (fund_id, reference, kind, title, recipient_organisation_id, fiscal_year,
                                        application_id, recorded_by, legal_force_from)
                values (:fund, :ref, :kind, :title, :recipient, :year, :app, :by, :legalForce) returning id""")
            .param("fund", c.fundId().value())
            .param("ref", c.reference())
            .param("kind", kind.name())
            .param("title", c.title())
            .param("recipient", c.recipientOrganisationId().value())
            .param("year", c.fiscalYear())
            .param("app", c.applicationId())
            .param("by", recordedBy)
            .param("legalForce", c.legalForceFrom() == null ? null : Date.valueOf(c.legalForceFrom()))
            .query(Long.class)
            .single();
    }

    Optional<Long> idForApplication(long applicationId) {
        return jdbc.sql("select id from fund_grant where application_id = :app")
            .param("app", applicationId)
            .query(Long.class)
            .optional();
    }

    Optional<GrantView> byId(long grantId, OrganisationNames names) {
        return load("g.id = :key", Map.of("key", grantId), "", names).stream().findFirst();
    }

    List<GrantView> ofFund(long fundId, OrganisationNames names) {
        return load("g.fund_id = :key", Map.of("key", fundId), " order by g.fiscal_year desc, g.id desc", names);
    }

    List<GrantView> ofRecipient(long organisationId, OrganisationNames names) {
        return load("g.recipient_organisation_id = :key", Map.of("key", organisationId),
                " order by g.fiscal_year desc, g.id desc", names);
    }

    /**
     * One page of a fund's grants, filtered, sorted and paged here; {@code query} is
     * normalised and sorts by a column of {@link #SORT_COLUMNS} (the other keys are the
     * service's to sort).
     */
    ListPage<GrantView> page(long fundId, Grants.Filter filter, ListQuery query, OrganisationNames names) {
        Map<String, Object> params = new HashMap<>();
        String where = where(fundId, filter, params);
        long total = jdbc.sql("select count(*) from fund_grant g where " + where)
            .params(params)
            .query(Long.class)
            .single();
        params.put("limit", query.pageSize());
        params.put("offset", query.offset());
        List<GrantView> grants = load(where, params,
                " order by " + query.orderBy(SORT_COLUMNS, "g.id") + " limit :limit offset :offset", names);
        return new ListPage<>(grants, total, query);
    }

    /** A fund's grants, filtered, whole (for a sort the service makes in memory). */
    List<GrantView> filtered(long fundId, Grants.Filter filter, OrganisationNames names) {
        Map<String, Object> params = new HashMap<>();
        return load(where(fundId, filter, params), params, " order by g.id", names);
    }

    static boolean sortsHere(String sort) {
        return SORT_COLUMNS.containsKey(sort);
    }

    private static String where(long fundId, Grants.Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("g.fund_id = :fund");
        params.put("fund", fundId);
        if (filter.fiscalYear() != null) {
            where.append(" and g.fiscal_year = :year");
            params.put("year", filter.fiscalYear());
        }
        if (filter.kind() != null) {
            where.append(" and g.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        String text = filter.text();
        if (text != null && !text.isBlank()) {
            where.append(" and (g.title ilike :text or g.reference ilike :text)");
            params.put("text", "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    // --- payments

    void addPayment(long grantId, PaymentSchedule.Payment payment) {
        jdbc.sql(
                "insert into grant_payment (grant_id, due_date, amount_ore, condition_text) values (:g, :due, :amount, :condition)")
            .param("g", grantId)
            .param("due", Date.valueOf(payment.dueDate()))
            .param("amount", payment.amountOre())
            .param("condition", payment.condition())
            .update();
    }

    Optional<GrantView.Payment> payment(long grantId, long paymentId) {
        return jdbc
            .sql("""
                    select id, due_date, amount_ore, condition_text as condition, condition_met_on, disbursement_id, cancelled, version,
                           early_reason, approval_requested_by, paid_by
                    from grant_payment where id = :id and grant_id = :grant""")
            .param("id", paymentId)
            .param("grant", grantId)
            .query(GrantView.Payment.class)
            .optional();
    }

    List<OpenCondition> openConditions(@Nullable Long recipientOrganisationId) {
        return jdbc.sql("""
                select g.id as grant_id, g.reference, g.title, p.condition_text, p.due_date
                from grant_payment p join fund_grant g on g.id = p.grant_id
                where p.condition_text is not null and p.condition_met_on is null and not p.cancelled
                  and p.disbursement_id is null and (:org = -1 or g.recipient_organisation_id = :org)
                order by p.due_date, p.id""")
            .param("org", recipientOrganisationId == null ? -1L : recipientOrganisationId)
            .query(OpenCondition.class)
            .list();
    }

    /**
     * Records that a payment's condition is met, if the payment is still at the version
     * read.
     * @return the rows updated: 0 when someone changed the payment in between
     */
    int conditionMet(long paymentId, long expectedVersion, LocalDate metOn, String metBy) {
        return jdbc.sql("""
                update grant_payment set condition_met_on = :on, condition_met_by = :by, version = version + 1
                where id = :id and version = :version""")
            .param("on", Date.valueOf(metOn))
            .param("by", metBy)
            .param("id", paymentId)
            .param("version", expectedVersion)
            .update();
    }

    /**
     * Records the payout with who made it and why early (if it was), if the payment is
     * still at the version read; answers whether it was.
     */
    boolean paid(long paymentId, long expectedVersion, long disbursementId, String paidBy, @Nullable String earlyReason,
            java.time.Instant at) {
        return jdbc.sql("""
                update grant_payment set disbursement_id = :tx, paid_by = :by, paid_at = :at,
                    early_reason = coalesce(:reason, early_reason), version = version + 1
                where id = :id and version = :version and disbursement_id is null""")
            .param("tx", disbursementId)
            .param("by", paidBy)
            .param("at", java.sql.Timestamp.from(at))
            .param("reason", earlyReason)
            .param("id", paymentId)
            .param("version", expectedVersion)
            .update() == 1;
    }

    /**
     * Records that an official asks for a payment above the second-approval amount (with
     * the reason for paying early, if it is), if the payment is still at the version
     * read.
     */
    boolean approvalRequested(long paymentId, long expectedVersion, String by, @Nullable String earlyReason,
            java.time.Instant at) {
        return jdbc.sql("""
                update grant_payment set approval_requested_by = :by, approval_requested_at = :at,
                    early_reason = :reason, version = version + 1
                where id = :id and version = :version and disbursement_id is null and approval_requested_by is null""")
            .param("by", by)
            .param("at", java.sql.Timestamp.from(at))
            .param("reason", earlyReason)
            .param("id", paymentId)
            .param("version", expectedVersion)
            .update() == 1;
    }

    void cancel(long paymentId) {
        jdbc.sql("update grant_payment set cancelled = true, version = version + 1 where id = :id")
            .param("id", paymentId)
            .update();
    }

    void reduce(long paymentId, long cutOre) {
        jdbc.sql("update grant_payment set amount_ore = amount_ore - :cut, version = version + 1 where id = :id")
            .param("cut", cutOre)
            .param("id", paymentId)
            .update();
    }

    /** A reversed disbursement: its payment is unpaid again. */
    void unpay(long disbursementId) {
        jdbc.sql("update grant_payment set disbursement_id = null, version = version + 1 where disbursement_id = :tx")
            .param("tx", disbursementId)
            .update();
    }

    /** A reversed commitment: what is not paid of the grant will not be. */
    void cancelUnpaid(long grantId) {
        jdbc.sql(
                "update grant_payment set cancelled = true, version = version + 1 where grant_id = :g and disbursement_id is null")
            .param("g", grantId)
            .update();
    }

    // --- reading

    private List<GrantView> load(String where, Map<String, ?> params, String orderAndPage, OrganisationNames names) {
        record Row(long id, long fundId, String fundName, FundLedger.EconomicModel fundEconomicModel, String reference,
                String kind, String title, long recipientOrganisationId, int fiscalYear, long committedOre,
                long disbursedOre, @Nullable LocalDate legalForceFrom) {
        }
        List<Row> rows = jdbc.sql(SELECT + "where " + where + orderAndPage).params(params).query(Row.class).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        record PaymentRow(long grantId, long id, LocalDate dueDate, long amountOre, String condition,
                LocalDate conditionMetOn, Long disbursementId, boolean cancelled, long version,
                @Nullable String earlyReason, @Nullable String approvalRequestedBy, @Nullable String paidBy) {
        }
        Map<Long, List<GrantView.Payment>> payments = jdbc
            .sql("""
                    select grant_id, id, due_date, amount_ore, condition_text as condition, condition_met_on, disbursement_id,
                           cancelled, version, early_reason, approval_requested_by, paid_by
                    from grant_payment where grant_id in (:ids) order by due_date, id""")
            .param("ids", rows.stream().map(Row::id).toList())
            .query(PaymentRow.class)
            .list()
            .stream()
            .collect(Collectors.groupingBy(PaymentRow::grantId,
                    Collectors.mapping(p -> new GrantView.Payment(p.id(), p.dueDate(), p.amountOre(), p.condition(),
                            p.conditionMetOn(), p.disbursementId(), p.cancelled(), p.version(), p.earlyReason(),
                            p.approvalRequestedBy(), p.paidBy()), Collectors.toList())));
        Set<Long> recipientIds = rows.stream().map(Row::recipientOrganisationId).collect(Collectors.toSet());
        Map<Long, String> recipients = names.of(recipientIds);
        return rows.stream()
            .map(r -> new GrantView(r.id(), r.fundId(), r.fundName(), r.fundEconomicModel(), r.reference(), r.kind(),
                    r.title(), r.recipientOrganisationId(), recipients.getOrDefault(r.recipientOrganisationId(), "–"),
                    r.fiscalYear(), r.committedOre(), r.disbursedOre(), payments.getOrDefault(r.id(), List.of()),
                    r.legalForceFrom()))
            .toList();
    }

}
