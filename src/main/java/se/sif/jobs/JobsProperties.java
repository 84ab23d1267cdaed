package se.sif.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sif.jobs.*}: how often a node looks for queued jobs, how often it refreshes the
 * heartbeat of the jobs it runs, when a silent running job counts as abandoned, how often
 * an abandoned restartable job is run again, how many jobs a node runs at once, and how
 * often progress is written. {@code runner-enabled=false} stops the automatic poller
 * (tests drive it by hand); heartbeats of jobs that do run continue.
 */
@ConfigurationProperties("sif.jobs")
record JobsProperties(@DefaultValue("true") boolean runnerEnabled, @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("PT5S") Duration heartbeatInterval, @DefaultValue("PT30S") Duration staleAfter,
        @DefaultValue("3") int maxAttempts, @DefaultValue("1") int workers,
        @DefaultValue("PT0.5S") Duration progressInterval) {

    JobsProperties {
        if (workers < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("sif.jobs.workers and sif.jobs.max-attempts must be at least 1");
        }
        if (heartbeatInterval.multipliedBy(2).compareTo(staleAfter) > 0) {
            throw new IllegalArgumentException("sif.jobs.stale-after (" + staleAfter
                    + ") must be at least twice sif.jobs.heartbeat-interval (" + heartbeatInterval + ")");
        }
    }
}
