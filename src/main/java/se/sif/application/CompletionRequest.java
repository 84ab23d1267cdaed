package se.sif.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A completion request (komplettering): the parts of an application screening reopened,
 * what the applicant is asked to complete, and the last day to submit the completion
 * (Stockholm time, the whole day included). {@code answeredAt} is set when the applicant
 * submits it.
 */
public record CompletionRequest(long id, long applicationId, Set<ApplicationSection> sections, String message,
        LocalDate deadline, String requestedBy, Instant requestedAt, @Nullable Instant answeredAt,
        @Nullable String answeredBy) {

    public CompletionRequest {
        sections = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(sections));
    }

    /** Whether the applicant has not submitted the completion yet. */
    public boolean isOpen() {
        return answeredAt == null;
    }

    /**
     * Whether a completion may still be submitted on the given day: the deadline day
     * itself included.
     */
    public boolean acceptsOn(LocalDate day) {
        return !day.isAfter(deadline);
    }

}
