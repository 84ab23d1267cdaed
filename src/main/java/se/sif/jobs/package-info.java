/**
 * Background jobs: long runs (a portfolio Monte Carlo, a large export) that a user
 * starts, leaves and picks up later, with progress, a JSON and/or file result,
 * cancellation, and recovery after a restart. Several nodes share the queue in
 * PostgreSQL: a node claims a job with {@code select … for update skip locked}, keeps a
 * heartbeat while it runs, and any node re-queues (restartable) or marks INTERRUPTED a
 * running job whose heartbeat stopped. Other modules implement
 * {@link se.sif.jobs.JobHandler} and call {@link se.sif.jobs.BackgroundJobs#submit}.
 * Public API: {@link se.sif.jobs.BackgroundJobs}, {@link se.sif.jobs.JobHandler},
 * {@link se.sif.jobs.JobProgress}, {@link se.sif.jobs.JobOutput},
 * {@link se.sif.jobs.JobView}, {@link se.sif.jobs.JobStatus},
 * {@link se.sif.jobs.JobFile}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Background jobs",
        allowedDependencies = { "shared", "shared :: web", "identity" })
@org.jspecify.annotations.NullMarked
package se.sif.jobs;
