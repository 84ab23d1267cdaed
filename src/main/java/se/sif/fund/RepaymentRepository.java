package se.sif.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Repayment agreements as stored: the parties with their shares, the savings they are
 * expected to make and the claims on them ({@code repayment_agreement},
 * {@code repayment_party}, {@code expected_saving}, {@code repayment_claim}). The
 * parties' names are the organisation module's: the service passes its lookup.
 */
@Repository
class RepaymentRepository {

    /** One claim with what settling it needs of its agreement and grant. */
    record Claim(long id, long agreementId, long organisationId, int fiscalYear, long amountOre, String status,
            long version, long grantId, String grantReference, long fundId, String lossCover, long ownerId) {
    }

    private final JdbcClient jdbc;

    RepaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- agreements

    boolean agreementExists(long grantId) {
        return jdbc.sql("select count(*) from repayment_agreement where grant_id = :g")
            .param("g", grantId)
            .query(Integer.class)
            .single() > 0;
    }

    long addAgreement(long grantId, RepaymentAgreement.LossCover lossCover, String recordedBy) {
        return jdbc.sql(
                "insert into repayment_agreement (grant_id, loss_cover, recorded_by) values (:g, :cover, :by) returning id")
            .param("g", grantId)
            .param("cover", lossCover.name())
            .param("by", recordedBy)
            .query(Long.class)
            .single();
    }

    void addParty(long agreementId, long organisationId, BigDecimal share) {
        jdbc.sql("insert into repayment_party (agreement_id, organisation_id, share) values (:a, :o, :s)")
            .param("a", agreementId)
            .param("o", organisationId)
            .param("s", share)
            .update();
    }

    void expectSaving(long agreementId, long organisationId, int fiscalYear, long amountOre) {
        jdbc.sql(
                """
                        insert into expected_saving (agreement_id, organisation_id, fiscal_year, amount_ore) values (:a, :o, :y, :amount)""")
            .param("a", agreementId)
            .param("o", organisationId)
            .param("y", fiscalYear)
            .param("amount", amountOre)
            .update();
    }

    /**
     * Sets a party's expected saving of a year, whether one was expected before or not.
     */
    void reviseSaving(long agreementId, long organisationId, int fiscalYear, long amountOre) {
        jdbc.sql(
                """
                        insert into expected_saving (agreement_id, organisation_id, fiscal_year, amount_ore) values (:a, :o, :y, :amount)
                        on conflict (agreement_id, organisation_id, fiscal_year) do update set amount_ore = excluded.amount_ore""")
            .param("a", agreementId)
            .param("o", organisationId)
            .param("y", fiscalYear)
            .param("amount", amountOre)
            .update();
    }

    // --- claims

    /**
     * Claims a party's repayment of a year, unless that claim exists.
     * @return 1 for a new claim, 0 when it existed
     */
    int makeClaim(long agreementId, long organisationId, int fiscalYear, long amountOre) {
        return jdbc
            .sql("""
                    insert into repayment_claim (agreement_id, organisation_id, fiscal_year, amount_ore, status)
                    values (:a, :o, :y, :amount, 'CLAIMED') on conflict (agreement_id, organisation_id, fiscal_year) do nothing""")
            .param("a", agreementId)
            .param("o", organisationId)
            .param("y", fiscalYear)
            .param("amount", amountOre)
            .update();
    }

    /**
     * Adds a failed claim's amount to the owning board's claim of the same year (a new
     * one if there is none).
     * @return 0 when the owner's claim of that year is settled already
     */
    int addToOwnersClaim(long agreementId, long ownerId, int fiscalYear, long amountOre) {
        return jdbc
            .sql("""
                    insert into repayment_claim (agreement_id, organisation_id, fiscal_year, amount_ore, status)
                    values (:a, :o, :y, :amount, 'CLAIMED') on conflict (agreement_id, organisation_id, fiscal_year)
                    do update set amount_ore = repayment_claim.amount_ore + excluded.amount_ore, version = repayment_claim.version + 1
                    where repayment_claim.status = 'CLAIMED'""")
            .param("a", agreementId)
            .param("o", ownerId)
            .param("y", fiscalYear)
            .param("amount", amountOre)
            .update();
    }

    Optional<Claim> claim(long claimId) {
        return jdbc.sql("""
                select c.id, c.agreement_id, c.organisation_id, c.fiscal_year, c.amount_ore, c.status, c.version,
                       g.id as grant_id, g.reference as grant_reference, g.fund_id, a.loss_cover,
                       g.recipient_organisation_id as owner_id
                from repayment_claim c join repayment_agreement a on a.id = c.agreement_id
                join fund_grant g on g.id = a.grant_id where c.id = :id""")
            .param("id", claimId)
            .query(Claim.class)
            .optional();
    }

