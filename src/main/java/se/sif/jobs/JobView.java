package se.sif.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A background job as its owner sees it. {@code message} is in the reader's language when
 * the jobs module wrote it (restart, interruption, failure) and in the handler's words
 * otherwise. {@code node} is the node that runs or last ran it.
 */
public record JobView(long id, String kind, String title, String owner, JobStatus status, double progress,
        @Nullable String message, int attempts, Instant submittedAt, @Nullable Instant startedAt,
        @Nullable Instant finishedAt, @Nullable String node, boolean cancelRequested, String fileName,
        @JsonRawValue String resultJson) {

    /** Whether there is a file to download. */
    @JsonProperty("hasFile")
    public boolean hasFile() {
        return fileName != null;
    }

    public boolean finished() {
        return status.finished();
    }

    /** Progress as a whole percentage, rounded down (99 % until it is really done). */
    public int percent() {
        return (int) Math.floor(Math.max(0, Math.min(1, progress)) * 100 + 1e-9);
    }

    /** Whether the user may still cancel it. */
    public boolean cancellable() {
        return !finished() && !cancelRequested;
    }
}
