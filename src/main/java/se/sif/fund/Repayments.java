package se.sif.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.organisation.Organisations;
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

    private final RepaymentRepository repository;

    private final Journal journal;

    private final AuditTrail audit;

    private final Grants grants;

    private final Organisations organisations;

    private final OrganisationNames names;

    Repayments(RepaymentRepository repository, Journal journal, AuditTrail audit, Grants grants,
            Organisations organisations) {
        this.repository = repository;
        this.journal = journal;
        this.audit = audit;
        this.grants = grants;
        this.organisations = organisations;
        this.names = OrganisationNames.of(organisations);
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
        for (int i = 0; i < parties.size(); i++) {
            PartyTerms party = parties.get(i);
            String row = "parties[" + i + "].";
            if (party.share() == null || party.share().signum() <= 0 || party.share().compareTo(BigDecimal.ONE) > 0) {
                throw DomainException.onField(row + "share", "fund.error.shareRange");
            }
            if (party.expectedSavings() == null || party.expectedSavings().isEmpty()
                    || party.expectedSavings().values().stream().anyMatch(v -> v == null || v < 0)) {
                throw DomainException.onField(row + "expectedSavings", "fund.error.savingsRequired");
            }
            if (!organisations.exists(party.organisationId())) {
                throw DomainException.onField(row + "organisationId", "fund.error.unknownOrganisation");
            }
            for (int earlier = 0; earlier < i; earlier++) {
                if (parties.get(earlier).organisationId() == party.organisationId()) {
                    throw DomainException.onField(row + "organisationId", "fund.error.partyTwice");
                }
            }
        }
        journal.lockFund(grant.fundId());
        if (repository.agreementExists(grantId)) {
            throw new DomainException("fund.error.agreementExists");
        }
        long id = repository.addAgreement(grantId, lossCover, Actor.name());
        for (PartyTerms party : parties) {
            repository.addParty(id, party.organisationId(), Objects.requireNonNull(party.share()));
            party.expectedSavings()
                .forEach((year, amount) -> repository.expectSaving(id, party.organisationId(), year, amount));
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
                    created += repository.makeClaim(agreement.id(), party.organisationId(), fiscalYear, amount);
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
        RepaymentRepository.Claim claim = claim(claimId);
        journal.lockFund(claim.fundId());
        requireOpenClaim(claim, expectedVersion);
        long tx = journal.post(claim.fundId(), TransactionKind.REPAYMENT, claim.fiscalYear(), claim.grantId(), null,
                "Återföring " + claim.fiscalYear() + " från " + nameOf(claim) + " för " + claim.grantReference(), null,
                List.of(new Journal.Entry(Account.AVAILABLE, claim.fiscalYear(), null, claim.amountOre()),
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
    public void writeOff(long claimId, long expectedVersion, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "fund.error.reasonRequired");
        }
        RepaymentRepository.Claim claim = claim(claimId);
        journal.lockFund(claim.fundId());
        requireOpenClaim(claim, expectedVersion);
        if ("CENTRAL".equals(claim.lossCover())) {
            long tx = journal.post(claim.fundId(), TransactionKind.LOSS_COVER, claim.fiscalYear(), claim.grantId(),
                    null,
                    "Förlust täckt centralt: " + claim.grantReference() + ", " + nameOf(claim) + ": " + reason.strip(),
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
            if (repository.addToOwnersClaim(claim.agreementId(), claim.ownerId(), claim.fiscalYear(),
                    claim.amountOre()) == 0) {
                throw new DomainException("fund.error.ownerClaimSettled");
            }
            settle(claimId, "MOVED_TO_OWNER", null);
        }
        audit.record("fund.repaymentWrittenOff", "grant", claim.grantId(), "claim " + claimId + ": " + reason.strip());
    }

    /** The repayment agreement of a grant, if one has been made. */
    public Optional<RepaymentAgreement> forGrant(long grantId) {
        return repository.ofGrant(grantId, names);
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
            @Nullable String reason) {
        RepaymentAgreement agreement = forGrant(grantId)
            .orElseThrow(() -> new DomainException("fund.error.noAgreement"));
        journal.lockFund(agreement.fundId());
        TreeSet<Integer> changed = new TreeSet<>();
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
                if (claimed || Objects.equals(party.expectedSavings().get(year), amount)) {
                    continue;
                }
                repository.reviseSaving(agreement.id(), party.organisationId(), year, amount);
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
        return repository.ofFund(fundId, names);
    }

    private RepaymentRepository.Claim claim(long claimId) {
        return repository.claim(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
    }

    private String nameOf(RepaymentRepository.Claim claim) {
        return organisations.find(claim.organisationId()).map(o -> o.name()).orElse("–");
    }

    private void requireOpenClaim(RepaymentRepository.Claim claim, long expectedVersion) {
        RepaymentRepository.Claim current = claim(claim.id());
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
        repository.settle(claimId, status, transactionId, Actor.name());
    }

}
