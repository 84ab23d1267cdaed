package se.sif.screening;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The screening's SQL: {@code screening_result} and {@code screening_rejection_reason},
 * read and written only here.
 */
@Repository
class ScreeningRepository {

    private final JdbcClient jdbc;

    ScreeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The application's screening result, with its rejection reasons, if it has one. */
    Optional<ScreeningResult> findByApplication(long applicationId) {
        record Row(long id, long applicationId, boolean formalComplete, String formalNotes, int triageGrade,
                String outcome, String reasonsText, LocalDate completionDeadline, String recordedBy, Instant recordedAt,
                long version) {
        }
        return jdbc.sql("select * from screening_result where application_id = :app")
            .param("app", applicationId)
            .query(Row.class)
            .optional()
            .map(row -> new ScreeningResult(row.id(), row.applicationId(), row.formalComplete(), row.formalNotes(),
                    row.triageGrade(), ScreeningOutcome.valueOf(row.outcome()), row.reasonsText(),
                    jdbc.sql(
                            "select reason from screening_rejection_reason where screening_result_id = :id order by reason")
                        .param("id", row.id())
                        .query(String.class)
                        .list()
                        .stream()
                        .map(RejectionReason::valueOf)
                        .toList(),
                    row.completionDeadline(), row.recordedBy(), row.recordedAt(), row.version()));
    }

    /**
     * The completion deadlines screening set for these applications (those without one
     * are left out).
     */
    Map<Long, LocalDate> completionDeadlines(Collection<Long> applicationIds) {
        record Deadline(long applicationId, LocalDate completionDeadline) {
        }
        Map<Long, LocalDate> deadlines = new HashMap<>();
        jdbc.sql("select application_id, completion_deadline from screening_result where application_id in (:ids)")
            .param("ids", applicationIds)
            .query(Deadline.class)
            .list()
            .forEach(d -> deadlines.put(d.applicationId(), d.completionDeadline()));
        return deadlines;
    }

    /** The sifting's counts over these applications. */
    SiftingFunnel funnel(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return new SiftingFunnel(0, 0, 0, Map.of(), 0, Map.of(), 0, 0, 0, Map.of());
        }
        record Row(long applicationId, boolean formalComplete, int triageGrade, String outcome,
                @org.jspecify.annotations.Nullable Integer firstGrade, boolean secondPass) {
        }
        List<Row> rows = jdbc
            .sql("""
                    select s.application_id, s.formal_complete, s.triage_grade, s.outcome,
                           (select a.grade from triage_agreement a where a.application_id = s.application_id and a.pass = 1)
                               as first_grade,
                           exists (select 1 from triage_agreement a where a.application_id = s.application_id and a.pass = 2)
                               as second_pass
                    from screening_result s where s.application_id in (:ids)""")
            .param("ids", applicationIds)
            .query(Row.class)
            .list();
        Map<Integer, Long> first = new java.util.TreeMap<>();
        Map<Integer, Long> after = new java.util.TreeMap<>();
        for (int grade = 1; grade <= 3; grade++) {
            first.put(grade, 0L);
            after.put(grade, 0L);
        }
        rows.forEach(r -> {
            first.merge(r.firstGrade() == null ? r.triageGrade() : r.firstGrade(), 1L, Long::sum);
            after.merge(r.triageGrade(), 1L, Long::sum);
        });
        Map<RejectionReason, Long> reasons = new java.util.EnumMap<>(RejectionReason.class);
        record Reason(String reason, long n) {
        }
        jdbc.sql("""
                select r.reason, count(*) as n
                from screening_rejection_reason r join screening_result s on s.id = r.screening_result_id
                where s.application_id in (:ids) and s.outcome = 'REJECTED' group by r.reason""")
            .param("ids", applicationIds)
            .query(Reason.class)
            .list()
            .forEach(r -> reasons.put(RejectionReason.valueOf(r.reason()), r.n()));
        return new SiftingFunnel(rows.size(), rows.stream().filter(Row::formalComplete).count(),
                rows.stream().filter(r -> !r.formalComplete()).count(), first,
                rows.stream().filter(Row::secondPass).count(), after,
                rows.stream().filter(r -> r.outcome().equals("TO_PANEL")).count(),
                rows.stream().filter(r -> r.outcome().equals("COMPLETION_REQUESTED")).count(),
                rows.stream().filter(r -> r.outcome().equals("REJECTED")).count(), reasons);
    }

    /** Stores the application's first screening result and answers its id. */
    long insert(long applicationId, Screenings.Recording r, String recordedBy) {
        return jdbc.sql("""
                insert into screening_result (application_id, formal_complete, formal_notes, triage_grade, outcome,
                    reasons_text, completion_deadline, recorded_by)
                values (:app, :formal, :notes, :grade, :outcome, :reasons, :deadline, :by) returning id""")
            .params(params(applicationId, r, recordedBy))
            .query(Long.class)
            .single();
    }

    /**
     * Overwrites the application's screening result (a second pass) and forgets its
     * rejection reasons, if the result still has the version read. Answers whether it
     * did.
     */
    boolean update(long resultId, long applicationId, long expectedVersion, Screenings.Recording r, String recordedBy) {
        Map<String, Object> params = params(applicationId, r, recordedBy);
        params.put("version", expectedVersion);
        int updated = jdbc.sql("""
                update screening_result set formal_complete = :formal, formal_notes = :notes, triage_grade = :grade,
                    outcome = :outcome, reasons_text = :reasons, completion_deadline = :deadline, recorded_by = :by,
                    recorded_at = now(), version = version + 1
                where application_id = :app and version = :version""").params(params).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from screening_rejection_reason where screening_result_id = :id")
            .param("id", resultId)
            .update();
        return true;
    }

    void insertRejectionReasons(long resultId, List<RejectionReason> reasons) {
        for (RejectionReason reason : reasons) {
            jdbc.sql("insert into screening_rejection_reason (screening_result_id, reason) values (:id, :reason)")
                .param("id", resultId)
                .param("reason", reason.name())
                .update();
        }
    }

    private static Map<String, Object> params(long applicationId, Screenings.Recording r, String recordedBy) {
        Map<String, Object> params = new HashMap<>();
        params.put("app", applicationId);
        params.put("formal", r.formalComplete());
        params.put("notes", r.formalNotes());
        params.put("grade", r.triageGrade());
        params.put("outcome", r.outcome().name());
        params.put("reasons", r.reasonsText());
        params.put("deadline", r.completionDeadline() == null ? null : Date.valueOf(r.completionDeadline()));
        params.put("by", recordedBy);
        return params;
    }

}
