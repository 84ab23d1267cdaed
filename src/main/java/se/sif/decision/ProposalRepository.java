package se.sif.decision;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The working group's proposals and the steering group's endorsements as stored
 * ({@code decision_proposal}).
 */
@Repository
class ProposalRepository {

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Proposal> forApplication(long applicationId) {
        return jdbc.sql("select * from decision_proposal where application_id = :a")
            .param("a", applicationId)
            .query(Proposal.class)
            .optional();
    }

    /**
     * Locks the application's proposal (if it has one) until the transaction ends, so two
     * decisions on it are taken one after the other.
     */
    void lock(long applicationId) {
        jdbc.sql("select id from decision_proposal where application_id = :a for update")
            .param("a", applicationId)
            .query(Long.class)
            .optional();
    }

    /** The applications that have a proposal. */
    List<Long> proposedApplicationIds() {
        return jdbc.sql("select application_id from decision_proposal").query(Long.class).list();
    }

    /** The applications whose proposal nobody has endorsed yet, the oldest first. */
    List<Long> awaitingEndorsement() {
        return jdbc
            .sql("select application_id from decision_proposal where endorsed_at is null order by prepared_at, id")
            .query(Long.class)
            .list();
    }

    /**
     * The applications whose proposal is endorsed and not decided, the earliest endorsed
     * first.
     */
    List<Long> awaitingDecision() {
        return jdbc.sql("""
                select p.application_id from decision_proposal p
                where p.endorsed_at is not null
                  and not exists (select 1 from decision d where d.application_id = p.application_id)
                order by p.endorsed_at, p.id""").query(Long.class).list();
    }

    void add(long applicationId, DecisionOutcome recommendation, @Nullable Long amountOre, String reasons,
            String preparedBy) {
        jdbc.sql("""
                insert into decision_proposal (application_id, recommendation, amount_ore, reasons, prepared_by)
                values (:a, :rec, :amount, :reasons, :by)""")
            .param("a", applicationId)
            .param("rec", recommendation.name())
            .param("amount", amountOre)
            .param("reasons", reasons)
            .param("by", preparedBy)
            .update();
    }

    /**
     * Revises a proposal if it is still at the version read.
     * @return the rows updated: 0 when someone changed the proposal in between
     */
    int revise(long applicationId, long expectedVersion, DecisionOutcome recommendation, @Nullable Long amountOre,
            String reasons, String preparedBy) {
        return jdbc.sql("""
                update decision_proposal set recommendation = :rec, amount_ore = :amount, reasons = :reasons,
                    prepared_by = :by, prepared_at = now(), version = version + 1
                where application_id = :a and version = :version""")
            .param("rec", recommendation.name())
            .param("amount", amountOre)
            .param("reasons", reasons)
            .param("by", preparedBy)
            .param("a", applicationId)
            .param("version", expectedVersion)
            .update();
    }

    /**
     * Records the steering group's endorsement if the proposal is still at the version
     * read.
     * @return the rows updated: 0 when someone changed the proposal in between
     */
    int endorse(long applicationId, long expectedVersion, String endorsedBy, @Nullable String comment) {
        return jdbc.sql("""
                update decision_proposal set endorsed_by = :by, endorsed_at = now(), steering_comment = :comment,
                    version = version + 1 where application_id = :a and version = :version""")
            .param("by", endorsedBy)
            .param("comment", comment)
            .param("a", applicationId)
            .param("version", expectedVersion)
            .update();
    }

    /**
     * The working group's proposals over these applications, and how many are endorsed.
     */
    Proposed proposed(java.util.Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return new Proposed(0, 0, 0);
        }
        return jdbc.sql("""
                select count(*) filter (where recommendation = 'GRANTED') as grants,
                       count(*) filter (where recommendation = 'REJECTED') as rejections,
                       count(*) filter (where endorsed_by is not null) as endorsed
                from decision_proposal where application_id in (:ids)""")
            .param("ids", applicationIds)
            .query(Proposed.class)
            .single();
    }

    record Proposed(long grants, long rejections, long endorsed) {
    }

}
