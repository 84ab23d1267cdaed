package se.sif.decision;

import java.time.Clock;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.application.ApplicationStatus;
import se.sif.application.ApplicationView;
import se.sif.application.Applications;
import se.sif.audit.AuditTrail;
import se.sif.call.Calls;
import se.sif.fund.FundLedger;
import se.sif.identity.Users;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.Stockholm;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.RegistrationNumbers;

/**
 * The board's decision is one transaction: the decision row, its conditions, the
 * commitment in the fund's ledger (refused if the year's money does not suffice), the
 * application's new state and the new investment. If any part is refused, nothing of it
 * is written.
 */
@Service
@Transactional(readOnly = true)
public class Decisions {

    private final JdbcClient jdbc;

    private final Applications applications;

    private final Calls calls;

    private final FundLedger ledger;

    private final RegistrationNumbers registrationNumbers;

    private final AuditTrail audit;

    private final Users users;

    private final ApplicationEventPublisher events;

    private final Proposals proposals;

    private final Clock clock;

    Decisions(JdbcClient jdbc, Applications applications, Calls calls, FundLedger ledger,
            RegistrationNumbers registrationNumbers, AuditTrail audit, Users users, ApplicationEventPublisher events,
            Proposals proposals, Clock clock) {
        this.clock = clock;
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.applications = applications;
        this.calls = calls;
        this.ledger = ledger;
        this.registrationNumbers = registrationNumbers;
        this.audit = audit;
        this.users = users;
        this.events = events;
    }

    public record Recording(boolean grant, @Nullable Long grantedAmountOre, @Nullable String reasons,
            @Nullable LocalDate decidedOn, @Nullable String minutesParagraph, @Nullable LocalDate minutesPostedOn,
            List<DecisionView.Condition> conditions) {
    }

    /**
     * The board's inbox: proposals the steering group has endorsed that wait for the
     * board's decision.
     */
    @PreAuthorize("hasRole('BOARD')")
    public List<se.sif.shared.WorkItem> awaitingDecision() {
        return Proposals.items(jdbc.sql("""
                select p.application_id from decision_proposal p
                where p.endorsed_at is not null
                  and not exists (select 1 from decision d where d.application_id = p.application_id)
                order by p.endorsed_at, p.id""").query(Long.class).list(), applications);
    }

