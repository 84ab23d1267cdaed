package se.sif.investment;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Outcomes contracts as stored: the contract, its priced measures, the verifications with
 * their payments, and what the investor put in ({@code outcomes_contract},
 * {@code outcome_measure}, {@code outcome_verification}, {@code investor_investment}).
 */
@Repository
class OutcomesContractRepository {

    /**
     * A contract as stored: what {@link OutcomesContract} shows before the investor's
     * name and return are added.
     */
    record Stored(long id, long investmentId, long investorOrganisationId, long totalCapOre,
            List<OutcomesContract.Measure> measures, List<OutcomesContract.Investment> investments) {
    }

    /**
     * A verification with what paying it needs of its measure, contract and indicator.
     */
    record VerificationToPay(long measureId, long contractId, String period, BigDecimal units, @Nullable Long paidOre,
            long pricePerUnitOre, long periodCapOre, long investmentId, String indicatorName) {
    }

    private final JdbcClient jdbc;

    OutcomesContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> idForInvestment(long investmentId) {
        return jdbc.sql("select id from outcomes_contract where investment_id = :i")
            .param("i", investmentId)
            .query(Long.class)
            .optional();
    }

    long add(long investmentId, long investorOrganisationId, long totalCapOre, String recordedBy) {
        return jdbc.sql("""
                insert into outcomes_contract (investment_id, investor_organisation_id, total_cap_ore, recorded_by)
                values (:inv, :investor, :cap, :by) returning id""")
            .param("inv", investmentId)
            .param("investor", investorOrganisationId)
            .param("cap", totalCapOre)
            .param("by", recordedBy)
            .query(Long.class)
            .single();
    }

    void addMeasure(long contractId, OutcomesContracts.MeasureTerms measure) {
        jdbc.sql(
                "insert into outcome_measure (contract_id, indicator_id, price_per_unit_ore, period_cap_ore) values (:c, :i, :p, :cap)")
            .param("c", contractId)
            .param("i", measure.indicatorId())
            .param("p", measure.pricePerUnitOre())
            .param("cap", measure.periodCapOre())
            .update();
    }

    void addInvestorInvestment(long contractId, LocalDate paidOn, long amountOre) {
        jdbc.sql("insert into investor_investment (contract_id, paid_on, amount_ore) values (:c, :d, :a)")
            .param("c", contractId)
            .param("d", Date.valueOf(paidOn))
            .param("a", amountOre)
            .update();
    }

    /** The investment whose contract a measure prices. */
    Optional<Long> investmentOfMeasure(long measureId) {
        return jdbc.sql(
                "select c.investment_id from outcome_measure m join outcomes_contract c on c.id = m.contract_id where m.id = :id")
            .param("id", measureId)
            .query(Long.class)
            .optional();
    }

    /**
     * Adds a verification, once per measure and period (the table's unique key).
     * @return its id, or empty when that period was verified already
     */
    Optional<Long> addVerification(long measureId, String period, BigDecimal units, String evidence, String verifiedBy,
            LocalDate verifiedOn) {
        try {
            return Optional.of(jdbc.sql("""
                    insert into outcome_verification (measure_id, period, units, evidence, verified_by, verified_on)
                    values (:m, :p, :u, :e, :by, :on) returning id""")
                .param("m", measureId)
                .param("p", period)
                .param("u", units)
                .param("e", evidence)
                .param("by", verifiedBy)
                .param("on", Date.valueOf(verifiedOn))
                .query(Long.class)
                .single());
        }
        catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    /**
     * A verification to pay, locked until the transaction ends so it is paid once.
     */
    Optional<VerificationToPay> verificationToPay(long verificationId) {
        return jdbc
            .sql("""
                    select v.measure_id, m.contract_id, v.period, v.units, v.paid_ore, m.price_per_unit_ore, m.period_cap_ore,
                           c.investment_id, i.name as indicator_name
                    from outcome_verification v join outcome_measure m on m.id = v.measure_id
                    join outcomes_contract c on c.id = m.contract_id join indicator i on i.id = m.indicator_id
                    where v.id = :id for update of v""")
            .param("id", verificationId)
            .query(VerificationToPay.class)
            .optional();
    }

    void paid(long verificationId, long amountOre, LocalDate paidOn, long ledgerTransactionId) {
        jdbc.sql("update outcome_verification set paid_ore = :a, paid_on = :d, ledger_transaction = :tx where id = :id")
            .param("a", amountOre)
            .param("d", Date.valueOf(paidOn))
            .param("tx", ledgerTransactionId)
            .param("id", verificationId)
            .update();
    }

    Optional<Stored> contract(long contractId) {
        record Head(long id, long investmentId, long investorOrganisationId, long totalCapOre) {
        }
        Optional<Head> found = jdbc
            .sql("""
                    select id, investment_id, investor_organisation_id, total_cap_ore from outcomes_contract where id = :id""")
            .param("id", contractId)
            .query(Head.class)
            .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Head head = found.get();
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
        return Optional.of(new Stored(head.id(), head.investmentId(), head.investorOrganisationId(), head.totalCapOre(),
                measures, invested));
    }

}
