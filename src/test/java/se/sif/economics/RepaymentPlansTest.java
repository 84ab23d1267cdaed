package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.function.Supplier;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.fund.RepaymentAgreement;
import se.sif.fund.Repayments;

/**
 * Feeding the fund: a calculation's expected cashable savings per board and year propose
 * the repayment plan, and a later version revises the years not yet claimed.
 */
@SifIntegrationTest
class RepaymentPlansTest {

    static final int YEAR = se.sif.TestClock.YEAR;
    static final long OREBRO_REPAYMENT_FUND = 2;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RepaymentPlans plans;

    @Autowired
    Repayments repayments;

    /**
     * The board secretary, signed in for a service call (MockMvc's requests clear the
     * test's own context).
     */
    static <T> T asBoard(Supplier<T> call) {
        return se.sif.DemoUsers.as("board", call, "BOARD", "OFFICER");
    }

    long organisation(String name) {
        return jdbc.sql("select id from organisation where name = :n").param("n", name).query(Long.class).single();
    }

    /**
     * Ten people with the effect for three years from year 1: 50 000 kr each to social
     * services, 20 000 kr (half cashable) to school.
     */
    String calculation(long social, long school, double impact) {
        return """
                {"name": "Återföring", "startYear": %d, "horizonYears": 5, "priceBaseYear": %d, "interventionYears": 1,
                 "perspective": "SOCIETY", "optimismBiasVersion": "none",
                 "actors": [{"id": "fund", "name": "Fonden", "kind": "MUNICIPALITY_BOARD"},
                            {"id": "social", "name": "Socialnämnden", "kind": "MUNICIPALITY_BOARD", "organisationId": %d},
                            {"id": "school", "name": "Grundskolenämnden", "kind": "MUNICIPALITY_BOARD", "organisationId": %d},
                            {"id": "state", "name": "Staten", "kind": "STATE"}],
                 "costs": [{"actorId": "fund", "year": 0, "amountOre": 100000000, "type": "CASH_FROM_FUND"}],
                 "outcomes": [{"name": "Barn i förskola", "population": 10, "engagement": 1, "impact": %s, "lagYears": 1,
                   "durationYears": 3, "valueStreams": [
                     {"actorId": "social", "unitValueOre": 5000000, "kind": "FISCAL", "cashableShare": 1},
                     {"actorId": "school", "unitValueOre": 2000000, "kind": "FISCAL", "cashableShare": 0.5},
                     {"actorId": "state", "unitValueOre": 9900000, "kind": "FISCAL", "cashableShare": 1}]}]}"""
            .formatted(YEAR, YEAR, social, school, impact);
    }

    @Test
    void theExpectedCashableSavingsProposeThePlanAndALaterVersionRevisesTheUnclaimedYears() {
        long application = scenario.submitted(scenario.openCall(OREBRO_REPAYMENT_FUND, "Återföringsprövning"),
                100_000_000L);
        scenario.toPanel(application);
        assertThat(scenario.grant(application, 100_000_000L).status()).isEqualTo(201);
        long social = organisation("Socialnämnden, Örebro kommun");
        long school = organisation("Grundskolenämnden, Örebro kommun");

        // the scenario's forecast is version 1; the officer's revision with the parties'
        // savings is version 2
        Api.Response saved = api.post("officer", "/api/v1/applications/" + application + "/calculation",
                "{\"expectedVersion\": 1, \"document\": " + calculation(social, school, 1.0) + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);

        RepaymentPlans.Plan plan = asBoard(() -> plans.propose(application, 2));
        assertThat(plan.repaymentFund()).isTrue();
        assertThat(plan.parties()).as("the state is not an organisation of the register, so it is no party").hasSize(2);
        RepaymentPlans.ProposedParty socialParty = plan.parties()
            .stream()
            .filter(p -> p.organisationId() == social)
            .findFirst()
            .orElseThrow();
        assertThat(socialParty.expectedSavings()).hasSize(3)
            .containsEntry(YEAR + 1, 500_000_00L)
            .containsEntry(YEAR + 2, 500_000_00L)
            .containsEntry(YEAR + 3, 500_000_00L);
        RepaymentPlans.ProposedParty schoolParty = plan.parties()
            .stream()
            .filter(p -> p.organisationId() == school)
            .findFirst()
            .orElseThrow();
        assertThat(schoolParty.expectedSavings()).as("only the cashable half of the school's saving")
            .containsEntry(YEAR + 1, 100_000_00L);
        assertThat(plan.share()).as("1 000 000 kr granted over 1 800 000 kr of cashable savings, rounded up")
            .isEqualByComparingTo(new BigDecimal("0.5556"));

        asBoard(() -> plans.agree(application, 2, RepaymentAgreement.LossCover.CENTRAL, null));
        RepaymentAgreement agreement = asBoard(() -> repayments.forGrant(plan.grant().id()).orElseThrow());
        assertThat(agreement.parties()).extracting(RepaymentAgreement.Party::share)
            .allSatisfy(share -> assertThat(share).isEqualByComparingTo("0.5556"));
        assertThat(agreement.parties().stream().mapToLong(p -> p.expectedRepayment(YEAR + 1)).sum())
            .as("55.56 % of 600 000 kr")
            .isEqualTo(333_360_00L);

        // Year 1 is claimed; then a revision halves the effect.
        asBoard(() -> repayments.generateClaims(OREBRO_REPAYMENT_FUND, YEAR + 1));
        Api.Response revised = api.post("officer", "/api/v1/applications/" + application + "/calculation",
                "{\"expectedVersion\": 2, \"document\": " + calculation(social, school, 0.5) + "}");
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        assertThat(asBoard(() -> plans.revise(application, 3))).containsExactly(YEAR + 2, YEAR + 3);

        RepaymentAgreement after = asBoard(() -> repayments.forGrant(plan.grant().id()).orElseThrow());
        RepaymentAgreement.Party socialAfter = after.parties()
            .stream()
            .filter(p -> p.organisationId() == social)
            .findFirst()
            .orElseThrow();
        assertThat(socialAfter.expectedSavings())
            .as("the claimed year stays as agreed, later years follow the revision")
            .containsEntry(YEAR + 1, 500_000_00L)
            .containsEntry(YEAR + 2, 250_000_00L)
            .containsEntry(YEAR + 3, 250_000_00L);
        assertThat(jdbc
            .sql("select count(*) from audit_event where action = 'fund.expectedSavingsRevised' and subject_id = :g")
            .param("g", plan.grant().id())
            .query(Long.class)
            .single()).isEqualTo(1);
    }

}
