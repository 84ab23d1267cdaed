package se.sif.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The completion requests' SQL ({@code application_completion_request}). A request is
 * never deleted; answering it sets {@code answered_at} once.
 */
@Repository
class CompletionRequestRepository {

    private static final String SELECT = """
            select id, application_id, array_to_string(sections, ',') as sections, message, deadline, requested_by,
                   requested_at, answered_at, answered_by
            from application_completion_request""";

    private final JdbcClient jdbc;

    CompletionRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long applicationId, java.util.Set<ApplicationSection> sections, String message, LocalDate deadline,
            String requestedBy, Instant requestedAt) {
        return jdbc.sql("""
                insert into application_completion_request
                    (application_id, sections, message, deadline, requested_by, requested_at)
                values (:application, string_to_array(:sections, ','), :message, :deadline, :by, :at)
                returning id""")
            .param("application", applicationId)
            // enum names: capitals and underscores, never a comma
            .param("sections", sections.stream().map(Enum::name).collect(Collectors.joining(",")))
            .param("message", message)
            .param("deadline", deadline)
            .param("by", requestedBy)
            .param("at", java.sql.Timestamp.from(requestedAt))
            .query(Long.class)
            .single();
    }

    /** The application's newest request, answered or not. */
    Optional<CompletionRequest> latest(long applicationId) {
        return jdbc.sql(SELECT + " where application_id = :application order by id desc limit 1")
            .param("application", applicationId)
            .query((rs, n) -> new CompletionRequest(rs.getLong("id"), rs.getLong("application_id"),
                    sections(rs.getString("sections")), rs.getString("message"),
                    rs.getObject("deadline", LocalDate.class), rs.getString("requested_by"),
                    rs.getTimestamp("requested_at").toInstant(), instant(rs.getTimestamp("answered_at")),
                    rs.getString("answered_by")))
            .optional();
    }

    /** Marks the open request answered; false when none was open. */
    boolean markAnswered(long applicationId, String answeredBy, Instant answeredAt) {
        return jdbc.sql("""
                update application_completion_request set answered_at = :at, answered_by = :by
                where application_id = :application and answered_at is null""")
            .param("application", applicationId)
            .param("by", answeredBy)
            .param("at", java.sql.Timestamp.from(answeredAt))
            .update() == 1;
    }

    /**
     * Who to write to about the application when nobody has submitted it through SIF: the
     * person who started it.
     */
    Optional<String> startedBy(long applicationId) {
        return jdbc.sql("select created_by from application where id = :id")
            .param("id", applicationId)
            .query(String.class)
            .optional();
    }

    private static EnumSet<ApplicationSection> sections(String names) {
        EnumSet<ApplicationSection> sections = EnumSet.noneOf(ApplicationSection.class);
        Arrays.stream(names.split(",")).map(String::strip).map(ApplicationSection::valueOf).forEach(sections::add);
        return sections;
    }

    private static @org.jspecify.annotations.Nullable Instant instant(
            java.sql.@org.jspecify.annotations.Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
