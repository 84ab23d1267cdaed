package se.sif.economics;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sif.economics.ParameterSets.Kind;
import se.sif.economics.ParameterSets.ParameterSet;

/**
 * The parameter sets as stored ({@code economics_parameter_set}): rows are never changed
 * (a database trigger refuses it), the body is the set's JSON as the service wrote it.
 */
@Repository
class ParameterSetRepository {

    private final JdbcClient jdbc;

    ParameterSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a built-in set by the system, unless that version is there already. */
    void insertBuiltInIfMissing(Kind kind, String version, String description, String body) {
        jdbc.sql("""
                insert into economics_parameter_set (kind, version, description, body, created_by)
                values (:kind, :version, :description, cast(:body as jsonb), 'system') on conflict do nothing""")
            .param("kind", kind.name())
            .param("version", version)
            .param("description", description)
            .param("body", body)
            .update();
    }

    /**
     * Adds a version of a set.
     * @return false when that kind and version exist already (nothing is written)
     */
    boolean insert(Kind kind, String version, String description, String body, String createdBy) {
        int inserted = jdbc.sql("""
                insert into economics_parameter_set (kind, version, description, body, created_by)
                values (:kind, :version, :description, cast(:body as jsonb), :by) on conflict do nothing""")
            .param("kind", kind.name())
            .param("version", version)
            .param("description", description)
            .param("body", body)
            .param("by", createdBy)
            .update();
        return inserted != 0;
    }

    List<ParameterSet> all(Kind kind) {
        return jdbc.sql("select kind, version, description from economics_parameter_set where kind = :kind order by id")
            .param("kind", kind.name())
            .query(ParameterSet.class)
            .list();
    }

    /** The stored JSON body of a set. */
    Optional<String> body(Kind kind, String version) {
        return jdbc.sql("select body::text from economics_parameter_set where kind = :kind and version = :version")
            .param("kind", kind.name())
            .param("version", version)
            .query(String.class)
            .optional();
    }

}
