package se.sif.jobs;

import org.jspecify.annotations.Nullable;

/** What a running handler tells the user, and how it learns that it should stop. */
public interface JobProgress {

    /**
     * The share done (0..1, clamped) and, unless null, a short message for the user.
     * Cheap to call often: it is written to the database at most every
     * {@code sif.jobs.progress-interval} (the latest value is written with the next
     * heartbeat otherwise).
     */
    void report(double fraction, @Nullable String message);

    /**
     * True when the user cancelled the job, this node is stopping, or another node has
     * taken the job over; the handler should then return (or throw) soon. Checks the
     * database at most every progress interval.
     */
    boolean isCancelled();

}
