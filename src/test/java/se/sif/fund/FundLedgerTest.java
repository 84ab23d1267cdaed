package se.sif.fund;

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
import org.springframework.security.test.context.support.WithMockUser;
import se.sif.SifIntegrationTest;
import se.sif.shared.DomainException;

/** The ledger's invariants against PostgreSQL: no commitment beyond what is available, even in a race. */
@SifIntegrationTest
@WithMockUser(username = "board", roles = "BOARD")
class FundLedgerTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();

    @Autowired
    FundLedger ledger;
    @Autowired
    JdbcClient jdbc;

    long newFund() {
        return jdbc.sql("""
                insert into fund (name, owner_organisation_id, purpose, economic_model)
                values ('Testfond', (select min(id) from organisation), 'Test', 'APPROPRIATION') returning id""")
                .query(Long.class).single();
    }

    @Test
    void twoDecisionsRacingForTheLastKronorCommitOnlyOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long fund = newFund();
                ledger.appropriate(fund, YEAR, 1_000_000_00L, "RUN 1", "Anslag");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> decisions = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String grant = "Beslut " + round + "-" + i;
                    decisions.add(pool.submit(() -> {
                        start.await();
                        try {
                            ledger.commitGrant(fund, YEAR, 600_000_00L, grant, grant);
                            return true;
                        } catch (DomainException refused) {
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
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Seeded random sequences of appropriations and commitments, each checked against a simple model: a
     * commitment is refused exactly when it exceeds the year's available money, nothing refused is written,
     * availability never goes negative, and the per-year summary is the sum of the postings.
     */
    @Test
    void randomSequencesKeepTheLedgerConsistent() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            long fund = newFund();
            Map<Integer, long[]> model = new HashMap<>(); // year -> {appropriated, committed}
            for (int step = 0; step < 25; step++) {
                int year = YEAR + random.nextInt(3);
                long[] money = model.computeIfAbsent(year, y -> new long[2]);
                long amount = 1 + (long) (random.nextDouble() * 5_000_000_00L);
                if (random.nextInt(3) == 0) {
                    ledger.appropriate(fund, year, amount, null, "Anslag " + step);
                    money[0] += amount;
                } else {
                    boolean fits = amount <= money[0] - money[1];
                    try {
                        ledger.commitGrant(fund, year, amount, "G" + step, "Beslut " + step);
                        assertThat(fits).as("seed %d step %d: commitment beyond availability accepted", seed, step).isTrue();
                        money[1] += amount;
                    } catch (DomainException refused) {
                        assertThat(fits).as("seed %d step %d: commitment that fits refused", seed, step).isFalse();
                    }
                }
                long available = ledger.available(fund, year);
                assertThat(available).isEqualTo(money[0] - money[1]).isNotNegative();
            }
            FundSummary summary = ledger.summary(fund);
            for (FundSummary.Year year : summary.years()) {
                long[] money = model.get(year.fiscalYear());
                assertThat(year.appropriated()).isEqualTo(money[0]);
                assertThat(year.committed()).isEqualTo(money[1]);
                assertThat(year.available()).isEqualTo(money[0] - money[1]);
            }
        }
    }

    @Test
    void badAmountsAndYearsAreRefusedAndNothingIsWritten() {
        long fund = newFund();
        assertThatThrownBy(() -> ledger.appropriate(fund, YEAR, 0, null, "Noll")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ledger.appropriate(fund, YEAR, -5, null, "Negativt")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ledger.appropriate(fund, YEAR, Long.MAX_VALUE, null, "Orimligt")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ledger.appropriate(fund, YEAR - 1, 100, null, "Stängt år")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ledger.commitGrant(fund, YEAR, 1, "G", "Utan pengar")).isInstanceOf(DomainException.class);
        assertThat(jdbc.sql("select count(*) from fund_posting where fund_id = :f").param("f", fund).query(Long.class).single())
                .isZero();
    }

    @Test
    void postingsCannotBeChangedOrDeleted() {
        long fund = newFund();
        long posting = ledger.appropriate(fund, YEAR, 100_00, null, "Anslag");
        assertThatThrownBy(() -> jdbc.sql("update fund_posting set amount_ore = 1 where id = :id").param("id", posting).update())
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from fund_posting where id = :id").param("id", posting).update())
                .hasMessageContaining("immutable");
        assertThat(ledger.available(fund, YEAR)).isEqualTo(100_00);
    }
}
