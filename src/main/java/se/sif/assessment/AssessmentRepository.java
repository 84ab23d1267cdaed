package se.sif.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The panel's SQL: {@code assessment}, {@code assessment_score} and
 * {@code conflict_of_interest}, read and written only here.
 */
@Repository
class AssessmentRepository {

    /** One member's assessment as stored, with its scores. */
    record Stored(long id, long applicationId, String assessor, String comment, Instant submittedAt, long version,
            Map<RubricArea, Score> scores) {
    }

    /**
     * A submitted application's place in the ranking: how many members' totals it has and
     * their mean.
     */
    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- conflicts of interest
    // ----------------------------------------------------------------------

    boolean hasConflict(long applicationId, String assessor) {
        return jdbc.sql("select count(*) from conflict_of_interest where application_id = :app and assessor = :a")
            .param("app", applicationId)
            .param("a", assessor)
            .query(Integer.class)
            .single() > 0;
    }

    /** Records the member's conflict; a second declaration keeps the first. */
    void insertConflict(long applicationId, String assessor, String reason) {
        jdbc.sql("""
                insert into conflict_of_interest (application_id, assessor, reason) values (:app, :me, :reason)
                on conflict (application_id, assessor) do nothing""")
            .param("app", applicationId)
            .param("me", assessor)
            .param("reason", reason)
            .update();
    }

    // --- assessments
    // --------------------------------------------------------------------------------

    /** Whether the member has an assessment (a draft or submitted) of the application. */
    boolean hasAssessment(long applicationId, String assessor) {
        return jdbc.sql("select count(*) from assessment where application_id = :app and assessor = :a")
            .param("app", applicationId)
            .param("a", assessor)
            .query(Integer.class)
            .single() > 0;
    }

    /** Every member's assessment of the application, by assessor. */
    List<Stored> findByApplication(long applicationId) {
        record Row(long id, long applicationId, String assessor, String comment, Instant submittedAt, long version) {
        }
        record ScoreRow(long assessmentId, String area, int score) {
        }
        List<Row> rows = jdbc.sql(
                "select id, application_id, assessor, comment, submitted_at, version from assessment where application_id = :app order by assessor")
            .param("app", applicationId)
            .query(Row.class)
            .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ScoreRow>> scores = jdbc
            .sql("select assessment_id, area, score from assessment_score where assessment_id in (:ids)")
            .param("ids", rows.stream().map(Row::id).toList())
            .query(ScoreRow.class)
            .list()
            .stream()
            .collect(Collectors.groupingBy(ScoreRow::assessmentId));
        return rows.stream().map(r -> {
            Map<RubricArea, Score> byArea = new EnumMap<>(RubricArea.class);
            for (ScoreRow s : scores.getOrDefault(r.id(), List.of())) {
                byArea.put(RubricArea.valueOf(s.area()), Score.ofPoints(s.score()));
            }
            return new Stored(r.id(), r.applicationId(), r.assessor(), r.comment(), r.submittedAt(), r.version(),
                    byArea);
        }).toList();
    }

    /** Stores the member's first assessment of the application and answers its id. */
    long insert(long applicationId, String assessor, String comment, @Nullable Instant submittedAt) {
        return jdbc.sql("""
                insert into assessment (application_id, assessor, comment, submitted_at)
                values (:app, :me, :comment, :submitted) returning id""")
            .param("app", applicationId)
            .param("me", assessor)
            .param("comment", comment)
            .param("submitted", submittedAt == null ? null : Timestamp.from(submittedAt))
            .query(Long.class)
            .single();
    }

    /**
     * Writes the comment, if the assessment still has the version read; a submission time
     * is kept once set (a submitted assessment stays submitted). Answers whether it did.
     */
    boolean update(long id, long expectedVersion, String comment, @Nullable Instant submittedAt) {
        return jdbc.sql("""
                update assessment set comment = :comment,
                    submitted_at = coalesce(submitted_at, :submitted), version = version + 1
                where id = :id and version = :version""")
            .param("comment", comment)
            .param("submitted", submittedAt == null ? null : Timestamp.from(submittedAt))
            .param("id", id)
            .param("version", expectedVersion)
            .update() > 0;
    }

    void insertScores(long assessmentId, Map<RubricArea, Score> scores) {
        scores.forEach((area, score) -> jdbc
            .sql("insert into assessment_score (assessment_id, area, score) values (:id, :area, :score)")
            .param("id", assessmentId)
            .param("area", area.name())
            .param("score", score.points())
            .update());
    }

    void deleteScores(long assessmentId) {
        jdbc.sql("delete from assessment_score where assessment_id = :id").param("id", assessmentId).update();
    }

    // --- ranking
    // ------------------------------------------------------------------------------------

    /**
     * The points of every submitted assessment of these applications by a member without
     * a conflict of interest, per application and assessment: one query for a whole
     * call's ranking.
     */
    Map<Long, Map<Long, Map<RubricArea, Integer>>> submittedPoints(Collection<Long> applicationIds) {
        Map<Long, Map<Long, Map<RubricArea, Integer>>> points = new java.util.HashMap<>();
        // read by position: a call's ranking reads tens of thousands of scores, and the
        // record mapper's search for each column by its several spellings costs more than
        // the query
        jdbc.sql("""
                select a.application_id, a.id, s.area, s.score
                from assessment a join assessment_score s on s.assessment_id = a.id
                where a.application_id in (:ids) and a.submitted_at is not null
                  and not exists (select 1 from conflict_of_interest c
                                  where c.application_id = a.application_id and c.assessor = a.assessor)""")
            .param("ids", applicationIds)
            .query(rs -> {
                points.computeIfAbsent(rs.getLong(1), id -> new java.util.HashMap<>())
                    .computeIfAbsent(rs.getLong(2), id -> new EnumMap<>(RubricArea.class))
                    .put(RubricArea.valueOf(rs.getString(3)), rs.getInt(4));
            });
        return points;
    }

}
