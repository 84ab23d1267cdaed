package se.sif.jobs;

/**
 * Does the work of one kind of background job. Modules implement it as a Spring bean;
 * every node that may run the kind needs the bean. The handler runs on a worker thread of
 * the jobs module, signed in as the user who submitted the job (with that user's current
 * role), outside any transaction.
 */
public interface JobHandler {

    /**
     * The kind this handler runs, as passed to {@link BackgroundJobs#submit}; unique
     * among the handlers.
     */
    String kind();

    /**
     * Whether an attempt that was cut short (its node stopped) may simply be run again
     * from scratch. Say yes only when a second run has no effect beyond its result (a
     * calculation, an export); say no when the handler writes things a second run would
     * write twice.
     */
    boolean restartable();

    /**
     * Runs the job. Report progress now and then and stop early when
     * {@link JobProgress#isCancelled()} says so (whatever is returned then is discarded).
     * Throw a {@link se.sif.shared.DomainException} to fail with a message the user
     * understands; any other exception fails the job with a general message (the details
     * go to the log, never to the user).
     */
    JobOutput run(String parametersJson, JobProgress progress) throws Exception;

}
