package se.sif.economics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.economics.CalculationDocument.ActorEntry;
import se.sif.economics.calculation.CalculationResult;
import se.sif.fund.GrantView;
import se.sif.fund.Grants;
import se.sif.fund.RepaymentAgreement;
import se.sif.fund.Repayments;
import se.sif.organisation.Organisations;
import se.sif.shared.DomainException;

/**
 * Feeds the repayment model from the calculation: the cashable fiscal savings the
 * calculation expects per organisation and calendar year propose the repayment plan of
 * the grant, and a later version (a revision, or a realised version with measured
 * effects) updates the expected savings of the years not yet claimed. Only actors linked
 * to an organisation of the register can be parties; the proposed share is the part of
 * their savings that repays the grant (capped at all of it).
 */
@Service
public class RepaymentPlans {

    /** One organisation's expected cashable savings per fiscal year, in öre. */
    public record ProposedParty(long organisationId, String organisationName, Map<Integer, Long> expectedSavings) {

        public long total() {
            return expectedSavings.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * @param grant the grant made on the application, or null before a decision
     * @param agreement the agreement already made, or null
     * @param share proposed share of the savings repaid: the grant over the savings, at
     * most 1; null when nothing is saved
     */
    public record Plan(int version, @Nullable GrantView grant, @Nullable RepaymentAgreement agreement,
            List<ProposedParty> parties, @Nullable BigDecimal share, List<Integer> years) {

        public long totalSavings() {
            return parties.stream().mapToLong(ProposedParty::total).sum();
        }

        public boolean repaymentFund() {
            return grant != null && grant.fundEconomicModel() == se.sif.fund.FundLedger.EconomicModel.REPAYMENT;
        }
    }

    private final Calculations calculations;

    private final Grants grants;

    private final Repayments repayments;

    private final Organisations organisations;

    RepaymentPlans(Calculations calculations, Grants grants, Repayments repayments, Organisations organisations) {
        this.calculations = calculations;
        this.grants = grants;
        this.repayments = repayments;
        this.organisations = organisations;
    }

    public Plan propose(long applicationId, int version) {
        Calculations.CalculationVersion v = calculations.version(applicationId, version);
        CalculationResult result = calculations.compute(v.document());
        int startYear = v.document().startYear() == null ? result.calculation().priceBaseYear()
                : v.document().startYear();
        Map<Long, Map<Integer, Long>> byOrganisation = new LinkedHashMap<>();
        for (ActorEntry actor : v.document().actors()) {
            if (actor.organisationId() == null) {
                continue;
            }
            List<Long> perYear = result.cashableFiscalByYear(actor.id());
            Map<Integer, Long> savings = byOrganisation.computeIfAbsent(actor.organisationId(), id -> new TreeMap<>());
            for (int t = 0; t < perYear.size(); t++) {
                if (perYear.get(t) > 0) {
                    savings.merge(startYear + t, perYear.get(t), Long::sum);
                }
            }
        }
        List<ProposedParty> parties = new ArrayList<>();
        TreeMap<Integer, Boolean> years = new TreeMap<>();
        byOrganisation.forEach((id, savings) -> {
            if (!savings.isEmpty()) {
                parties.add(new ProposedParty(id, organisations.get(id).name(), savings));
                savings.keySet().forEach(y -> years.put(y, true));
            }
        });
        GrantView grant = grants.forApplication(applicationId).orElse(null);
        RepaymentAgreement agreement = grant == null ? null : repayments.forGrant(grant.id()).orElse(null);
        long total = parties.stream().mapToLong(ProposedParty::total).sum();
        BigDecimal share = null;
        if (total > 0) {
            long toRepay = grant == null ? total : grant.committedOre() + grant.disbursedOre();
            share = BigDecimal.valueOf(toRepay)
                .divide(BigDecimal.valueOf(total), 4, RoundingMode.CEILING)
                .min(BigDecimal.ONE);
            if (share.signum() == 0) {
                share = null;
            }
        }
        return new Plan(version, grant, agreement, parties, share, List.copyOf(years.keySet()));
    }

    /** The board agrees the repayment plan the calculation proposes. */
    @Transactional
    public long agree(long applicationId, int version, RepaymentAgreement.@Nullable LossCover lossCover,
            @Nullable BigDecimal share) {
        Plan plan = propose(applicationId, version);
        if (!plan.repaymentFund()) {
            throw new DomainException("fund.error.notRepaymentFund");
        }
        if (plan.parties().isEmpty()) {
            throw new DomainException("economics.repayment.noSavings");
        }
        BigDecimal agreed = share == null ? plan.share() : share;
        List<Repayments.PartyTerms> terms = new ArrayList<>();
        for (ProposedParty p : plan.parties()) {
            terms.add(new Repayments.PartyTerms(p.organisationId(), agreed, p.expectedSavings()));
        }
        return repayments.agree(plan.grant().id(), lossCover, terms);
    }

    /**
     * A later version of the calculation updates the expected savings of the years not
     * yet claimed.
     */
    @Transactional
    public List<Integer> revise(long applicationId, int version) {
        Plan plan = propose(applicationId, version);
        if (plan.agreement() == null) {
            throw new DomainException("fund.error.noAgreement");
        }
        Map<Long, Map<Integer, Long>> savings = new LinkedHashMap<>();
        for (RepaymentAgreement.Party party : plan.agreement().parties()) {
            Map<Integer, Long> revised = new TreeMap<>();
            // Years the agreement expected but the new version does not: the saving is
            // now expected to be 0.
            party.expectedSavings().keySet().forEach(y -> revised.put(y, 0L));
            plan.parties()
                .stream()
                .filter(p -> p.organisationId() == party.organisationId())
                .findFirst()
                .ifPresent(p -> revised.putAll(p.expectedSavings()));
            savings.put(party.organisationId(), revised);
        }
        Calculations.CalculationVersion v = calculations.version(applicationId, version);
        return repayments.reviseExpectedSavings(plan.grant().id(), savings,
                "calculation version " + version + " (" + v.purpose() + ")");
    }

}
