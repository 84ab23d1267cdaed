package se.sif.call;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calls' SQL: {@code funding_call}, read and written only here. */
@Repository
class CallRepository {

    private static final String SELECT = """
            select id, fund_id, title, description, deadline, budget_ceiling_ore, created_by, created_at
            from funding_call""";

    /** A call as stored. */
    record Row(long id, long fundId, String title, String description, Instant deadline, long budgetCeilingOre,
            String createdBy, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    CallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every call, the latest deadline first. */
    List<Row> findAll() {
        return jdbc.sql(SELECT + " order by deadline desc").query(Row.class).list();
    }

    Optional<Row> findById(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Row.class).optional();
    }

    /** The calls with these ids; unknown ids are left out. */
    List<Row> findByIds(Collection<Long> ids) {
        return jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(Row.class).list();
    }

    /** Stores a new call and answers its id. */
    long insert(long fundId, String title, String description, Instant deadline, long budgetCeilingOre,
            String createdBy) {
        return jdbc.sql("""
                insert into funding_call (fund_id, title, description, deadline, budget_ceiling_ore, created_by)
                values (:fund, :title, :description, :deadline, :ceiling, :by) returning id""")
            .param("fund", fundId)
            .param("title", title)
            .param("description", description)
            .param("deadline", java.sql.Timestamp.from(deadline))
            .param("ceiling", budgetCeilingOre)
            .param("by", createdBy)
            .query(Long.class)
            .single();
    }

}
