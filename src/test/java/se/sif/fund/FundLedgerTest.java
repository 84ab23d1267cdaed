package se.sif.fund;

import se.sif.organisation.OrganisationId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.sif.SifIntegrationTest;
import se.sif.WithBoardSecretary;
import se.sif.shared.DomainException;

/**
 * The ledger's invariants against PostgreSQL: balanced, immutable, never beyond what is
 * available.
 */
@SifIntegrationTest
@WithBoardSecretary
class FundLedgerTest {

    static final int YEAR = se.sif.TestClock.YEAR;

    @Autowired
    FundLedger ledger;

    @Autowired
    Grants grants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    long newFund(boolean carryOver) {
        return jdbc
            .sql("""
                    insert into fund (name, owner_organisation_id, purpose, economic_model, carry_over)
                    values ('Testfond', (select min(id) from organisation), 'Test', 'APPROPRIATION', :carry) returning id""")
            .param("carry", carryOver)
            .query(Long.class)
            .single();
    }

    /** The test fund's grants are paid in their own year, before their due dates. */
    static final String EARLY = "Testfondens utbetalning i förväg";

    /**
     * Pays the payment as the fund's two officials would: above the second-approval
     * amount the board's secretary asks and the second officer approves.
     */
    long payOut(long grant, GrantView.Payment payment) {
        Grants.Payout first = grants.pay(grant, payment.id(), payment.version(), EARLY);
        if (first.paid()) {
            return java.util.Objects.requireNonNull(first.transactionId());
        }
        GrantView.Payment asked = grants.get(grant)
            .payments()
            .stream()
            .filter(p -> p.id() == payment.id())
            .findFirst()
            .orElseThrow();
        return java.util.Objects
            .requireNonNull(se.sif.DemoUsers.as("officer2", () -> grants.pay(grant, asked.id(), asked.version(), null))
                .transactionId());
    }

    long recipient() {
        return jdbc.sql("select min(id) from organisation").query(Long.class).single();
    }

    long commit(long fund, int year, long amount, String reference) {
        return ledger.commitGrant(new FundLedger.GrantCommitment(FundId.of(fund), year, amount, reference,
                "Bidrag " + reference, OrganisationId.of(recipient()), null, LocalDate.of(YEAR, 6, 1),
                LocalDate.of(YEAR + 1, 12, 31), null));
    }

    /** Every balance of the fund by account, year and grant; zero balances left out. */
    Map<String, Long> balances(long fund) {
        Map<String, Long> balances = new HashMap<>();
        jdbc.sql("""
                select account || ':' || fiscal_year || ':' || coalesce(grant_id::text, '-') as k, sum(amount_ore) as v
                from ledger_entry where fund_id = :f group by 1 having sum(amount_ore) <> 0""")
            .param("f", fund)
            .query((rs, n) -> balances.put(rs.getString("k"), rs.getLong("v")))
            .list();
        return balances;
    }

