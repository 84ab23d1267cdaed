package se.sif.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.shared.Actor;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * The repayment model: agreements per grant, yearly claims on the boards that save,
 * recorded as budget-frame reductions that refill the fund, and losses covered centrally
 * or moved to the owning board when a saving fails. Generating the claims of a year twice
 * creates no second claim.
 */
@Service
@Transactional(readOnly = true)
public class Repayments {

    private final JdbcClient jdbc;

    private final Journal journal;

    private final AuditTrail audit;

    private final Grants grants;

    private final se.sif.organisation.Organisations organisations;

    Repayments(JdbcClient jdbc, Journal journal, AuditTrail audit, Grants grants,
            se.sif.organisation.Organisations organisations) {
        this.grants = grants;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.journal = journal;
        this.audit = audit;
    }

    /**
     * A party as agreed: the board, its share of the saving (0–1] and the saving it
     * expects per fiscal year.
     */
    public record PartyTerms(long organisationId, @Nullable BigDecimal share, Map<Integer, Long> expectedSavings) {
    }

    static long shareOf(long amountOre, BigDecimal share) {
        return BigDecimal.valueOf(amountOre).multiply(share).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public long agree(long grantId, RepaymentAgreement.@Nullable LossCover lossCover, List<PartyTerms> parties) {
        GrantView grant = grants.view(grantId);
        if (grant.fundEconomicModel() != FundLedger.EconomicModel.REPAYMENT) {
            throw new DomainException("fund.error.notRepaymentFund");
        }
        if (lossCover == null) {
            throw DomainException.onField("lossCover", "fund.error.lossCoverRequired");
        }
        if (parties == null || parties.isEmpty()) {
            throw DomainException.onField("parties", "fund.error.partiesRequired");
        }
        for (PartyTerms party : parties) {
            if (party.share() == null || party.share().signum() <= 0 || party.share().compareTo(BigDecimal.ONE) > 0) {
                throw DomainException.onField("share", "fund.error.shareRange");
            }
            if (party.expectedSavings() == null || party.expectedSavings().isEmpty()
                    || party.expectedSavings().values().stream().anyMatch(v -> v == null || v < 0)) {
                throw DomainException.onField("expectedSavings", "fund.error.savingsRequired");
            }
            if (!organisations.exists(party.organisationId())) {
                throw DomainException.onField("organisationId", "fund.error.unknownOrganisation");
            }
        }
        if (parties.stream().map(PartyTerms::organisationId).distinct().count() != parties.size()) {
            throw DomainException.onField("organisationId", "fund.error.partyTwice");
        }
        journal.lockFund(grant.fundId());
        if (jdbc.sql("select count(*) from repayment_agreement where grant_id = :g")
            .param("g", grantId)
            .query(Integer.class)
            .single() > 0) {
            throw new DomainException("fund.error.agreementExists");
        }
        long id = jdbc.sql(
                "insert into repayment_agreement (grant_id, loss_cover, recorded_by) values (:g, :cover, :by) returning id")
            .param("g", grantId)
            .param("cover", lossCover.name())
            .param("by", Actor.name())
            .query(Long.class)
            .single();
        for (PartyTerms party : parties) {
            jdbc.sql("insert into repayment_party (agreement_id, organisation_id, share) values (:a, :o, :s)")
                .param("a", id)
                .param("o", party.organisationId())
                .param("s", party.share())
                .update();
            party.expectedSavings()
                .forEach((year, amount) -> jdbc
                    .sql("""
                            insert into expected_saving (agreement_id, organisation_id, fiscal_year, amount_ore) values (:a, :o, :y, :amount)""")
                    .param("a", id)
                    .param("o", party.organisationId())
                    .param("y", year)
                    .param("amount", amount)
                    .update());
        }
        audit.record("fund.repaymentAgreed", "grant", grantId, parties.size() + " parties, loss cover " + lossCover);
        return id;
    }

    /**
     * Creates the claims of a fiscal year from every agreement of the fund; claims that
     * exist are left alone.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public int generateClaims(long fundId, int fiscalYear) {
        journal.lockFund(fundId);
        int created = 0;
        for (RepaymentAgreement agreement : forFund(fundId)) {
            for (RepaymentAgreement.Party party : agreement.parties()) {
                long amount = party.expectedRepayment(fiscalYear);
                if (amount > 0) {
                    created += jdbc
                        .sql("""
                                insert into repayment_claim (agreement_id, organisation_id, fiscal_year, amount_ore, status)
                                values (:a, :o, :y, :amount, 'CLAIMED') on conflict (agreement_id, organisation_id, fiscal_year) do nothing""")
                        .param("a", agreement.id())
                        .param("o", party.organisationId())
                        .param("y", fiscalYear)
                        .param("amount", amount)
                        .update();
                }
            }
        }
        audit.record("fund.repaymentClaims", "fund", fundId, fiscalYear + ": " + created + " claims");
        return created;
    }

    /**
     * The board's budget frame was reduced by the claim: the money is back in the fund
     * for that year.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public long recordRepayment(long claimId, long expectedVersion) {
        ClaimRow claim = claim(claimId);
        journal.lockFund(claim.fundId());
        requireOpenClaim(claim, expectedVersion);
        long tx = journal.post(claim.fundId(), TransactionKind.REPAYMENT, claim.fiscalYear(), claim.grantId(), null,
                "Återföring " + claim.fiscalYear() + " från " + claim.organisationName() + " för "
                        + claim.grantReference(),
                null, List.of(new Journal.Entry(Account.AVAILABLE, claim.fiscalYear(), null, claim.amountOre()),
                        new Journal.Entry(Account.REPAID, claim.fiscalYear(), claim.grantId(), -claim.amountOre())));
        settle(claimId, "REPAID", tx);
        return tx;
    }

    /**
     * The saving did not come. Under central loss cover the central budget refills the
     * fund; otherwise the claim moves to the board that owns the investment.
     */
    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public void writeOff(long claimId, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "fund.error.reasonRequired");
        }
        ClaimRow claim = claim(claimId);
        journal.lockFund(claim.fundId());
        requireOpenClaim(claim, expectedVersion);
        if ("CENTRAL".equals(claim.lossCover())) {
            long tx = journal
                .post(claim.fundId(), TransactionKind.LOSS_COVER, claim.fiscalYear(), claim.grantId(), null,
                        "Förlust täckt centralt: "
                                + claim.grantReference() + ", " + claim.organisationName() + ": " + reason.strip(),
                        null,
                        List.of(new Journal.Entry(Account.AVAILABLE, claim.fiscalYear(), null, claim.amountOre()),
                                new Journal.Entry(Account.LOSS_COVERED, claim.fiscalYear(), claim.grantId(),
                                        -claim.amountOre())));
            settle(claimId, "LOSS_COVERED", tx);
        }
        else {
            if (claim.organisationId() == claim.ownerId()) {
                throw new DomainException("fund.error.ownerCannotPassOn");
            }
            int moved = jdbc
                .sql("""
                        insert into repayment_claim (agreement_id, organisation_id, fiscal_year, amount_ore, status)
                        values (:a, :o, :y, :amount, 'CLAIMED') on conflict (agreement_id, organisation_id, fiscal_year)
                        do update set amount_ore = repayment_claim.amount_ore + excluded.amount_ore, version = repayment_claim.version + 1
                        where repayment_claim.status = 'CLAIMED'""")
                .param("a", claim.agreementId())
                .param("o", claim.ownerId())
                .param("y", claim.fiscalYear())
                .param("amount", claim.amountOre())
                .update();
            if (moved == 0) {
                throw new DomainException("fund.error.ownerClaimSettled");
            }
            settle(claimId, "MOVED_TO_OWNER", null);
        }
        audit.record("fund.repaymentWrittenOff", "grant", claim.grantId(), "claim " + claimId + ": " + reason.strip());
    }

    /** The repayment agreement of a grant, if one has been made. */
    public java.util.Optional<RepaymentAgreement> forGrant(long grantId) {
        return load("a.grant_id = :key", grantId).stream().findFirst();
    }

    /**
     * Revises the savings the parties are expected to make, e.g. from a re-run
     * calculation with measured effects. Only fiscal years without a claim yet change:
     * what has been claimed stays as it was agreed.
     * @return the fiscal years whose expectation changed
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'BOARD')")
    public List<Integer> reviseExpectedSavings(long grantId, Map<Long, Map<Integer, Long>> savingsByOrganisation,
            String reason) {
        RepaymentAgreement agreement = forGrant(grantId)
            .orElseThrow(() -> new DomainException("fund.error.noAgreement"));
        journal.lockFund(agreement.fundId());
        java.util.TreeSet<Integer> changed = new java.util.TreeSet<>();
        for (RepaymentAgreement.Party party : agreement.parties()) {
            Map<Integer, Long> revised = savingsByOrganisation.get(party.organisationId());
            if (revised == null) {
                continue;
            }
            for (Map.Entry<Integer, Long> e : revised.entrySet()) {
                int year = e.getKey();
                long amount = Math.max(0, e.getValue());
                boolean claimed = agreement.claims()
                    .stream()
                    .anyMatch(c -> c.organisationId() == party.organisationId() && c.fiscalYear() == year);
                if (claimed || java.util.Objects.equals(party.expectedSavings().get(year), amount)) {
                    continue;
                }
                jdbc.sql(
                        """
                                insert into expected_saving (agreement_id, organisation_id, fiscal_year, amount_ore) values (:a, :o, :y, :amount)
                                on conflict (agreement_id, organisation_id, fiscal_year) do update set amount_ore = excluded.amount_ore""")
                    .param("a", agreement.id())
                    .param("o", party.organisationId())
                    .param("y", year)
                    .param("amount", amount)
                    .update();
                changed.add(year);
            }
        }
        if (!changed.isEmpty()) {
            audit.record("fund.expectedSavingsRevised", "grant", grantId,
                    "years " + changed + ": " + (reason == null ? "" : reason.strip()));
        }
        return List.copyOf(changed);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<RepaymentAgreement> agreements(long fundId) {
        return forFund(fundId);
    }

    /**
     * Expected refill (the parties' shares of the expected savings) against what came
     * back, per fiscal year.
     */
    public record Refill(int fiscalYear, long expectedOre, long claimedOre, long repaidOre, long lossCoveredOre) {
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<Refill> refill(long fundId) {
        List<RepaymentAgreement> agreements = forFund(fundId);
        TreeSet<Integer> years = new TreeSet<>();
        agreements.forEach(a -> a.parties().forEach(p -> years.addAll(p.expectedSavings().keySet())));
        agreements.forEach(a -> a.claims().forEach(c -> years.add(c.fiscalYear())));
        List<Refill> refill = new ArrayList<>();
        for (int year : years) {
            long expected = agreements.stream()
                .flatMap(a -> a.parties().stream())
                .mapToLong(p -> p.expectedRepayment(year))
                .sum();
            long claimed = 0;
            for (RepaymentAgreement a : agreements) {
                for (RepaymentAgreement.Claim c : a.claims()) {
                    if (c.fiscalYear() == year && !"MOVED_TO_OWNER".equals(c.status())) {
                        claimed += c.amountOre();
                    }
                }
            }
            long repaid = -journal.balance(fundId, Account.REPAID, year);
            long covered = -journal.balance(fundId, Account.LOSS_COVERED, year);
            refill.add(new Refill(year, expected, claimed, repaid, covered));
        }
        return refill;
    }

    private List<RepaymentAgreement> forFund(long fundId) {
        return load("g.fund_id = :key", fundId);
    }

    /**
     * The agreements matching {@code where} (on {@code a} the agreement, {@code g} its
     * grant), parties and claims included.
     */
    private List<RepaymentAgreement> load(String where, long key) {
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
        Map<Long, String> names = organisationNames(organisationIds);
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

    record ClaimRow(long id, long agreementId, long organisationId, String organisationName, int fiscalYear,
            long amountOre, String status, long version, long grantId, String grantReference, long fundId,
            String lossCover, long ownerId) {
    }

    private ClaimRow claim(long claimId) {
        ClaimRow row = jdbc.sql("""
                select c.id, c.agreement_id, c.organisation_id, null as organisation_name, c.fiscal_year, c.amount_ore,
                       c.status, c.version, g.id as grant_id, g.reference as grant_reference, g.fund_id, a.loss_cover,
                       g.recipient_organisation_id as owner_id
                from repayment_claim c join repayment_agreement a on a.id = c.agreement_id
                join fund_grant g on g.id = a.grant_id where c.id = :id""")
            .param("id", claimId)
            .query(ClaimRow.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("claim", claimId));
        return new ClaimRow(row.id(), row.agreementId(), row.organisationId(),
                organisationNames(List.of(row.organisationId())).getOrDefault(row.organisationId(), "–"),
                row.fiscalYear(), row.amountOre(), row.status(), row.version(), row.grantId(), row.grantReference(),
                row.fundId(), row.lossCover(), row.ownerId());
    }

    private Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        organisations.byIds(ids).forEach((id, organisation) -> names.put(id, organisation.name()));
        return names;
    }

    private void requireOpenClaim(ClaimRow claim, long expectedVersion) {
        ClaimRow current = claim(claim.id());
        if (current.version() != expectedVersion) {
            throw new ConcurrentEditException("claim", claim.id());
        }
        if (!"CLAIMED".equals(current.status())) {
            throw new DomainException("fund.error.claimSettled");
        }
        if (journal.isClosed(claim.fundId(), claim.fiscalYear())) {
            throw new DomainException("fund.error.yearClosed", String.valueOf(claim.fiscalYear()));
        }
    }

    private void settle(long claimId, String status, @Nullable Long transactionId) {
        jdbc.sql("""
                update repayment_claim set status = :status, transaction_id = :tx, settled_by = :by, settled_at = now(),
                    version = version + 1 where id = :id""")
            .param("status", status)
            .param("tx", transactionId)
            .param("by", Actor.name())
            .param("id", claimId)
            .update();
    }

}
