package se.sif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same request sent twice at once is done once; the other answers 409, never a 500
 * from a unique key.
 */
@SifIntegrationTest
class ApiRaceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Test
    void twoIdenticalBoardDecisionsSentTogetherAreRecordedOnce() throws Exception {
        // several rounds, because a race that loses only half the time must be caught
        // every time
        for (int round = 0; round < 4; round++) {
            long applicationId = scenario.submitted(scenario.openCall("Utlysning för samtidiga beslut " + round),
                    100_000_000L);
            scenario.toPanel(applicationId);
            Api.Response proposal = api.post("officer", "/api/v1/applications/" + applicationId + "/proposal",
                    "{\"grant\": false, \"reasons\": \"Svag förankring\"}");
            assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
            assertThat(api
                .post("steering", "/api/v1/applications/" + applicationId + "/proposal/endorsement",
                        "{\"version\": %d}".formatted(((Number) proposal.json("$.version")).longValue()))
                .status()).isEqualTo(200);
            String decision = "{\"grant\": false, \"reasons\": \"Avslag\", \"decidedOn\": \"%s\"}"
                .formatted(TestClock.TODAY);

            List<Api.Response> answers = sendTogether(2,
                    () -> api.post("board", "/api/v1/applications/" + applicationId + "/decision", decision));

            assertThat(answers).extracting(Api.Response::status)
                .as(answers.toString())
                .containsExactlyInAnyOrder(201, 409);
            Api.Response conflict = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
            assertThat(conflict.contentType()).startsWith("application/problem+json");
            assertThat(jdbc.sql("select count(*) from decision where application_id = :id")
                .param("id", applicationId)
                .query(Long.class)
                .single()).isEqualTo(1);
        }
    }

    static List<Api.Response> sendTogether(int times, java.util.concurrent.Callable<Api.Response> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
        finally {
            pool.shutdownNow();
        }
    }

}
