package se.sif.jobs;

/** Where a background job is. The last four are final. */
public enum JobStatus {

    /** Waiting for a node with a free worker. */
    QUEUED,
    /** A node runs it and keeps its heartbeat fresh. */
    RUNNING, SUCCEEDED,
    /** The handler failed; the message says why in words a user can act on. */
    FAILED, CANCELLED,
    /**
     * The node running it stopped and the job may not (or may no more) be run again from
     * scratch.
     */
    INTERRUPTED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }

}
