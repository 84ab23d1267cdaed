package se.sif.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import se.sif.SifIntegrationTest;
import se.sif.identity.Users;
import se.sif.shared.DomainException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runner against the real database: a job runs with visible progress and keeps its
 * result; two nodes never claim the same job; a job whose node went silent is run again
 * or marked interrupted; failures, unknown kinds and cancellation end the job with a
 * message for the user. The automatic poller is off in tests
 * ({@code sif.jobs.runner-enabled=false}); the tests drive it with
 * {@link JobRunner#pollOnce()}.
 */
@SifIntegrationTest
class BackgroundJobsTest {

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    JobRunner runner;

    @Autowired
    JobStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestJobHandlers.Latched latched;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("restartableTestJob")
    TestJobHandlers.Simple restartable;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("onceTestJob")
    TestJobHandlers.Simple once;

    @Autowired
    Users users;

    @Autowired
    JsonMapper json;

    @Autowired
    JobsProperties properties;

    /** Another node: its own runner, node id and worker, on the same database. */
    private JobRunner node(JobHandler... handlers) {
        return new JobRunner(store, users, json, properties, List.of(handlers));
    }

    @BeforeEach
    void noJobsLeftOver() {
        latched.reset();
        finishLeftovers();
    }

    @AfterEach
    void releaseHandlers() {
        latched.release.countDown();
        runner.setEnabled(false);
        await("no job running on this node", () -> runner.runningHere().isEmpty());
        finishLeftovers();
    }

    /**
     * Jobs of other tests that were left queued or running (fake nodes) would be claimed
     * first.
     */
    private void finishLeftovers() {
        jdbc.sql(
                "update background_job set status = 'CANCELLED', finished_at = now() where status in ('QUEUED', 'RUNNING')")
            .update();
    }

    @Test
    void aJobRunsWithVisibleProgressAndKeepsItsResult() throws Exception {
        long id = jobs.submit("test.latched", "{\"draws\": 10000}", "officer", "Monte Carlo för portföljen");
        assertThat(row(id).status()).isEqualTo(JobStatus.QUEUED);

        assertThat(runner.pollOnce()).isEqualTo(1);
        assertThat(latched.halfway.await(10, TimeUnit.SECONDS)).isTrue();
        JobStore.JobRow halfway = row(id);
        assertThat(halfway.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(halfway.progress()).isEqualTo(0.5);
        assertThat(halfway.message()).isEqualTo("Halvvägs");
        assertThat(halfway.node()).isEqualTo(runner.node());
        assertThat(halfway.attempts()).isEqualTo(1);
        assertThat(halfway.startedAt()).isNotNull();
        assertThat(latched.parameters.get()).contains("\"draws\"").contains("10000");
        assertThat(latched.ranAs.get()).as("the handler runs signed in as the job's owner").isEqualTo("officer");
        assertThat(runner.pollOnce()).as("the only worker is busy: nothing more is claimed").isZero();

        Timestamp before = heartbeat(id);
        Thread.sleep(20);
        runner.heartbeat();
        assertThat(heartbeat(id)).as("the heartbeat is refreshed while the job runs").isAfter(before);

        latched.release.countDown();
        JobStore.JobRow done = await(id, job -> job.status() == JobStatus.SUCCEEDED);
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.resultJson()).contains("\"answer\": 42");
        assertThat(done.fileName()).isEqualTo("resultat.csv");
        assertThat(store.file(id)).get().satisfies(file -> {
            assertThat(file.contentType()).isEqualTo("text/csv");
            assertThat(new String(file.content())).isEqualTo("a;b\n1;2\n");
        });
        JobView view = as("officer", () -> jobs.get(id));
        assertThat(view.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(view.percent()).isEqualTo(100);
        assertThat(view.hasFile()).isTrue();
        assertThat(as("officer", () -> jobs.mine())).extracting(JobView::id).contains(id);
    }

    @Test
    void theScheduledPollerStartsQueuedJobsByItself() {
        long id = jobs.submit("test.once", null, "officer", "Körs av pollern");
        runner.setEnabled(true);
        JobStore.JobRow done = await(id, job -> job.status() == JobStatus.SUCCEEDED);
        assertThat(done.resultJson()).contains("once");
    }

    @Test
    void twoNodesNeverClaimTheSameJob() throws Exception {
        ExecutorService otherNode = Executors.newFixedThreadPool(2);
        try {
            // Node A has selected the job for update and not committed yet: node B skips
            // it instead of waiting.
            long first = jobs.submit("test.once", null, "officer", "Ett jobb");
            Optional<JobStore.Claimed> byB = transaction.execute(status -> {
                assertThat(store.claim("node-a", kind -> once)).get().extracting(JobStore.Claimed::id).isEqualTo(first);
                Future<Optional<JobStore.Claimed>> other = otherNode.submit(() -> store.claim("node-b", kind -> once));
                try {
                    return other.get(10, TimeUnit.SECONDS);
                }
                catch (Exception e) {
                    throw new AssertionError("node B waited for node A's lock instead of skipping it", e);
                }
            });
            assertThat(byB).isEmpty();
            assertThat(row(first).node()).isEqualTo("node-a");

            // Two nodes race for one queued job, many times over: exactly one claims it
            // each time.
            for (int round = 0; round < 20; round++) {
                long id = jobs.submit("test.once", null, "officer", "Kapplöpning " + round);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Optional<JobStore.Claimed>> x = otherNode.submit(() -> {
                    start.await();
                    return store.claim("node-x", kind -> once);
                });
                Future<Optional<JobStore.Claimed>> y = otherNode.submit(() -> {
                    start.await();
                    return store.claim("node-y", kind -> once);
                });
                List<Optional<JobStore.Claimed>> claims = List.of(x.get(10, TimeUnit.SECONDS),
                        y.get(10, TimeUnit.SECONDS));
                assertThat(claims.stream().filter(Optional::isPresent).toList()).as("round " + round).hasSize(1);
                assertThat(claims.stream().flatMap(Optional::stream).findFirst().orElseThrow().id()).isEqualTo(id);
                assertThat(row(id).attempts()).isEqualTo(1);
            }

            // Two whole runners (two nodes) poll at the same moment: one of them runs the
            // job.
            JobRunner a = node(once);
            JobRunner b = node(once);
            try {
                long id = jobs.submit("test.once", null, "officer", "Två noder");
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Integer> startedByA = otherNode.submit(() -> {
                    start.await();
                    return a.pollOnce();
                });
                Future<Integer> startedByB = otherNode.submit(() -> {
                    start.await();
                    return b.pollOnce();
                });
                assertThat(startedByA.get(10, TimeUnit.SECONDS) + startedByB.get(10, TimeUnit.SECONDS)).isEqualTo(1);
                JobStore.JobRow done = await(id, job -> job.status() == JobStatus.SUCCEEDED);
                assertThat(done.node()).isIn(a.node(), b.node());
                assertThat(done.attempts()).isEqualTo(1);
            }
            finally {
                a.destroy();
                b.destroy();
            }
        }
        finally {
            otherNode.shutdownNow();
        }
    }

    @Test
    void aNodeThatShutsDownHandsItsJobBackAtOnce() throws Exception {
        JobRunner stopping = node(latched);
        long id = jobs.submit("test.latched", null, "officer", "Noden stängs");
        assertThat(stopping.pollOnce()).isEqualTo(1);
        assertThat(latched.halfway.await(10, TimeUnit.SECONDS)).isTrue();
        stopping.destroy();
        JobStore.JobRow interrupted = row(id);
        assertThat(interrupted.status()).as("no need to wait for the heartbeat to go stale")
            .isEqualTo(JobStatus.INTERRUPTED);
        assertThat(interrupted.node()).isEqualTo(stopping.node()).isNotEqualTo(runner.node());
        assertThat(interrupted.messageKey()).isEqualTo("jobs.message.interrupted");
    }

    @Test
    void aRestartableJobWhoseNodeWentSilentRunsAgainFromScratch() {
        int runsBefore = restartable.runs.get();
        long id = jobs.submit("test.restartable", null, "officer", "Omstartbart");
        assertThat(store.claim("node-that-died", kind -> restartable)).isPresent();
        runner.recoverAbandoned();
        assertThat(row(id).status()).as("a fresh heartbeat is left alone").isEqualTo(JobStatus.RUNNING);

        makeSilent(id);
        runner.recoverAbandoned();
        JobStore.JobRow requeued = row(id);
        assertThat(requeued.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(as("officer", () -> jobs.get(id)).message())
            .isEqualTo("Servern startades om medan jobbet kördes. Jobbet körs om från början (försök 2 av 3).");

        assertThat(runner.pollOnce()).isEqualTo(1);
        JobStore.JobRow done = await(id, job -> job.status() == JobStatus.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.node()).isEqualTo(runner.node());
        assertThat(restartable.runs.get()).isEqualTo(runsBefore + 1);
    }

    @Test
    void aJobThatMayNotRunTwiceIsInterruptedWhenItsNodeWentSilent() {
        long id = jobs.submit("test.once", null, "officer", "Får inte köras två gånger");
        assertThat(store.claim("node-that-died", kind -> once)).isPresent();
        makeSilent(id);
        assertThat(runner.pollOnce()).as("recovered, not run again").isZero();
        JobStore.JobRow interrupted = row(id);
        assertThat(interrupted.status()).isEqualTo(JobStatus.INTERRUPTED);
        assertThat(interrupted.finishedAt()).isNotNull();
        assertThat(interrupted.node()).as("the node it was lost on").isEqualTo("node-that-died");
        assertThat(as("officer", () -> jobs.get(id)).message()).isEqualTo(
                "Servern startades om medan jobbet kördes, och jobbet kan inte fortsätta av sig självt. Starta det igen.");

        // a restartable job that has used its attempts is interrupted too
        long tired = jobs.submit("test.restartable", null, "officer", "Tre försök");
        assertThat(store.claim("node-that-died", kind -> restartable)).isPresent();
        jdbc.sql("update background_job set attempts = 3 where id = :id").param("id", tired).update();
        makeSilent(tired);
        runner.recoverAbandoned();
        assertThat(row(tired).status()).isEqualTo(JobStatus.INTERRUPTED);
    }

    @Test
    void aFailingHandlerFailsTheJobWithAMessageForTheUserAndNoInternals() {
        long id = jobs.submit("test.failing", null, "officer", "Går sönder");
        runner.pollOnce();
        JobStore.JobRow failed = await(id, job -> job.status() == JobStatus.FAILED);
        assertThat(failed.finishedAt()).isNotNull();
        String message = as("officer", () -> jobs.get(id)).message();
        assertThat(message).contains("oväntat fel")
            .contains("jobb nummer " + id)
            .doesNotContain("secret")
            .doesNotContain("Exception")
            .doesNotContain("Internal.java");

        long refused = jobs.submit("test.refusing", null, "officer", "Vägras");
        runner.pollOnce();
        await(refused, job -> job.status() == JobStatus.FAILED);
        assertThat(as("officer", () -> jobs.get(refused)).message()).as("a domain rule's message is shown as written")
            .isEqualTo("Jobbet är redan avslutat och kan inte avbrytas.");
    }

    @Test
    void aJobOfAKindNoNodeKnowsFailsAtOnce() {
        long id = jobs.submit("report.nobody-runs-this", "{}", "officer", "Okänd sort");
        assertThat(runner.pollOnce()).isZero();
        JobStore.JobRow failed = row(id);
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(as("officer", () -> jobs.get(id)).message())
            .isEqualTo("Servern kan inte köra jobb av typen report.nobody-runs-this. Kontakta förvaltningen.");
    }

    @Test
    void aJobOfAnAccountThatIsGoneDoesNotRun() {
        long id = jobs.submit("test.once", null, "nobody-anymore", "Föräldralöst");
        runner.pollOnce();
        assertThat(await(id, job -> job.status() == JobStatus.FAILED).messageKey())
            .isEqualTo("jobs.message.ownerInactive");
    }

    @Test
    void cancellingStopsARunningJobAndEndsAQueuedOneAtOnce() throws Exception {
        long id = jobs.submit("test.latched", null, "officer", "Avbryts");
        runner.pollOnce();
        assertThat(latched.halfway.await(10, TimeUnit.SECONDS)).isTrue();
        JobView asked = as("officer", () -> jobs.cancel(id));
        assertThat(asked.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(asked.cancelRequested()).isTrue();
        JobStore.JobRow cancelled = await(id, job -> job.status() == JobStatus.CANCELLED);
        assertThat(cancelled.fileName()).as("what a cancelled handler returns is dropped").isNull();
        assertThat(as("officer", () -> jobs.get(id)).message()).isEqualTo("Jobbet avbröts.");
        assertThatThrownBy(() -> as("officer", () -> jobs.cancel(id))).isInstanceOf(DomainException.class)
            .extracting("messageKey")
            .isEqualTo("jobs.error.finished");

        long queued = jobs.submit("test.once", null, "officer", "Aldrig startat");
        assertThat(as("officer", () -> jobs.cancel(queued)).status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(runner.pollOnce()).isZero();
    }

    @Test
    void submitRefusesParametersThatAreNotJson() {
        assertThatThrownBy(() -> jobs.submit("test.once", "{not json", "officer", "Trasigt"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private void makeSilent(long id) {
        jdbc.sql("update background_job set heartbeat_at = now() - interval '1 minute' where id = :id")
            .param("id", id)
            .update();
    }

    private Timestamp heartbeat(long id) {
        return jdbc.sql("select heartbeat_at from background_job where id = :id")
            .param("id", id)
            .query(Timestamp.class)
            .single();
    }

    private JobStore.JobRow row(long id) {
        return store.find(id).orElseThrow();
    }

    private JobStore.JobRow await(long id, Predicate<JobStore.JobRow> condition) {
        await("job " + id + " reaches the expected state", () -> condition.test(row(id)));
        return row(id);
    }

    private static void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * A call as the signed-in user, in Swedish (what the locale resolver gives a request
     * by default).
     */
    private static <T> T as(String username, Supplier<T> call) {
        SecurityContextHolder.getContext()
            .setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_OFFICER"));
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv-SE"));
        try {
            return call.get();
        }
        finally {
            SecurityContextHolder.clearContext();
            LocaleContextHolder.resetLocaleContext();
        }
    }

}
