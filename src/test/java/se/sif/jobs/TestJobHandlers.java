package se.sif.jobs;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import se.sif.shared.Actor;
import se.sif.shared.DomainException;

/**
 * Job handlers for the tests, in every {@code @SifIntegrationTest} context (so the suite keeps one context).
 * They do nothing unless a test submits their kinds.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJobHandlers {

    /** Reports half-way, then waits for the test to let it finish (or for a cancel), then returns JSON and a file. */
    public static class Latched implements JobHandler {

        public volatile CountDownLatch halfway = new CountDownLatch(1);
        public volatile CountDownLatch release = new CountDownLatch(1);
        public final AtomicReference<String> parameters = new AtomicReference<>();
        public final AtomicReference<String> ranAs = new AtomicReference<>();

        public void reset() {
            halfway = new CountDownLatch(1);
            release = new CountDownLatch(1);
            parameters.set(null);
            ranAs.set(null);
        }

        @Override
        public String kind() {
            return "test.latched";
        }

        @Override
        public boolean restartable() {
            return false;
        }

        @Override
        public JobOutput run(String parametersJson, JobProgress progress) throws InterruptedException {
            parameters.set(parametersJson);
            ranAs.set(Actor.name());
            progress.report(0.5, "Halvvägs");
            halfway.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!release.await(20, TimeUnit.MILLISECONDS)) {
                if (progress.isCancelled() || System.nanoTime() > deadline) {
                    return null;
                }
            }
            progress.report(1.0, "Klart");
            return new JobOutput("{\"answer\": 42}", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), "text/csv",
                    "resultat.csv");
        }
    }

    /** May be run again from scratch after an interrupted attempt. */
    public static class Restartable implements JobHandler {

        public final AtomicInteger runs = new AtomicInteger();

        @Override
        public String kind() {
            return "test.restartable";
        }

        @Override
        public boolean restartable() {
            return true;
        }

        @Override
        public JobOutput run(String parametersJson, JobProgress progress) {
            runs.incrementAndGet();
            return JobOutput.json("{\"restarted\": true}");
        }
    }

    /** Must not run twice (say it writes things). */
    public static class Once implements JobHandler {

        @Override
        public String kind() {
            return "test.once";
        }

        @Override
        public boolean restartable() {
            return false;
        }

        @Override
        public JobOutput run(String parametersJson, JobProgress progress) {
            return JobOutput.json("{\"once\": true}");
        }
    }

    /** Fails with an internal error whose details must not reach the user. */
    public static class Failing implements JobHandler {

        @Override
        public String kind() {
            return "test.failing";
        }

        @Override
        public boolean restartable() {
            return true;
        }

        @Override
        public JobOutput run(String parametersJson, JobProgress progress) {
            progress.report(0.1, "Började");
            throw new IllegalStateException("secret internal detail at se.sif.Internal.method(Internal.java:42)");
        }
    }

    /** Refuses with a domain rule, which the user sees as written. */
    public static class Refusing implements JobHandler {

        @Override
        public String kind() {
            return "test.refusing";
        }

        @Override
        public boolean restartable() {
            return false;
        }

        @Override
        public JobOutput run(String parametersJson, JobProgress progress) {
            throw new DomainException("jobs.error.finished");
        }
    }

    @Bean
    Latched latchedTestJob() {
        return new Latched();
    }

    @Bean
    Restartable restartableTestJob() {
        return new Restartable();
    }

    @Bean
    Once onceTestJob() {
        return new Once();
    }

    @Bean
    Failing failingTestJob() {
        return new Failing();
    }

    @Bean
    Refusing refusingTestJob() {
        return new Refusing();
    }
}
