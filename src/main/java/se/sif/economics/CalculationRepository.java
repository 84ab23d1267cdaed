package se.sif.economics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sif.economics.Calculations.CalculationVersion;
import se.sif.economics.Calculations.Purpose;
import se.sif.economics.Calculations.VersionSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of a calculation as stored ({@code calculation_version}): append-only, one
 * row per version, the document as JSON.
 */
@Repository
class CalculationRepository {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    CalculationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<VersionSummary> summaries(long applicationId) {
        return jdbc.sql("""
                select version, purpose, note, created_by, created_at from calculation_version
                where application_id = :app order by version desc""")
            .param("app", applicationId)
            .query(VersionSummary.class)
            .list();
    }

    /** The applications among these with at least one saved calculation version. */
    java.util.Set<Long> withCalculation(java.util.Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.sql("select distinct application_id from calculation_version where application_id in (:ids)")
                    .param("ids", applicationIds)
                    .query(Long.class)
                    .list());
    }

    Optional<CalculationVersion> latest(long applicationId) {
        return load(applicationId, "order by version desc limit 1", null);
    }

    Optional<CalculationVersion> version(long applicationId, int version) {
        return load(applicationId, "and version = :version", version);
    }

    /** The latest version of the given purposes. */
    Optional<CalculationVersion> latestOf(long applicationId, List<Purpose> purposes) {
        return jdbc.sql("""
                select application_id, version, purpose, note, document::text as document, created_by, created_at
                from calculation_version where application_id = :app and purpose in (:purposes)
                order by version desc limit 1""")
            .param("app", applicationId)
            .param("purposes", purposes.stream().map(Enum::name).toList())
            .query(Row.class)
            .optional()
            .map(this::toVersion);
    }

    /** The number of the latest version, 0 for a series not yet started. */
    int currentVersion(long applicationId) {
        return jdbc.sql("select coalesce(max(version), 0) from calculation_version where application_id = :app")
            .param("app", applicationId)
            .query(Integer.class)
            .single();
    }

    /**
     * Appends a version.
     * @return false when that version number was written already (someone saved in
     * between)
     */
    boolean insert(long applicationId, int version, Purpose purpose, @Nullable String note,
            CalculationDocument document, String createdBy) {
        try {
            jdbc.sql("""
                    insert into calculation_version (application_id, version, purpose, note, document, created_by)
                    values (:app, :version, :purpose, :note, cast(:document as jsonb), :by)""")
                .param("app", applicationId)
                .param("version", version)
                .param("purpose", purpose.name())
                .param("note", note)
                .param("document", json.writeValueAsString(document))
                .param("by", createdBy)
                .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    private Optional<CalculationVersion> load(long applicationId, String condition, @Nullable Integer version) {
        var statement = jdbc.sql("""
                select application_id, version, purpose, note, document::text as document, created_by, created_at
                from calculation_version where application_id = :app\s""" + condition).param("app", applicationId);
        if (version != null) {
            statement = statement.param("version", version);
        }
        return statement.query(Row.class).optional().map(this::toVersion);
    }

    private record Row(long applicationId, int version, String purpose, String note, String document, String createdBy,
            Instant createdAt) {
    }

    private CalculationVersion toVersion(Row row) {
        return new CalculationVersion(row.applicationId(), row.version(), Purpose.valueOf(row.purpose()), row.note(),
                json.readValue(row.document(), CalculationDocument.class), row.createdBy(), row.createdAt());
    }

}
