package se.sif.screening;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The working group's triage: {@code triage_declaration}, {@code triage_grade} and
 * {@code triage_agreement}, read and written only here. Grades and agreements are only
 * ever added; a declaration is only ever withdrawn.
 */
@Repository
class TriageRepository {

    private static final TypeReference<List<String>> KEYS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final JsonMapper json;

    TriageRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Triage.Declaration> declarations(long applicationId) {
        return jdbc.sql("""
                select id, member, conflict, note, declared_at, withdrawn_at, withdrawn_note
                from triage_declaration where application_id = :app order by id""")
            .param("app", applicationId)
            .query(Triage.Declaration.class)
            .list();
    }

    /**
     * Adds a standing declaration; answers false when the member has one already (also
     * one made at the same moment by a second tab).
     */
    boolean declare(long applicationId, String member, boolean conflict, @Nullable String note, Instant at) {
        return jdbc.sql("""
                insert into triage_declaration (application_id, member, conflict, note, declared_at)
                values (:app, :member, :conflict, :note, :at)
                on conflict (application_id, member) where withdrawn_at is null do nothing""")
            .param("app", applicationId)
            .param("member", member)
            .param("conflict", conflict)
            .param("note", note)
            .param("at", java.sql.Timestamp.from(at))
            .update() == 1;
    }

    boolean withdraw(long declarationId, String note, Instant at) {
        return jdbc.sql("""
                update triage_declaration set withdrawn_at = :at, withdrawn_note = :note
                where id = :id and withdrawn_at is null""")
            .param("id", declarationId)
            .param("note", note)
            .param("at", java.sql.Timestamp.from(at))
            .update() == 1;
    }

    List<Triage.Grade> grades(long applicationId) {
        record Row(long id, int pass, String member, int grade, String criteriaMet, @Nullable String note,
                @Nullable Long revises, Instant recordedAt) {
        }
        return jdbc.sql("""
                select id, pass, member, grade, criteria_met::text as criteria_met, note, revises, recorded_at
                from triage_grade where application_id = :app order by pass, id""")
            .param("app", applicationId)
            .query(Row.class)
            .list()
            .stream()
            .map(r -> new Triage.Grade(r.id(), r.pass(), r.member(), r.grade(), json.readValue(r.criteriaMet(), KEYS),
                    r.note(), r.revises(), r.recordedAt()))
            .toList();
    }

    /**
     * Adds a member's grade; answers false when the grade it revises has been revised
     * already (or, for a first grade, when the member has one in the pass already).
     */
    boolean addGrade(long applicationId, int pass, String member, int grade, List<String> criteriaMet,
            @Nullable String note, @Nullable Long revises, Instant at) {
        return jdbc.sql("""
                insert into triage_grade (application_id, pass, member, grade, criteria_met, note, revises, recorded_at)
                values (:app, :pass, :member, :grade, cast(:met as jsonb), :note, :revises, :at)
                on conflict do nothing""")
            .param("app", applicationId)
            .param("pass", pass)
            .param("member", member)
            .param("grade", grade)
            .param("met", json.writeValueAsString(criteriaMet))
            .param("note", note)
            .param("revises", revises)
            .param("at", java.sql.Timestamp.from(at))
            .update() == 1;
    }

    List<Triage.Agreement> agreements(long applicationId) {
        return jdbc.sql("""
                select pass, grade, note, recorded_by, recorded_at
                from triage_agreement where application_id = :app order by pass""")
            .param("app", applicationId)
            .query(Triage.Agreement.class)
            .list();
    }

    /** Answers false when the pass has an agreed grade already. */
    boolean agree(long applicationId, int pass, int grade, String note, String by, Instant at) {
        return jdbc.sql("""
                insert into triage_agreement (application_id, pass, grade, note, recorded_by, recorded_at)
                values (:app, :pass, :grade, :note, :by, :at) on conflict do nothing""")
            .param("app", applicationId)
            .param("pass", pass)
            .param("grade", grade)
            .param("note", note)
            .param("by", by)
            .param("at", java.sql.Timestamp.from(at))
            .update() == 1;
    }

    /** The latest agreement of each of these applications that has one. */
    Map<Long, Triage.Agreement> latestAgreements(Collection<Long> applicationIds) {
        Map<Long, Triage.Agreement> latest = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return latest;
        }
        record Row(long applicationId, int pass, int grade, String note, String recordedBy, Instant recordedAt) {
        }
        jdbc.sql("""
                select distinct on (application_id) application_id, pass, grade, note, recorded_by, recorded_at
                from triage_agreement where application_id in (:ids) order by application_id, pass desc""")
            .param("ids", applicationIds)
            .query(Row.class)
            .list()
            .forEach(r -> latest.put(r.applicationId(),
                    new Triage.Agreement(r.pass(), r.grade(), r.note(), r.recordedBy(), r.recordedAt())));
        return latest;
    }

    /**
     * Per application, each member's current grade (the latest) in each pass, as pairs of
     * pass and grade: what the work list shows as "graded by n, disagree".
     */
    Map<Long, List<int[]>> currentGrades(Collection<Long> applicationIds) {
        Map<Long, List<int[]>> grades = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return grades;
        }
        record Row(long applicationId, int pass, int grade) {
        }
        jdbc.sql("""
                select distinct on (application_id, pass, member) application_id, pass, grade
                from triage_grade where application_id in (:ids)
                order by application_id, pass, member, id desc""")
            .param("ids", applicationIds)
            .query(Row.class)
            .list()
            .forEach(r -> grades.computeIfAbsent(r.applicationId(), id -> new java.util.ArrayList<>())
                .add(new int[] { r.pass(), r.grade() }));
        return grades;
    }

    Optional<Triage.Declaration> standing(long applicationId, String member) {
        return declarations(applicationId).stream()
            .filter(d -> d.member().equals(member) && d.withdrawnAt() == null)
            .findFirst();
    }

}
