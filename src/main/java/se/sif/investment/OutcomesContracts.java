package se.sif.investment;

import java.time.Clock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.fund.FundLedger;
import se.sif.fund.GrantView;
import se.sif.shared.Actor;
import se.sif.shared.Stockholm;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * Pay-for-success: the board prices outcome units of the investment's indicators;
 * outcomes are verified before anything is paid; a payment is the verified units times
 * the price, within the period cap and what is left of the total cap (the grant's
 * commitment), and is posted in the fund's ledger.
 */
@Service
@Transactional(readOnly = true)
public class OutcomesContracts {

    private final OutcomesContractRepository repository;

    private final Investments investments;

    private final FundLedger ledger;

    private final se.sif.fund.Grants grants;

    private final AuditTrail audit;

    private final Clock clock;

    private final se.sif.organisation.Organisations organisations;

    OutcomesContracts(OutcomesContractRepository repository, Investments investments, FundLedger ledger,
            se.sif.fund.Grants grants, AuditTrail audit, Clock clock, se.sif.organisation.Organisations organisations) {
        this.clock = clock;
        this.organisations = organisations;
        this.grants = grants;
        this.repository = repository;
        this.investments = investments;
        this.ledger = ledger;
        this.audit = audit;
    }

    public record MeasureTerms(long indicatorId, long pricePerUnitOre, long periodCapOre) {
    }

    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public long create(InvestmentId contracted, se.sif.organisation.OrganisationId investor, long totalCapOre,
            List<MeasureTerms> measures) {
        long investmentId = contracted.value();
        long investorOrganisationId = investor.value();
        InvestmentView investment = investments.get(investmentId);
        if (ledger.economicModel(investment.fundId()) != FundLedger.EconomicModel.PAY_FOR_SUCCESS) {
            throw new DomainException("investment.error.notPayForSuccess");
        }
        if (forInvestment(investmentId).isPresent()) {
            throw new DomainException("investment.error.contractExists");
        }
        GrantView grant = grants.forApplication(investment.applicationId())
            .orElseThrow(() -> new DomainException("investment.error.noGrant"));
        if (totalCapOre <= 0 || totalCapOre > grant.committedOre()) {
            throw DomainException.onField("totalCap", "investment.error.capBeyondGrant");
        }
        if (measures == null || measures.isEmpty()) {
            throw DomainException.onField("indicatorId", "investment.error.measureRequired");
        }
        for (MeasureTerms m : measures) {
            if (investment.indicators().stream().noneMatch(i -> i.id() == m.indicatorId())) {
                throw DomainException.onField("indicatorId", "investment.error.unknownIndicator");
            }
            if (m.pricePerUnitOre() <= 0 || m.periodCapOre() <= 0) {
                throw DomainException.onField("price", "investment.error.priceAndCap");
            }
        }
        long id = repository.add(investmentId, investorOrganisationId, totalCapOre, Actor.name());
        for (MeasureTerms m : measures) {
            repository.addMeasure(id, m);
        }
        audit.record("investment.outcomesContract", "investment", investmentId,
                "cap " + totalCapOre + ", " + measures.size() + " measures");
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void recordInvestorInvestment(long contractId, @Nullable LocalDate paidOn, long amountOre) {
        if (paidOn == null || amountOre <= 0) {
            throw DomainException.onField("amount", "investment.error.investmentAmount");
        }
        long investment = contract(contractId).investmentId();
        repository.addInvestorInvestment(contractId, paidOn, amountOre);
        audit.record("investment.investorInvested", "investment", investment, paidOn + ": " + amountOre);
    }

    /** Outcomes are verified before payment, once per measure and period. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public long verify(long measureId, @Nullable String period, @Nullable BigDecimal units, @Nullable String evidence,
            @Nullable LocalDate verifiedOn) {
        if (period == null || period.isBlank()) {
            throw DomainException.onField("period", "investment.error.periodRequired");
        }
        if (units == null || units.signum() < 0) {
            throw DomainException.onField("units", "investment.error.unitsRequired");
        }
        if (evidence == null || evidence.isBlank()) {
            throw DomainException.onField("evidence", "investment.error.evidenceRequired");
        }
        if (verifiedOn == null || verifiedOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.onField("verifiedOn", "investment.error.verifiedOn");
        }
        long investment = repository.investmentOfMeasure(measureId)
            .orElseThrow(() -> new NotFoundException("measure", measureId));
        long id = repository
            .addVerification(measureId, period.strip(), units, evidence.strip(), Actor.name(), verifiedOn)
            .orElseThrow(() -> DomainException.onField("period", "investment.error.periodVerified", period.strip()));
        audit.record("investment.outcomeVerified", "investment", investment,
                "measure " + measureId + " " + period + ": " + units);
        return id;
    }

    /**
     * Pays a verification: units × price, within the period cap and what is left of the
     * total cap.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public long pay(long verificationId) {
        OutcomesContractRepository.VerificationToPay v = repository.verificationToPay(verificationId)
            .orElseThrow(() -> new NotFoundException("verification", verificationId));
        if (v.paidOre() != null) {
            throw new DomainException("investment.error.alreadyPaid");
        }
        OutcomesContract contract = contract(v.contractId());
        long price = v.units()
            .multiply(BigDecimal.valueOf(v.pricePerUnitOre()))
            .setScale(0, RoundingMode.HALF_EVEN)
            .longValueExact();
        long amount = Math.min(Math.min(price, v.periodCapOre()), contract.remainingCapOre());
        if (amount <= 0) {
            throw new DomainException("investment.error.capReached");
        }
        InvestmentView investment = investments.get(v.investmentId());
        GrantView grant = grants.forApplication(investment.applicationId())
            .orElseThrow(() -> new DomainException("investment.error.noGrant"));
        long tx = ledger.payForOutcomes(grant.id(), amount,
                "Resultatbetalning " + v.period() + ": " + v.indicatorName());
        repository.paid(verificationId, amount, LocalDate.now(clock), tx);
        audit.record("investment.outcomePaid", "investment", v.investmentId(), v.period() + ": " + amount);
        return amount;
    }

    public Optional<OutcomesContract> forInvestment(long investmentId) {
        return repository.idForInvestment(investmentId).map(this::contract);
    }

    /**
     * A contract with the investor's name and return (XIRR over what was put in and paid
     * out).
     */
    private OutcomesContract contract(long contractId) {
        OutcomesContractRepository.Stored stored = repository.contract(contractId)
            .orElseThrow(() -> new NotFoundException("contract", contractId));
        List<InvestorReturn.Flow> flows = new ArrayList<>();
        stored.investments().forEach(i -> flows.add(new InvestorReturn.Flow(i.paidOn(), -i.amountOre())));
        stored.measures()
            .forEach(m -> m.verifications()
                .stream()
                .filter(v -> v.paidOre() != null)
                .forEach(v -> flows.add(new InvestorReturn.Flow(v.paidOn(), v.paidOre()))));
        var irr = InvestorReturn.irr(flows);
        BigDecimal percent = irr.isPresent()
                ? BigDecimal.valueOf(irr.getAsDouble() * 100).setScale(1, RoundingMode.HALF_EVEN) : null;
        String investorName = organisations.find(stored.investorOrganisationId()).map(o -> o.name()).orElse("–");
        return new OutcomesContract(stored.id(), stored.investmentId(), stored.investorOrganisationId(), investorName,
                stored.totalCapOre(), stored.measures(), stored.investments(), percent);
    }

}
