package se.sif.decision;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The board's decisions and their conditions as stored ({@code decision},
 * {@code decision_condition}).
 */
@Repository
class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A decision as it is written, before it has an id. */
    record NewDecision(long applicationId, DecisionOutcome outcome, @Nullable Long grantedAmountOre, String reasons,
            LocalDate decidedOn, String decisionBody, @Nullable String minutesParagraph,
            @Nullable LocalDate minutesPostedOn, String registrationNumber, String recordedBy) {
    }

    long add(NewDecision d) {
        return jdbc.sql("""
                insert into decision (application_id, outcome, granted_amount_ore, reasons, decided_on, decision_body,
                    minutes_paragraph, minutes_posted_on, registration_number, recorded_by)
                values (:app, :outcome, :amount, :reasons, :decidedOn, :body, :paragraph, :postedOn, :reg, :by)
                returning id""")
            .param("app", d.applicationId())
            .param("outcome", d.outcome().name())
            .param("amount", d.grantedAmountOre())
            .param("reasons", d.reasons())
            .param("decidedOn", Date.valueOf(d.decidedOn()))
            .param("body", d.decisionBody())
            .param("paragraph", d.minutesParagraph())
            .param("postedOn", d.minutesPostedOn() == null ? null : Date.valueOf(d.minutesPostedOn()))
            .param("reg", d.registrationNumber())
            .param("by", d.recordedBy())
            .query(Long.class)
            .single();
    }

    void addCondition(long decisionId, int position, String text, @Nullable LocalDate dueDate) {
        jdbc.sql(
                "insert into decision_condition (decision_id, position, text, due_date) values (:id, :pos, :text, :due)")
            .param("id", decisionId)
            .param("pos", position)
            .param("text", text)
            .param("due", dueDate == null ? null : Date.valueOf(dueDate))
            .update();
    }

    /**
     * The decision on an application with its conditions in order, if one is recorded.
     */
    Optional<DecisionView> forApplication(long applicationId) {
        record Row(long id, long applicationId, DecisionOutcome outcome, Long grantedAmountOre, String reasons,
                LocalDate decidedOn, String decisionBody, String minutesParagraph, LocalDate minutesPostedOn,
                String registrationNumber, String recordedBy, Instant recordedAt) {
        }
        return jdbc.sql("select * from decision where application_id = :app")
            .param("app", applicationId)
            .query(Row.class)
            .optional()
            .map(d -> new DecisionView(d.id(), d.applicationId(), d.outcome(), d.grantedAmountOre(), d.reasons(),
                    d.decidedOn(), d.decisionBody(), d.minutesParagraph(), d.minutesPostedOn(), d.registrationNumber(),
                    d.recordedBy(), d.recordedAt(),
                    jdbc.sql(
                            "select position, text, due_date from decision_condition where decision_id = :id order by position")
                        .param("id", d.id())
                        .query(DecisionView.Condition.class)
                        .list()));
    }

    /** The board's grants (with their sum) and rejections over these applications. */
    Decided decided(java.util.Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return new Decided(0, 0, 0);
        }
        return jdbc.sql("""
                select count(*) filter (where outcome = 'GRANTED') as granted,
                       count(*) filter (where outcome = 'REJECTED') as rejected,
                       coalesce(sum(granted_amount_ore), 0) as granted_ore
                from decision where application_id in (:ids)""")
            .param("ids", applicationIds)
            .query(Decided.class)
            .single();
    }

    record Decided(long granted, long rejected, long grantedOre) {
    }

}
