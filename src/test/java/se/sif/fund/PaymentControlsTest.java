package se.sif.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sif.Api;
import se.sif.SifIntegrationTest;
import se.sif.TestClock;
import se.sif.organisation.OrganisationId;

/**
 * Money leaves the fund only when it should: a payment is made on or after its due date
 * and once the decision has legal force, or earlier with a written reason that is kept;
 * above the second-approval amount (1 000 000 kr by default) one official asks and
 * another pays; the same official cannot do both. Every verdict is the same on any day
 * the suite runs (the dates are the fixed clock's).
 */
@SifIntegrationTest
class PaymentControlsTest {

    @Autowired
    Api api;

    @Autowired
    FundLedger ledger;

    @Autowired
    JdbcClient jdbc;

    /**
     * A grant of the given amount with one payment due on {@code start}, its decision
     * with legal force from {@code legalForce} (null: not known).
     */
    long grant(long amountOre, LocalDate start, LocalDate legalForce) {
        long fund = jdbc
            .sql("""
                    insert into fund (name, owner_organisation_id, purpose, economic_model, carry_over)
                    values ('Fond för utbetalningsregler', (select min(id) from organisation), 'Test', 'APPROPRIATION', false)
                    returning id""")
            .query(Long.class)
            .single();
        return se.sif.DemoUsers.as("board", () -> {
            ledger.appropriate(fund, start.getYear(), amountOre * 2, null, "Anslag");
            return ledger.commitGrant(new FundLedger.GrantCommitment(FundId.of(fund), start.getYear(), amountOre,
                    "PAY-" + fund, "Projekt med en utbetalning", OrganisationId.of(recipient()), null, start,
                    start.withDayOfMonth(start.lengthOfMonth()), null, legalForce));
        }, "BOARD", "OFFICER");
    }

    long recipient() {
        return jdbc.sql("select min(id) from organisation").query(Long.class).single();
    }

    record Payment(long id, long version) {
    }

    Payment payment(long grant) {
        Api.Response read = api.get("officer", "/api/v1/grants/" + grant);
        return new Payment(((Number) read.json("$.payments[0].id")).longValue(),
                ((Number) read.json("$.payments[0].version")).longValue());
    }

    Api.Response pay(String official, long grant, String reason) {
        Payment p = payment(grant);
        return api.post(official, "/api/v1/grants/%d/payments/%d/disbursement".formatted(grant, p.id()),
                "{\"version\": %d, \"earlyReason\": %s}".formatted(p.version(),
                        reason == null ? "null" : "\"" + reason + "\""));
    }

    @Test
    void aPaymentBeforeItsDueDateNeedsAWrittenReasonWhichIsKept() {
        long grant = grant(500_000_00L, TestClock.TODAY.plusMonths(3), TestClock.TODAY.minusDays(1));
        Api.Response refused = pay("officer", grant, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("fund.error.notDueYet").contains("\"earlyReason\"");
        assertThat(api.get("officer", "/api/v1/grants/" + grant).<Integer>json("$.disbursedOre")).isZero();

        Api.Response paid = pay("officer", grant, "Rekrytering före projektstart");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.<String>json("$.payments[0].earlyReason")).isEqualTo("Rekrytering före projektstart");
        assertThat(paid.<String>json("$.payments[0].paidBy")).isEqualTo("officer");
        assertThat(((Number) paid.json("$.disbursedOre")).longValue()).isEqualTo(500_000_00L);
    }

    @Test
    void aPaymentBeforeTheDecisionHasLegalForceNeedsAReasonToo() {
        long dueToday = grant(500_000_00L, TestClock.TODAY, TestClock.TODAY.plusDays(10));
        Api.Response refused = pay("officer", dueToday, " ");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("fund.error.noLegalForceYet");

        long unknown = grant(500_000_00L, TestClock.TODAY, null);
        assertThat(pay("officer", unknown, null).body()).contains("fund.error.legalForceUnknown");

        long inForce = grant(500_000_00L, TestClock.TODAY, TestClock.TODAY);
        Api.Response paid = pay("officer", inForce, null);
        assertThat(paid.status()).as("due today, in force today: no reason needed").isEqualTo(201);
        assertThat(paid.<Object>json("$.payments[0].paidBy")).isEqualTo("officer");
    }

    @Test
    void aboveTheSecondApprovalAmountOneOfficialAsksAndAnotherPays() {
        long grant = grant(1_500_000_00L, TestClock.TODAY, TestClock.TODAY.minusDays(30));
        Api.Response asked = pay("officer", grant, null);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.<String>json("$.payments[0].approvalRequestedBy")).isEqualTo("officer");
        assertThat(((Number) asked.json("$.disbursedOre")).longValue()).as("nothing paid yet").isZero();

        Api.Response again = pay("officer", grant, null);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("fund.error.secondPersonNeeded");

        Api.Response approved = pay("officer2", grant, null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        assertThat(((Number) approved.json("$.disbursedOre")).longValue()).isEqualTo(1_500_000_00L);
        assertThat(approved.<String>json("$.payments[0].paidBy")).isEqualTo("officer2");
        List<String> audit = jdbc
            .sql("select details from audit_event where subject_type = 'grant' and subject_id = :g order by id")
            .param("g", grant)
            .query(String.class)
            .list();
        assertThat(audit).anyMatch(d -> d.contains("asked by officer, approved by officer2"));
    }

    @Test
    void aStaleConfirmationIsAConflictAndPaysNothing() {
        long grant = grant(500_000_00L, TestClock.TODAY, TestClock.TODAY.minusDays(30));
        Payment read = payment(grant);
        assertThat(pay("officer", grant, null).status()).isEqualTo(201);
        Api.Response stale = api.post("officer2",
                "/api/v1/grants/%d/payments/%d/disbursement".formatted(grant, read.id()),
                "{\"version\": %d}".formatted(read.version()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(((Number) api.get("officer", "/api/v1/grants/" + grant).json("$.disbursedOre")).longValue())
            .isEqualTo(500_000_00L);
    }

}