    void settle(long claimId, String status, @Nullable Long transactionId, String settledBy) {
        jdbc.sql("""
                update repayment_claim set status = :status, transaction_id = :tx, settled_by = :by, settled_at = now(),
                    version = version + 1 where id = :id""")
            .param("status", status)
            .param("tx", transactionId)
            .param("by", settledBy)
            .param("id", claimId)
            .update();
    }

    // --- reading

    List<RepaymentAgreement> ofFund(long fundId, OrganisationNames names) {
        return load("g.fund_id = :key", fundId, names);
    }

    Optional<RepaymentAgreement> ofGrant(long grantId, OrganisationNames names) {
        return load("a.grant_id = :key", grantId, names).stream().findFirst();
    }

    /**
     * The agreements matching {@code where} (on {@code a} the agreement, {@code g} its
     * grant), parties and claims included.
     */
    private List<RepaymentAgreement> load(String where, long key, OrganisationNames organisationNames) {
        record Row(long id, long grantId, String grantReference, String grantTitle, long fundId, String lossCover) {
        }
        List<Row> rows = jdbc.sql("""
                select a.id, a.grant_id, g.reference as grant_reference, g.title as grant_title, g.fund_id, a.loss_cover
                from repayment_agreement a join fund_grant g on g.id = a.grant_id where\s""" + where + " order by a.id")
            .param("key", key)
            .query(Row.class)
            .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        record PartyRow(long agreementId, long organisationId, BigDecimal share) {
        }
        record SavingRow(long agreementId, long organisationId, int fiscalYear, long amountOre) {
        }
        record ClaimListRow(long agreementId, long id, long organisationId, int fiscalYear, long amountOre,
                String status, Instant settledAt, long version) {
        }
        List<PartyRow> partyRows = jdbc
            .sql("select agreement_id, organisation_id, share from repayment_party where agreement_id in (:ids)")
            .param("ids", ids)
            .query(PartyRow.class)
            .list();
        List<SavingRow> savings = jdbc.sql("select * from expected_saving where agreement_id in (:ids)")
            .param("ids", ids)
            .query(SavingRow.class)
            .list();
        List<ClaimListRow> claimRows = jdbc.sql("""
                select agreement_id, id, organisation_id, fiscal_year, amount_ore, status, settled_at, version
                from repayment_claim where agreement_id in (:ids)""")
            .param("ids", ids)
            .query(ClaimListRow.class)
            .list();
        // The parties' names belong to the organisation module: one lookup for all
        // agreements.
        Set<Long> organisationIds = new HashSet<>();
        partyRows.forEach(p -> organisationIds.add(p.organisationId()));
        claimRows.forEach(c -> organisationIds.add(c.organisationId()));
        Map<Long, String> names = organisationNames.of(organisationIds);
        Comparator<String> byName = Comparator.nullsLast(Comparator.naturalOrder());
        Map<Long, List<PartyRow>> parties = partyRows.stream()
            .sorted(Comparator.comparing((PartyRow p) -> names.getOrDefault(p.organisationId(), "–"), byName))
            .collect(Collectors.groupingBy(PartyRow::agreementId));
        Map<Long, List<RepaymentAgreement.Claim>> claims = claimRows.stream()
            .sorted(Comparator.comparingInt(ClaimListRow::fiscalYear)
                .thenComparing(c -> names.getOrDefault(c.organisationId(), "–"), byName))
            .collect(Collectors.groupingBy(ClaimListRow::agreementId,
                    Collectors.mapping(c -> new RepaymentAgreement.Claim(c.id(), c.organisationId(),
                            names.getOrDefault(c.organisationId(), "–"), c.fiscalYear(), c.amountOre(), c.status(),
                            c.settledAt(), c.version()), Collectors.toList())));
        return rows.stream()
            .map(r -> new RepaymentAgreement(r.id(), r.grantId(), r.grantReference(), r.grantTitle(), r.fundId(),
                    RepaymentAgreement.LossCover.valueOf(r.lossCover()),
                    parties.getOrDefault(r.id(), List.of()).stream().map(p -> {
                        Map<Integer, Long> expected = new TreeMap<>();
                        savings.stream()
                            .filter(s -> s.agreementId() == r.id() && s.organisationId() == p.organisationId())
                            .forEach(s -> expected.put(s.fiscalYear(), s.amountOre()));
                        return new RepaymentAgreement.Party(p.organisationId(),
                                names.getOrDefault(p.organisationId(), "–"), p.share(), expected);
                    }).toList(), claims.getOrDefault(r.id(), List.of())))
            .toList();
    }

}
