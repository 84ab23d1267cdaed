package se.sif.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;

/**
 * Pay-for-success through the API: verified outcomes are paid at the agreed price, within
 * the caps.
 */
@SifIntegrationTest
class PayForSuccessTest {

    static final long PAY_FOR_SUCCESS_FUND = 3;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Test
    void theDemoContractShowsPaymentsCostPerOutcomeAndTheInvestorsReturn() {
        Api.Response contract = api.get("officer", "/api/v1/investments/901/outcomes-contract");
        assertThat(contract.status()).isEqualTo(200);
        assertThat(((Number) contract.json("$.paidOre")).longValue()).isEqualTo(450_000_00L);
        assertThat(((Number) contract.json("$.measures[0].costPerOutcomeOre")).longValue())
            .as("15 000 kr per verified person")
            .isEqualTo(15_000_00L);
        assertThat((Object) contract.json("$.investorReturnPercent")).as("money has gone both ways").isNotNull();
    }

    @Test
    void verifiedOutcomesArePaidAtThePriceWithinTheCaps() {
        long applicationId = scenario.submitted(scenario.openCall(PAY_FOR_SUCCESS_FUND, "Utfallskontrakt test"),
                1_000_000_00L);
        scenario.toPanel(applicationId);
        assertThat(scenario.grant(applicationId, 1_000_000_00L).status()).isEqualTo(201);
        long investment = jdbc.sql("select id from investment where application_id = :a")
            .param("a", applicationId)
            .query(Long.class)
            .single();
        Api.Response withIndicator = api.post("officer", "/api/v1/investments/" + investment + "/indicators",
                """
                        {"name": "Unga som fullföljt ett gymnasieår", "unit": "person", "baseline": 0, "baselinePeriod": "2026", "target": 40}""");
        long indicator = ((Number) withIndicator.json("$.indicators[0].id")).longValue();

        Api.Response tooLarge = api.post("board", "/api/v1/investments/" + investment + "/outcomes-contract",
                """
                        {"investorOrganisationId": 106, "totalCapOre": 100000000001, "measures": [{"indicatorId": %d, "pricePerUnitOre": 1000000, "periodCapOre": 30000000}]}"""
                    .formatted(indicator));
        assertThat(tooLarge.status()).as("the cap cannot exceed the grant").isEqualTo(422);
        Api.Response created = api.post("board", "/api/v1/investments/" + investment + "/outcomes-contract",
                """
                        {"investorOrganisationId": 106, "totalCapOre": 50000000, "measures": [{"indicatorId": %d, "pricePerUnitOre": 1000000, "periodCapOre": 30000000}]}"""
                    .formatted(indicator));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long measure = ((Number) created.json("$.measures[0].id")).longValue();
        String today = se.sif.TestClock.TODAY.toString();

        long first = ((Number) api.post("officer", "/api/v1/outcome-measures/" + measure + "/verifications",
                "{\"period\": \"2026 HT\", \"units\": 40, \"evidence\": \"Skolans register\", \"verifiedOn\": \"%s\"}"
                    .formatted(today))
            .json("$.id")).longValue();
        assertThat(api
            .post("officer", "/api/v1/outcome-measures/" + measure + "/verifications",
                    "{\"period\": \"2026 HT\", \"units\": 5, \"evidence\": \"Igen\", \"verifiedOn\": \"%s\"}"
                        .formatted(today))
            .status()).as("a period is verified once").isEqualTo(422);
        Api.Response paid = api.post("officer", "/api/v1/outcome-verifications/" + first + "/payment", "{}");
        assertThat(((Number) paid.json("$.amountOre")).longValue())
            .as("40 × 10 000 kr, capped at 300 000 kr per period")
            .isEqualTo(300_000_00L);
        assertThat(api.post("officer", "/api/v1/outcome-verifications/" + first + "/payment", "{}").status())
            .isEqualTo(422);

        long second = ((Number) api.post("officer", "/api/v1/outcome-measures/" + measure + "/verifications",
                "{\"period\": \"2027 VT\", \"units\": 25, \"evidence\": \"Skolans register\", \"verifiedOn\": \"%s\"}"
                    .formatted(today))
            .json("$.id")).longValue();
        Api.Response rest = api.post("officer", "/api/v1/outcome-verifications/" + second + "/payment", "{}");
        assertThat(((Number) rest.json("$.amountOre")).longValue()).as("only what is left of the 500 000 kr cap")
            .isEqualTo(200_000_00L);

        long grant = jdbc.sql("select id from fund_grant where application_id = :a")
            .param("a", applicationId)
            .query(Long.class)
            .single();
        Api.Response grantView = api.get("officer", "/api/v1/grants/" + grant);
        assertThat(((Number) grantView.json("$.disbursedOre")).longValue()).isEqualTo(500_000_00L);
        assertThat(((Number) grantView.json("$.committedOre")).longValue()).isEqualTo(500_000_00L);
        assertThat(jdbc.sql("select count(*) from ledger_transaction where grant_id = :g and kind = 'OUTCOME_PAYMENT'")
            .param("g", grant)
            .query(Long.class)
            .single()).isEqualTo(2);
    }

}
