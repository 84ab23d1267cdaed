package se.sif.jobs;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.sif.shared.Actor;
import se.sif.shared.DomainException;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;
import se.sif.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submitting background jobs and following them. A job belongs to the user it was
 * submitted for: only that user and administrators may see, download or cancel it; to
 * everyone else it does not exist (404). The module submitting a job decides who may
 * start it; this service does not check that.
 */
@Service
public class BackgroundJobs {

    private final JobStore store;

    private final MessageSource messages;

    private final JsonMapper json;

    BackgroundJobs(JobStore store, MessageSource messages, JsonMapper json) {
        this.store = store;
        this.messages = messages;
        this.json = json;
    }

    /**
     * Queues a job; a node with a free worker starts it within about a poll interval.
     * Returns the job's id.
     * @param kind the {@link JobHandler#kind()} that runs it
     * @param parametersJson the handler's parameters as a JSON document (null means
     * {@code {}})
     * @param ownerUsername the user it is run for and shown to
     * @param title what the user sees in the list, e.g. "Monte Carlo for the 2026
     * portfolio"
     */
    public long submit(String kind, String parametersJson, String ownerUsername, String title) {
        if (kind == null || kind.isBlank() || ownerUsername == null || ownerUsername.isBlank() || title == null
                || title.isBlank()) {
            throw new IllegalArgumentException("A job needs a kind, an owner and a title");
        }
        String parameters = parametersJson == null || parametersJson.isBlank() ? "{}" : parametersJson;
        if (!JobStore.isJson(json, parameters)) {
            throw new IllegalArgumentException("The parameters of a job must be a JSON document");
        }
        return store.insert(kind.strip(), title.strip(), ownerUsername, parameters);
    }

    /** One job, for its owner or an administrator. */
    @PreAuthorize("isAuthenticated()")
    public JobView get(long id) {
        return view(visible(id));
    }

    /** What the jobs page filters by: a status, words in the title. */
    public record Filter(@Nullable JobStatus status, @Nullable String text) {
    }

    /**
     * One page of the signed-in user's jobs, filtered, sorted (newest first unless asked
     * otherwise) and paged in the database.
     */
    @PreAuthorize("isAuthenticated()")
    public ListPage<JobView> mine(Filter filter, ListQuery asked) {
        ListQuery query = asked.sortedBy(JobStore.SORT_COLUMNS.keySet(), "submitted", true);
        JobStore.Found found = store.byOwner(Actor.name(), filter.status(), filter.text(), query);
        return new ListPage<>(found.rows().stream().map(this::view).toList(), found.total(), query);
    }

    /** The signed-in user's jobs, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<JobView> mine() {
        return store.byOwner(Actor.name()).stream().map(this::view).toList();
    }

    /** The job's file, when it has one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<JobFile> file(long id) {
        visible(id);
        return store.file(id);
    }

    /**
     * Cancels a queued job at once; asks a running job to stop (its node notices within a
     * heartbeat, and the job ends CANCELLED). A finished job cannot be cancelled.
     */
    @PreAuthorize("isAuthenticated()")
    public JobView cancel(long id) {
        for (int attempt = 0; attempt < 3; attempt++) {
            JobStore.JobRow job = visible(id);
            if (job.status().finished()) {
                throw new DomainException("jobs.error.finished");
            }
            if (store.cancelQueued(id) || store.requestCancel(id)) {
                return get(id);
            }
            // it moved between queued and running just now: look again
        }
        throw new DomainException("jobs.error.finished");
    }

    private JobStore.JobRow visible(long id) {
        return store.find(id)
            .filter(job -> Actor.hasRole("ADMIN") || job.owner().equals(Actor.name()))
            .orElseThrow(() -> new NotFoundException("job", id));
    }

    private JobView view(JobStore.JobRow job) {
        String message = job.messageKey() == null ? job.message() : messages.getMessage(job.messageKey(),
                job.messageArgs().toArray(), job.messageKey(), LocaleContextHolder.getLocale());
        return new JobView(job.id(), job.kind(), job.title(), job.owner(), job.status(), job.progress(), message,
                job.attempts(), job.submittedAt(), job.startedAt(), job.finishedAt(), job.node(), job.cancelRequested(),
                job.fileName(), job.resultJson());
    }

}
