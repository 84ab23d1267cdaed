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
 * Job handlers for the tests, in every {@code @SifIntegrationTest} context (so the suite
 * keeps one context). They do nothing unless a test submits their kinds.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJobHandlers {

    /**
     * Reports half-way, then waits for the test to let it finish (or for a cancel), then
     * returns JSON and a file.
     */
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

    /**
     * A handler of one kind whose work is a single step; {@code runs} counts how often it
     * was run.
     */
    public static final class Simple implements JobHandler {

        public final AtomicInteger runs = new AtomicInteger();

        private final String kind;

        private final boolean restartable;

        private final java.util.function.Function<JobProgress, JobOutput> body;

        Simple(String kind, boolean restartable, java.util.function.Function<JobProgress, JobOutput> body) {
            this.kind = kind;
            this.restartable = restartable;
            this.body = body;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public boolean restartable() {
            return restartable;
        }

        @Override
        public JobOutput run(String parametersJson, JobProgress progress) {
            runs.incrementAndGet();
            return body.apply(progress);
        }

    }

    @Bean
    Latched latchedTestJob() {
        return new Latched();
    }

    /** May be run again from scratch after an interrupted attempt. */
    @Bean
    Simple restartableTestJob() {
        return new Simple("test.restartable", true, progress -> JobOutput.json("{\"restarted\": true}"));
    }

    /** Must not run twice (say it writes things). */
    @Bean
    Simple onceTestJob() {
        return new Simple("test.once", false, progress -> JobOutput.json("{\"once\": true}"));
    }

    /** Fails with an internal error whose details must not reach the user. */
    @Bean
    Simple failingTestJob() {
        return new Simple("test.failing", true, progress -> {
            progress.report(0.1, "Började");
            throw new IllegalStateException("secret internal detail at se.sif.Internal.method(Internal.java:42)");
        });
    }

    /** Refuses with a domain rule, which the user sees as written. */
    @Bean
    Simple refusingTestJob() {
        return new Simple("test.refusing", false, progress -> {
            throw new DomainException("jobs.error.finished");
        });
    }

}
