package se.sif.investment;

import java.time.Clock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    private final Investments investments;

    private final FundLedger ledger;

    private final se.sif.fund.Grants grants;

    private final AuditTrail audit;

    private final Clock clock;

    private final se.sif.organisation.Organisations organisations;

    OutcomesContracts(JdbcClient jdbc, Investments investments, FundLedger ledger, se.sif.fund.Grants grants,
            AuditTrail audit, Clock clock, se.sif.organisation.Organisations organisations) {
        this.clock = clock;
        this.organisations = organisations;
        this.grants = grants;
        this.jdbc = jdbc;
        this.investments = investments;
        this.ledger = ledger;
        this.audit = audit;
    }

    public record MeasureTerms(long indicatorId, long pricePerUnitOre, long periodCapOre) {
    }

    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public long create(long investmentId, long investorOrganisationId, long totalCapOre, List<MeasureTerms> measures) {
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
        long id = jdbc.sql("""
                insert into outcomes_contract (investment_id, investor_organisation_id, total_cap_ore, recorded_by)
                values (:inv, :investor, :cap, :by) returning id""")
            .param("inv", investmentId)
            .param("investor", investorOrganisationId)
            .param("cap", totalCapOre)
            .param("by", Actor.name())
            .query(Long.class)
            .single();
        for (MeasureTerms m : measures) {
            jdbc.sql(
                    "insert into outcome_measure (contract_id, indicator_id, price_per_unit_ore, period_cap_ore) values (:c, :i, :p, :cap)")
                .param("c", id)
                .param("i", m.indicatorId())
                .param("p", m.pricePerUnitOre())
                .param("cap", m.periodCapOre())
                .update();
        }
        audit.record("investment.outcomesContract", "investment", investmentId,
                "cap " + totalCapOre + ", " + measures.size() + " measures");
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void recordInvestorInvestment(long contractId, LocalDate paidOn, long amountOre) {
        if (paidOn == null || amountOre <= 0) {
            throw DomainException.onField("amount", "investment.error.investmentAmount");
        }
        long investment = contract(contractId).investmentId();
        jdbc.sql("insert into investor_investment (contract_id, paid_on, amount_ore) values (:c, :d, :a)")
            .param("c", contractId)
            .param("d", Date.valueOf(paidOn))
            .param("a", amountOre)
            .update();
        audit.record("investment.investorInvested", "investment", investment, paidOn + ": " + amountOre);
    }

    /** Outcomes are verified before payment, once per measure and period. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public long verify(long measureId, String period, @Nullable BigDecimal units, String evidence,
            LocalDate verifiedOn) {
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
        long investment = measureContract(measureId);
        try {
            long id = jdbc.sql("""
                    insert into outcome_verification (measure_id, period, units, evidence, verified_by, verified_on)
                    values (:m, :p, :u, :e, :by, :on) returning id""")
                .param("m", measureId)
                .param("p", period.strip())
                .param("u", units)
                .param("e", evidence.strip())
                .param("by", Actor.name())
                .param("on", Date.valueOf(verifiedOn))
                .query(Long.class)
                .single();
            audit.record("investment.outcomeVerified", "investment", investment,
                    "measure " + measureId + " " + period + ": " + units);
            return id;
        }
        catch (DuplicateKeyException e) {
            throw DomainException.onField("period", "investment.error.periodVerified", period.strip());
        }
    }

    /**
     * Pays a verification: units × price, within the period cap and what is left of the
     * total cap.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public long pay(long verificationId) {
        record Row(long measureId, long contractId, String period, BigDecimal units, Long paidOre, long pricePerUnitOre,
                long periodCapOre, long investmentId, String indicatorName) {
        }
        Row v = jdbc
            .sql("""
                    select v.measure_id, m.contract_id, v.period, v.units, v.paid_ore, m.price_per_unit_ore, m.period_cap_ore,
                           c.investment_id, i.name as indicator_name
                    from outcome_verification v join outcome_measure m on m.id = v.measure_id
                    join outcomes_contract c on c.id = m.contract_id join indicator i on i.id = m.indicator_id
                    where v.id = :id for update of v""")
            .param("id", verificationId)
            .query(Row.class)
            .optional()
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
        jdbc.sql("update outcome_verification set paid_ore = :a, paid_on = :d, ledger_transaction = :tx where id = :id")
            .param("a", amount)
            .param("d", Date.valueOf(LocalDate.now(clock)))
            .param("tx", tx)
            .param("id", verificationId)
            .update();
        audit.record("investment.outcomePaid", "investment", v.investmentId(), v.period() + ": " + amount);
        return amount;
    }

    public Optional<OutcomesContract> forInvestment(long investmentId) {
        return jdbc.sql("select id from outcomes_contract where investment_id = :i")
            .param("i", investmentId)
            .query(Long.class)
            .optional()
            .map(this::contract);
    }

    private long measureContract(long measureId) {
        return jdbc.sql(
                "select c.investment_id from outcome_measure m join outcomes_contract c on c.id = m.contract_id where m.id = :id")
            .param("id", measureId)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("measure", measureId));
    }

    private OutcomesContract contract(long contractId) {
        record Head(long id, long investmentId, long investorOrganisationId, long totalCapOre) {
        }
        Head head = jdbc
            .sql("""
                    select id, investment_id, investor_organisation_id, total_cap_ore from outcomes_contract where id = :id""")
            .param("id", contractId)
            .query(Head.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("contract", contractId));
        record MeasureRow(long id, long indicatorId, String indicatorName, String unit, long pricePerUnitOre,
                long periodCapOre) {
        }
        List<OutcomesContract.Measure> measures = new ArrayList<>();
        for (MeasureRow m : jdbc
            .sql("""
                    select m.id, m.indicator_id, i.name as indicator_name, i.unit, m.price_per_unit_ore, m.period_cap_ore
                    from outcome_measure m join indicator i on i.id = m.indicator_id where m.contract_id = :c order by m.id""")
            .param("c", contractId)
            .query(MeasureRow.class)
            .list()) {
            measures.add(new OutcomesContract.Measure(m.id(), m.indicatorId(), m.indicatorName(), m.unit(),
                    m.pricePerUnitOre(), m.periodCapOre(),
                    jdbc.sql("""
                            select id, period, units, evidence, verified_by, verified_on, paid_ore, paid_on
                            from outcome_verification where measure_id = :m order by period""")
                        .param("m", m.id())
                        .query(OutcomesContract.Verification.class)
                        .list()));
        }
        List<OutcomesContract.Investment> invested = jdbc
            .sql("select paid_on, amount_ore from investor_investment where contract_id = :c order by paid_on")
            .param("c", contractId)
            .query(OutcomesContract.Investment.class)
            .list();
        List<InvestorReturn.Flow> flows = new ArrayList<>();
        invested.forEach(i -> flows.add(new InvestorReturn.Flow(i.paidOn(), -i.amountOre())));
        measures.forEach(m -> m.verifications()
            .stream()
            .filter(v -> v.paidOre() != null)
            .forEach(v -> flows.add(new InvestorReturn.Flow(v.paidOn(), v.paidOre()))));
        var irr = InvestorReturn.irr(flows);
        BigDecimal percent = irr.isPresent()
                ? BigDecimal.valueOf(irr.getAsDouble() * 100).setScale(1, RoundingMode.HALF_EVEN) : null;
        String investorName = organisations.find(head.investorOrganisationId()).map(o -> o.name()).orElse("–");
        return new OutcomesContract(head.id(), head.investmentId(), head.investorOrganisationId(), investorName,
                head.totalCapOre(), measures, invested, percent);
    }

}