    /** The decision on an application, for whoever may see the application. */
    public Optional<DecisionView> forApplication(long applicationId) {
        applications.get(applicationId);
        return find(applicationId);
    }

    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public DecisionView record(long applicationId, Recording r) {
        ApplicationView application = applications.get(applicationId);
        // Two identical decisions sent at once must be recorded once: the proposal's row
        // lock makes the second
        // wait for the first to commit instead of racing into the unique key on
        // decision.application_id.
        jdbc.sql("select id from decision_proposal where application_id = :a for update")
            .param("a", applicationId)
            .query(Long.class)
            .optional();
        Optional<DecisionView> recorded = find(applicationId);
        if (recorded.filter(decision -> sameDecision(decision, r)).isPresent()) {
            // the same decision again (sent twice, or twice at once): a conflict with
            // what is recorded, not a new rule
            throw new ConcurrentEditException("decision", applicationId);
        }
        if (recorded.isPresent() || !applications.get(applicationId).status().allows(ApplicationStatus.Step.DECIDE)) {
            throw new DomainException("decision.error.notReady");
        }
        if (proposals.forApplication(applicationId).filter(Proposal::endorsed).isEmpty()) {
            throw new DomainException("decision.error.noEndorsedProposal");
        }
        validate(r, LocalDate.now(clock));
        String registrationNumber = registrationNumbers.next(r.decidedOn());
        long fundId = calls.get(application.callId()).fundId();
        long id = jdbc.sql("""
                insert into decision (application_id, outcome, granted_amount_ore, reasons, decided_on, decision_body,
                    minutes_paragraph, minutes_posted_on, registration_number, recorded_by)
                values (:app, :outcome, :amount, :reasons, :decidedOn, :body, :paragraph, :postedOn, :reg, :by)
                returning id""")
            .param("app", applicationId)
            .param("outcome", DecisionOutcome.of(r.grant()).name())
            .param("amount", r.grant() ? r.grantedAmountOre() : null)
            .param("reasons", r.reasons().strip())
            .param("decidedOn", Date.valueOf(r.decidedOn()))
            .param("body", "Regionutvecklingsnämnden")
            .param("paragraph", r.minutesParagraph())
            .param("postedOn", r.minutesPostedOn() == null ? null : Date.valueOf(r.minutesPostedOn()))
            .param("reg", registrationNumber)
            .param("by", users.current().username())
            .query(Long.class)
            .single();
        List<DecisionView.Condition> conditions = r.conditions()
            .stream()
            .filter(condition -> condition.text() != null && !condition.text().isBlank())
            .toList();
        int position = 1;
        for (DecisionView.Condition condition : conditions) {
            jdbc.sql(
                    "insert into decision_condition (decision_id, position, text, due_date) values (:id, :pos, :text, :due)")
                .param("id", id)
                .param("pos", position++)
                .param("text", condition.text().strip())
                .param("due", condition.dueDate() == null ? null : Date.valueOf(condition.dueDate()))
                .update();
        }
        if (r.grant()) {
            String firstCondition = conditions.isEmpty() ? null : conditions.get(0).text();
            ledger.commitGrant(new FundLedger.GrantCommitment(fundId, r.decidedOn().getYear(), r.grantedAmountOre(),
                    registrationNumber, application.title(), application.applicantOrganisationId(), applicationId,
                    application.startDate(), application.endDate(), firstCondition));
        }
        applications.decided(applicationId, r.grant());
        audit.record(r.grant() ? "decision.granted" : "decision.rejected", "application", applicationId,
                registrationNumber + (r.grant() ? ": " + Money.format(r.grantedAmountOre(), Locale.ROOT) : ""));
        if (r.grant()) {
            events.publishEvent(new GrantDecided(id, applicationId, fundId, application.title(),
                    application.applicantOrganisationId(), r.grantedAmountOre(), application.startDate(),
                    application.endDate(), registrationNumber));
        }
        return find(applicationId).orElseThrow();
    }

    static void validate(Recording r, LocalDate today) {
        DomainException.Violations violations = new DomainException.Violations();
        if (r.grant() && (r.grantedAmountOre() == null || r.grantedAmountOre() <= 0)) {
            violations.add("grantedAmount", "decision.error.amountRequired");
        }
        if (!r.grant() && r.grantedAmountOre() != null) {
            violations.add("grantedAmount", "decision.error.amountOnRejection");
        }
        if (r.reasons() == null || r.reasons().isBlank()) {
            violations.add("reasons", "decision.error.reasonsRequired");
        }
        if (r.decidedOn() == null) {
            violations.add("decidedOn", "decision.error.dateRequired");
        }
        else if (r.decidedOn().isAfter(today)) {
            violations.add("decidedOn", "decision.error.dateInFuture");
        }
        if (r.minutesPostedOn() != null && r.decidedOn() != null && r.minutesPostedOn().isBefore(r.decidedOn())) {
            violations.add("minutesPostedOn", "decision.error.postedBeforeDecision");
        }
        violations.throwIfAny();
    }

    private static boolean sameDecision(DecisionView decision, Recording r) {
        return decision.granted() == r.grant()
                && java.util.Objects.equals(decision.grantedAmountOre(), r.grant() ? r.grantedAmountOre() : null)
                && r.reasons() != null && decision.reasons().equals(r.reasons().strip())
                && decision.decidedOn().equals(r.decidedOn());
    }

    private Optional<DecisionView> find(long applicationId) {
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

}
