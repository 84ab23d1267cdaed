package se.sif.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attachments' SQL ({@code application_attachment}); the content is the stores'.
 * Removal is a mark, never a delete.
 */
@Repository
class AttachmentRepository {

    record Row(long id, long applicationId, String fileName, String mediaType, long sizeBytes, String sha256,
            String store, String uploadedBy, Instant uploadedAt) {
    }

    private static final String SELECT = """
            select id, application_id, file_name, media_type, size_bytes, sha256, store, uploaded_by, uploaded_at
            from application_attachment""";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current attachments of an application, oldest first. */
    List<Row> current(long applicationId) {
        return jdbc.sql(SELECT + " where application_id = :application and removed_at is null order by id")
            .param("application", applicationId)
            .query(Row.class)
            .list();
    }

    Optional<Row> currentOne(long applicationId, long id) {
        return jdbc.sql(SELECT + " where id = :id and application_id = :application and removed_at is null")
            .param("id", id)
            .param("application", applicationId)
            .query(Row.class)
            .optional();
    }

    /**
     * Locks the application's row and answers its state, so an attachment is not added to
     * or removed from an application that is being submitted at the same moment: the
     * submission's update waits for this transaction, or this one sees it submitted.
     */
    @Nullable String lockStatus(long applicationId) {
        return jdbc.sql("select status from application where id = :id for update")
            .param("id", applicationId)
            .query(String.class)
            .optional()
            .orElse(null);
    }

    long insert(long applicationId, String fileName, String mediaType, long sizeBytes, String sha256, String store,
            String uploadedBy, Instant uploadedAt) {
        return jdbc.sql("""
                insert into application_attachment
                    (application_id, file_name, media_type, size_bytes, sha256, store, uploaded_by, uploaded_at)
                values (:application, :fileName, :mediaType, :size, :sha256, :store, :uploadedBy, :uploadedAt)
                returning id""")
            .param("application", applicationId)
            .param("fileName", fileName)
            .param("mediaType", mediaType)
            .param("size", sizeBytes)
            .param("sha256", sha256)
            .param("store", store)
            .param("uploadedBy", uploadedBy)
            .param("uploadedAt", Timestamp.from(uploadedAt))
            .query(Long.class)
            .single();
    }

    /** Marks the attachment removed; false if it was not there (or removed already). */
    boolean markRemoved(long applicationId, long id, String removedBy, Instant removedAt) {
        return jdbc.sql("""
                update application_attachment set removed_by = :by, removed_at = :at
                where id = :id and application_id = :application and removed_at is null""")
            .param("by", removedBy)
            .param("at", Timestamp.from(removedAt))
            .param("id", id)
            .param("application", applicationId)
            .update() == 1;
    }

}