    void assertInvariants(long fund, String when) {
        Map<String, Long> balances = balances(fund);
        Map<String, Long> running = new HashMap<>();
        jdbc.sql(
                """
                        select account || ':' || fiscal_year || ':' || case grant_key when 0 then '-' else grant_key::text end as k,
                               amount_ore as v from ledger_balance where fund_id = :f and amount_ore <> 0
                          and (grant_key <> 0 or account not in ('COMMITTED', 'DISBURSED', 'REPAID', 'LOSS_COVERED'))""")
            .param("f", fund)
            .query((rs, n) -> running.put(rs.getString("k"), rs.getLong("v")))
            .list();
        assertThat(running).as("the running balances are the sums of the entries " + when).isEqualTo(balances);
        Map<String, Long> yearTotals = new HashMap<>();
        jdbc.sql("""
                select account || ':' || fiscal_year as k, amount_ore as v from ledger_balance
                where fund_id = :f and grant_key = 0 and amount_ore <> 0 and account in ('COMMITTED', 'DISBURSED')""")
            .param("f", fund)
            .query((rs, n) -> yearTotals.put(rs.getString("k"), rs.getLong("v")))
            .list();
        Map<String, Long> entryTotals = new HashMap<>();
        jdbc.sql("""
                select account || ':' || fiscal_year as k, sum(amount_ore) as v from ledger_entry
                where fund_id = :f and account in ('COMMITTED', 'DISBURSED') group by 1 having sum(amount_ore) <> 0""")
            .param("f", fund)
            .query((rs, n) -> entryTotals.put(rs.getString("k"), rs.getLong("v")))
            .list();
        assertThat(yearTotals).as("each year's total of the per-grant accounts " + when).isEqualTo(entryTotals);
        assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).as("the ledger balances " + when)
            .isZero();
        balances.forEach((key, value) -> {
            if (!key.startsWith("FUNDING_SOURCE")) {
                assertThat(value).as(key + " is never negative " + when).isNotNegative();
            }
        });
        for (FundSummary.Year year : ledger.summary(fund).years()) {
            assertThat(year.carriedOver()).as("no carry-over in this fund " + when).isZero();
            assertThat(year.disbursed()).isLessThanOrEqualTo(year.committed());
            if (year.closed()) {
                assertThat(year.available()).as("a closed year has nothing available " + when).isZero();
            }
        }
    }

    @Test
    void twoDecisionsRacingForTheLastKronorCommitOnlyOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long fund = newFund(false);
                ledger.appropriate(fund, YEAR, 1_000_000_00L, "RUN 1", "Anslag");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> decisions = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String reference = "RACE-" + fund + "-" + i;
                    decisions.add(pool.submit(() -> {
                        start.await();
                        try {
                            commit(fund, YEAR, 600_000_00L, reference);
                            return true;
                        }
                        catch (DomainException refused) {
                            assertThat(refused.messageKey()).isEqualTo("fund.error.insufficient");
                            return false;
                        }
                    }));
                }
                start.countDown();
                int committed = 0;
                for (Future<Boolean> decision : decisions) {
                    committed += decision.get() ? 1 : 0;
                }
                assertThat(committed).as("round " + round).isEqualTo(1);
                assertThat(ledger.available(fund, YEAR)).isEqualTo(400_000_00L);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    /**
     * Seeded random sequences of appropriations, commitments, payments, reductions,
     * reversals and closes. After each step the ledger balances and no account that may
     * not go negative does; a commitment is accepted exactly when it fits the year's
     * available money; a refused step changes nothing; closing a closed year changes
     * nothing.
     */
    @Test
    void randomSequencesKeepTheLedgerConsistent() {
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            long fund = newFund(false);
            List<Long> grantIds = new ArrayList<>();
            for (int step = 0; step < 30; step++) {
                int year = YEAR + random.nextInt(3);
                long amount = 1 + (long) (random.nextDouble() * 3_000_000_00L);
                String when = "(seed %d, step %d)".formatted(seed, step);
                Map<String, Long> before = balances(fund);
                int operation = random.nextInt(7);
                try {
                    switch (operation) {
                        case 0, 1 -> ledger.appropriate(fund, year, amount, null, "Anslag " + step);
                        case 2, 3 -> {
                            long available = ledger.available(fund, year);
                            boolean closed = ledger.summary(fund)
                                .years()
                                .stream()
                                .anyMatch(y -> y.fiscalYear() == year && y.closed());
                            try {
                                grantIds.add(commit(fund, year, amount, "G-" + fund + "-" + step));
                                assertThat(amount).as("accepted commitment fits " + when)
                                    .isLessThanOrEqualTo(available);
                                assertThat(closed).isFalse();
                            }
                            catch (DomainException refused) {
                                assertThat(amount > available || closed).as("refused commitment did not fit " + when)
                                    .isTrue();
                                throw refused;
                            }
                        }
                        case 4 -> payOrReduce(random, grantIds);
                        case 5 -> reverseSomething(random, fund);
                        default -> {
                            ledger.closeYear(fund, year, true, "RUN-CLOSE-" + year);
                            Map<String, Long> closedOnce = balances(fund);
                            FundLedger.YearClose again = ledger.closeYear(fund, year, true, "RUN-CLOSE-" + year);
                            assertThat(again.alreadyClosed()).isTrue();
                            assertThat(balances(fund)).as("closing twice = once " + when).isEqualTo(closedOnce);
                        }
                    }
                }
                catch (DomainException refused) {
                    assertThat(balances(fund)).as("a refused step changes nothing " + when).isEqualTo(before);
                }
                assertInvariants(fund, when);
            }
        }
    }

    private void payOrReduce(Random random, List<Long> grantIds) {
        if (grantIds.isEmpty()) {
            return;
        }
        GrantView grant = grants.get(grantIds.get(random.nextInt(grantIds.size())));
        List<GrantView.Payment> payable = grant.payments().stream().filter(GrantView.Payment::payable).toList();
        if (random.nextBoolean() && !payable.isEmpty()) {
            GrantView.Payment payment = payable.get(random.nextInt(payable.size()));
            payOut(grant.id(), payment);
        }
        else {
            long newTotal = grant.disbursedOre() + (long) (random.nextDouble() * grant.committedOre());
            grants.reduce(grant.id(), newTotal, "Minskad budget", null);
        }
    }

    private void reverseSomething(Random random, long fund) {
        List<LedgerTransaction> reversible = ledger.transactions(fund, LedgerFilter.ALL)
            .stream()
            .filter(LedgerTransaction::reversible)
            .toList();
        if (!reversible.isEmpty()) {
            ledger.reverse(fund, reversible.get(random.nextInt(reversible.size())).id(), "Fel belopp");
        }
    }

    @Test
    void aReversalRestoresEveryBalance() {
        long fund = newFund(false);
        ledger.appropriate(fund, YEAR, 10_000_000_00L, null, "Anslag");
        Map<String, Long> start = balances(fund);
        for (Runnable movement : List.<Runnable>of(
                () -> ledger.appropriate(fund, YEAR, 123_456_78L, null, "Extra anslag"),
                () -> commit(fund, YEAR, 2_000_000_00L, "REV-" + fund))) {
            Map<String, Long> before = balances(fund);
            movement.run();
            LedgerTransaction latest = ledger.transactions(fund, LedgerFilter.ALL).get(0);
            ledger.reverse(fund, latest.id(), "Fel");
            assertThat(balances(fund)).as("after reversing " + latest.kind()).isEqualTo(before);
        }
        assertThat(balances(fund)).isEqualTo(start);

        long grant = commit(fund, YEAR, 1_000_000_00L, "PAY-" + fund);
        GrantView.Payment first = grants.get(grant).payments().get(0);
        Map<String, Long> beforePayment = balances(fund);
        long paid = payOut(grant, first);
        ledger.reverse(fund, paid, "Betalt till fel konto");
        assertThat(balances(fund)).isEqualTo(beforePayment);
        assertThat(grants.get(grant).payments().get(0).paid()).as("the payment can be made again").isFalse();
    }

    @Test
    void aPaymentWaitsForItsConditionAndIsMadeOnce() {
        long fund = newFund(false);
        ledger.appropriate(fund, YEAR, 5_000_000_00L, null, "Anslag");
        // a project that starts after the decision and runs over three calendar years:
        // one payment a year, on
        // any day the test runs (a project already under way is paid from a month after
        // the decision instead)
        LocalDate start = se.sif.TestClock.TODAY.plusMonths(2);
        long grant = ledger.commitGrant(new FundLedger.GrantCommitment(FundId.of(fund), YEAR, 3_000_000_00L,
                "COND-" + fund, "Projekt", OrganisationId.of(recipient()), null, start,
                LocalDate.of(start.getYear() + 2, 12, 31), "Godkänd projektplan"));
        List<GrantView.Payment> payments = grants.get(grant).payments();
        assertThat(payments).hasSize(3);
        assertThat(payments.get(0).dueDate()).isEqualTo(start);
        assertThat(payments.stream().mapToLong(GrantView.Payment::amountOre).sum()).isEqualTo(3_000_000_00L);
        GrantView.Payment first = payments.get(0);
        assertThatThrownBy(() -> grants.pay(grant, first.id(), first.version(), EARLY))
            .hasMessage("fund.error.conditionNotMet");
        grants.conditionMet(grant, first.id(), first.version(), se.sif.TestClock.TODAY);
        GrantView.Payment met = grants.get(grant).payments().get(0);
        payOut(grant, met);
        GrantView.Payment paid = grants.get(grant).payments().get(0);
        assertThatThrownBy(() -> grants.pay(grant, paid.id(), paid.version(), EARLY))
            .hasMessage("fund.error.alreadyPaid");
        GrantView after = grants.get(grant);
        assertThat(after.disbursedOre()).isEqualTo(first.amountOre());
        assertThat(after.committedOre()).isEqualTo(3_000_000_00L - first.amountOre());
        assertInvariants(fund, "after payment");
    }

    @Test
    void aReductionGivesBackWhatIsNotPaidOutAndExpiresOnceTheYearIsClosed() {
        long fund = newFund(false);
        ledger.appropriate(fund, YEAR, 5_000_000_00L, null, "Anslag");
        long grant = commit(fund, YEAR, 3_000_000_00L, "RED-" + fund);
        grants.reduce(grant, 2_000_000_00L, "Mindre budget", null);
        assertThat(ledger.available(fund, YEAR)).isEqualTo(3_000_000_00L);
        ledger.closeYear(fund, YEAR, true, "RUN 9");
        grants.reduce(grant, 0, "Avbrutet", null);
        FundSummary.Year year = ledger.summary(fund).years().get(0);
        assertThat(year.available()).isZero();
        assertThat(year.expired()).as("3 MSEK at the close, 2 MSEK from the cancelled grant").isEqualTo(5_000_000_00L);
        assertThat(grants.get(grant).payments()).allSatisfy(p -> assertThat(p.cancelled()).isTrue());
        assertInvariants(fund, "after cancellation");
    }

    @Test
    void aCarryOverFundMovesWhatIsLeftToTheNextYear() {
        long fund = newFund(true);
        ledger.appropriate(fund, YEAR, 4_000_000_00L, null, "Anslag");
        commit(fund, YEAR, 1_000_000_00L, "CARRY-" + fund);
        FundLedger.YearClose close = ledger.closeYear(fund, YEAR, true, "RUN 10");
        assertThat(close.carriedOverOre()).isEqualTo(3_000_000_00L);
        assertThat(ledger.available(fund, YEAR)).isZero();
        assertThat(ledger.available(fund, YEAR + 1)).isEqualTo(3_000_000_00L);
    }

    @Test
    void aYearThatHasNotEndedIsClosedOnlyOnTheBoardsDecision() {
        long fund = newFund(false);
        ledger.appropriate(fund, YEAR, 100_00, null, "Anslag");
        assertThatThrownBy(() -> ledger.closeYear(fund, YEAR, false, null)).hasMessage("fund.error.yearStillOpen");
        assertThatThrownBy(() -> ledger.closeYear(fund, YEAR, true, " "))
            .hasMessage("fund.error.earlyCloseNeedsDecision");
        assertThat(ledger.available(fund, YEAR)).isEqualTo(100_00);
        ledger.closeYear(fund, YEAR, true, "RUN 11");
        assertThatThrownBy(() -> ledger.appropriate(fund, YEAR, 100_00, null, "Sent anslag"))
            .hasMessage("fund.error.yearClosed");
        assertThatThrownBy(() -> commit(fund, YEAR, 1, "LATE-" + fund)).hasMessage("fund.error.yearClosed");
    }

    @Test
    void badAmountsAndYearsAreRefusedAndNothingIsWritten() {
        long fund = newFund(false);
        assertThatThrownBy(() -> ledger.appropriate(fund, YEAR, 0, null, "Noll")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ledger.appropriate(fund, YEAR, -5, null, "Negativt"))
            .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ledger.appropriate(fund, YEAR, Long.MAX_VALUE, null, "Orimligt"))
            .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ledger.appropriate(fund, YEAR - 1, 100, null, "Passerat år"))
            .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> commit(fund, YEAR, 1, "NONE-" + fund)).isInstanceOf(DomainException.class);
        assertThat(jdbc.sql("select count(*) from ledger_entry where fund_id = :f")
            .param("f", fund)
            .query(Long.class)
            .single()).isZero();
        assertThat(jdbc.sql("select count(*) from fund_grant where fund_id = :f")
            .param("f", fund)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void entriesCannotBeChangedDeletedOrLeftUnbalanced() {
        long fund = newFund(false);
        long transaction = ledger.appropriate(fund, YEAR, 100_00, null, "Anslag");
        assertThatThrownBy(() -> jdbc.sql("update ledger_entry set amount_ore = 1 where transaction_id = :id")
            .param("id", transaction)
            .update()).hasMessageContaining("immutable");
        assertThatThrownBy(
                () -> jdbc.sql("delete from ledger_transaction where id = :id").param("id", transaction).update())
            .hasMessageContaining("immutable");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            long id = jdbc.sql("""
                    insert into ledger_transaction (fund_id, kind, fiscal_year, description, recorded_by)
                    values (:f, 'APPROPRIATION', :y, 'Obalanserad', 'test') returning id""")
                .param("f", fund)
                .param("y", YEAR)
                .query(Long.class)
                .single();
            jdbc.sql(
                    "insert into ledger_entry (transaction_id, fund_id, account, fiscal_year, amount_ore) values (:t, :f, 'AVAILABLE', :y, 500)")
                .param("t", id)
                .param("f", fund)
                .param("y", YEAR)
                .update();
        })).rootCause().hasMessageContaining("does not balance");
        assertThat(ledger.available(fund, YEAR)).isEqualTo(100_00);
    }

}
