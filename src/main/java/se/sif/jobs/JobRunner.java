package se.sif.jobs;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.sif.identity.Users;
import se.sif.shared.DomainException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs background jobs on this node. A {@code @Scheduled} poller first recovers running
 * jobs whose node went silent (any surviving node does this), then claims queued jobs
 * while a worker is free. The workers are a small fixed pool ({@code sif.jobs.workers}, 1
 * by default). While a job runs, its heartbeat is refreshed every
 * {@code sif.jobs.heartbeat-interval}. Nothing here is shared with other nodes except
 * through the table, so any number of nodes can run side by side.
 */
@Component
class JobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore store;

    private final Users users;

    private final JsonMapper json;

    private final JobsProperties properties;

    private final Map<String, JobHandler> handlers;

    private final String node;

    private final Semaphore freeWorkers;

    private final ThreadPoolExecutor workers;

    private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();

    private volatile boolean enabled;

    private volatile boolean stopping;

    JobRunner(JobStore store, Users users, JsonMapper json, JobsProperties properties, List<JobHandler> handlers) {
        this.store = store;
        this.users = users;
        this.json = json;
        this.properties = properties;
        this.handlers = byKind(handlers);
        this.node = nodeId();
        this.enabled = properties.runnerEnabled();
        this.freeWorkers = new Semaphore(properties.workers());
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "sif-job-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        log.info("Background jobs on node {}: {} worker(s), handlers {}, poller {}", node, properties.workers(),
                this.handlers.keySet(), enabled ? "on" : "off");
    }

    /**
     * This node's id in the {@code node} column: the host name and a random suffix chosen
     * at start-up.
     */
    String node() {
        return node;
    }

    /**
     * Tests turn the automatic poller on and off; production sets
     * {@code sif.jobs.runner-enabled}.
     */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Scheduled(initialDelayString = "${sif.jobs.poll-interval:PT1S}",
            fixedDelayString = "${sif.jobs.poll-interval:PT1S}")
    void poll() {
        if (!enabled) {
            return;
        }
        try {
            pollOnce();
        }
        catch (RuntimeException e) {
            log.warn("Polling for background jobs failed; trying again in {}", properties.pollInterval(), e);
        }
    }

    /**
     * One round of the poller: recover abandoned jobs, then start queued ones while
     * workers are free.
     */
    int pollOnce() {
        recoverAbandoned();
        int started = 0;
        while (!stopping && freeWorkers.tryAcquire()) {
            Optional<JobStore.Claimed> claimed;
            try {
                claimed = store.claim(node, handlers::get);
            }
            catch (RuntimeException e) {
                freeWorkers.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                freeWorkers.release();
                break;
            }
            RunningJob job = new RunningJob(claimed.get());
            running.put(job.claimed.id(), job);
            try {
                workers.execute(() -> run(job));
                started++;
            }
            catch (RejectedExecutionException e) {
                running.remove(job.claimed.id());
                freeWorkers.release();
                store.release(job.fence, properties.maxAttempts());
            }
        }
        return started;
    }

    void recoverAbandoned() {
        for (JobStore.Abandoned job : store.recoverStale(properties.staleAfter(), properties.maxAttempts())) {
            log.warn("Background job {} ({}) on node {} went silent for more than {}: now {}", job.id(), job.kind(),
                    job.node(), properties.staleAfter(), job.status());
        }
    }

    /**
     * Keeps the heartbeat of this node's running jobs fresh, writes their latest progress
     * and reads cancel requests.
     */
    @Scheduled(fixedDelayString = "${sif.jobs.heartbeat-interval:PT5S}")
    void heartbeat() {
        for (RunningJob job : running.values()) {
            try {
                job.flush();
            }
            catch (RuntimeException e) {
                log.warn("Heartbeat of background job {} failed", job.claimed.id(), e);
            }
        }
    }

    /** Job ids running on this node right now. */
    Set<Long> runningHere() {
        return Set.copyOf(running.keySet());
    }

    private void run(RunningJob job) {
        JobStore.Claimed claimed = job.claimed;
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            Optional<org.springframework.security.core.Authentication> owner = users.authenticationFor(claimed.owner());
            if (owner.isEmpty()) {
                store.fail(job.fence, "jobs.message.ownerInactive", List.of());
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(owner.get());
            SecurityContextHolder.setContext(context);
            JobOutput output = claimed.handler().run(claimed.parametersJson(), job);
            finish(job, output == null ? JobOutput.none() : output, null);
        }
        catch (Throwable e) {
            finish(job, null, e);
            if (e instanceof VirtualMachineError error) {
                throw error;
            }
        }
        finally {
            SecurityContextHolder.setContext(previous);
            running.remove(claimed.id());
            freeWorkers.release();
        }
    }

    private void finish(RunningJob job, @Nullable JobOutput output, @Nullable Throwable failure) {
        long id = job.claimed.id();
        // Interrupted on shutdown: clear the flag so the connection pool still hands out
        // a connection for the last write.
        boolean interrupted = Thread.interrupted();
        try {
            job.flush();
            if (job.lost) {
                log.warn("Background job {} was taken over by another node while it ran here; its result is dropped",
                        id);
            }
            else if (job.cancelRequested) {
                store.cancelled(job.fence);
            }
            else if (stopping && (failure != null || job.toldToStop)) {
                Optional<JobStatus> status = store.release(job.fence, properties.maxAttempts());
                log.info("Background job {} stopped with node {}: now {}", id, node, status.orElse(null));
            }
            else if (failure instanceof DomainException refused) {
                store.fail(job.fence, refused.messageKey(),
                        Arrays.stream(refused.arguments() == null ? new Object[0] : refused.arguments())
                            .map(String::valueOf)
                            .toList());
            }
            else if (failure != null) {
                log.error("Background job {} ({}) failed", id, job.claimed.kind(), failure);
                store.fail(job.fence, "jobs.message.failed", List.of(String.valueOf(id)));
            }
            else if (output.resultJson() != null && !JobStore.isJson(json, output.resultJson())) {
                log.error("Background job {} ({}): the handler's result is not JSON", id, job.claimed.kind());
                store.fail(job.fence, "jobs.message.failed", List.of(String.valueOf(id)));
            }
            else {
                store.succeed(job.fence, output);
            }
        }
        catch (RuntimeException e) {
            log.error("Could not record the end of background job {}; it will be recovered as abandoned", id, e);
        }
        finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * On shutdown: ask the handlers to stop, and hand their jobs back (re-queued or
     * interrupted) at once.
     */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        workers.shutdownNow();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS) && !running.isEmpty()) {
            log.warn("Background jobs {} did not stop in time; another node will recover them after {}",
                    running.keySet(), properties.staleAfter());
        }
    }

    private static Map<String, JobHandler> byKind(List<JobHandler> handlers) {
        Map<String, JobHandler> byKind = new HashMap<>();
        for (JobHandler handler : handlers) {
            JobHandler other = byKind.put(handler.kind(), handler);
            if (other != null) {
                throw new IllegalStateException("Two job handlers for kind " + handler.kind() + ": "
                        + other.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        return Map.copyOf(byKind);
    }

    private static String nodeId() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            }
            catch (Exception e) {
                host = "node";
            }
        }
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        String id = host.strip() + "-" + HexFormat.of().formatHex(suffix);
        return id.length() <= 80 ? id : id.substring(id.length() - 80);
    }

    /**
     * The progress a handler reports, written at most every progress interval; the rest
     * goes with the heartbeat.
     */
    private final class RunningJob implements JobProgress {

        final JobStore.Claimed claimed;

        final JobStore.Fence fence;

        private final long intervalNanos = properties.progressInterval().toNanos();

        private long lastWrite = System.nanoTime() - intervalNanos;

        private @Nullable Double pendingProgress;

        private @Nullable String pendingMessage;

        volatile boolean cancelRequested;

        volatile boolean lost;

        /**
         * Whether the handler has been told to stop, so what it returns may be cut short.
         */
        volatile boolean toldToStop;

        RunningJob(JobStore.Claimed claimed) {
            this.claimed = claimed;
            this.fence = new JobStore.Fence(claimed.id(), node, claimed.attempt());
        }

        @Override
        public synchronized void report(double fraction, @Nullable String message) {
            if (!Double.isNaN(fraction)) {
                pendingProgress = Math.max(0, Math.min(1, fraction));
            }
            if (message != null) {
                pendingMessage = message.length() > 500 ? message.substring(0, 500) : message;
            }
            if (System.nanoTime() - lastWrite >= intervalNanos) {
                flush();
            }
        }

        @Override
        public boolean isCancelled() {
            if (!lost && !cancelRequested && !stopping) {
                synchronized (this) {
                    if (System.nanoTime() - lastWrite >= intervalNanos) {
                        flush();
                    }
                }
            }
            boolean stop = lost || cancelRequested || stopping;
            toldToStop |= stop;
            return stop;
        }

        /**
         * Heartbeat plus whatever progress is not written yet; learns about cancellation
         * on the way.
         */
        synchronized void flush() {
            if (lost) {
                return;
            }
            Optional<Boolean> cancel = store.heartbeat(fence, pendingProgress, pendingMessage);
            lastWrite = System.nanoTime();
            pendingProgress = null;
            pendingMessage = null;
            if (cancel.isEmpty()) {
                lost = true;
            }
            else {
                cancelRequested = cancel.get();
            }
        }

    }

}
