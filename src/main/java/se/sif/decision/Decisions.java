package se.sif.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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

    private final DecisionRepository repository;

    private final ProposalRepository proposalRepository;

    private final Applications applications;

    private final Calls calls;

    private final FundLedger ledger;

    private final RegistrationNumbers registrationNumbers;

    private final AuditTrail audit;

    private final Users users;

    private final ApplicationEventPublisher events;

    private final Proposals proposals;

    private final Clock clock;

    Decisions(DecisionRepository repository, ProposalRepository proposalRepository, Applications applications,
            Calls calls, FundLedger ledger, RegistrationNumbers registrationNumbers, AuditTrail audit, Users users,
            ApplicationEventPublisher events, Proposals proposals, Clock clock) {
        this.clock = clock;
        this.proposals = proposals;
        this.repository = repository;
        this.proposalRepository = proposalRepository;
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
        return Proposals.items(proposalRepository.awaitingDecision(), applications);
    }

    /** What the decision chain did with these applications (a call's), as counts. */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public DecisionFunnel funnel(java.util.Collection<Long> applicationIds) {
        ProposalRepository.Proposed proposed = proposalRepository.proposed(applicationIds);
        DecisionRepository.Decided decided = repository.decided(applicationIds);
        return new DecisionFunnel(proposed.grants(), proposed.rejections(), proposed.endorsed(), decided.granted(),
                decided.rejected(), decided.grantedOre());
    }

    /** The decision on an application, for whoever may see the application. */
    public Optional<DecisionView> forApplication(long applicationId) {
        applications.get(applicationId);
        return find(applicationId);
    }

    /**
     * The body that decides on the application (its fund's owner), for whoever may see
     * the application: its decisions name it, and it says who may appeal.
     */
    public se.sif.fund.FundOwner decidingBody(long applicationId) {
        ApplicationView application = applications.get(applicationId);
        return ledger.owner(calls.get(application.callId()).fundId());
    }

    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public DecisionView record(long applicationId, Recording r) {
        ApplicationView application = applications.get(applicationId);
        // Two identical decisions sent at once must be recorded once: the proposal's row
        // lock makes the second
        // wait for the first to commit instead of racing into the unique key on
        // decision.application_id.
        proposalRepository.lock(applicationId);
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
        // validate has refused a decision without these
        LocalDate decidedOn = Objects.requireNonNull(r.decidedOn());
        String reasons = Objects.requireNonNull(r.reasons()).strip();
        Long grantedOre = r.grant() ? Objects.requireNonNull(r.grantedAmountOre()) : null;
        String registrationNumber = registrationNumbers.next(decidedOn);
        long fundId = calls.get(application.callId()).fundId();
        long id = repository.add(new DecisionRepository.NewDecision(applicationId, DecisionOutcome.of(r.grant()),
                grantedOre, reasons, decidedOn, ledger.owner(fundId).name(), r.minutesParagraph(), r.minutesPostedOn(),
                registrationNumber, users.current().username()));
        List<DecisionView.Condition> conditions = r.conditions()
            .stream()
            .filter(condition -> condition.text() != null && !condition.text().isBlank())
            .toList();
        int position = 1;
        for (DecisionView.Condition condition : conditions) {
            repository.addCondition(id, position++, condition.text().strip(), condition.dueDate());
        }
        if (grantedOre != null) {
            String firstCondition = conditions.isEmpty() ? null : conditions.get(0).text();
            ledger.commitGrant(
                    new FundLedger.GrantCommitment(se.sif.fund.FundId.of(fundId), decidedOn.getYear(), grantedOre,
                            registrationNumber, application.title(),
                            se.sif.organisation.OrganisationId.of(application.applicantOrganisationId()), applicationId,
                            application.startDate(), application.endDate(), firstCondition,
                            r.minutesPostedOn() == null ? null : DecisionView.legalForceFrom(r.minutesPostedOn())),
                    application.preStudy() ? se.sif.fund.GrantKind.PRE_STUDY : se.sif.fund.GrantKind.GRANT);
        }
        applications.decided(applicationId, r.grant());
        audit.record(r.grant() ? "decision.granted" : "decision.rejected", "application", applicationId,
                registrationNumber + (grantedOre != null ? ": " + Money.format(grantedOre, Locale.ROOT) : ""));
        if (grantedOre != null) {
            events.publishEvent(new GrantDecided(DecisionId.of(id), se.sif.application.ApplicationId.of(applicationId),
                    se.sif.fund.FundId.of(fundId), application.title(),
                    se.sif.organisation.OrganisationId.of(application.applicantOrganisationId()), grantedOre,
                    application.startDate(), application.endDate(), registrationNumber));
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
        for (int i = 0; i < r.conditions().size(); i++) {
            DecisionView.Condition condition = r.conditions().get(i);
            if (condition.dueDate() != null && r.decidedOn() != null && condition.dueDate().isBefore(r.decidedOn())) {
                violations.add("conditions[" + i + "].dueDate", "decision.error.conditionDueBeforeDecision",
                        r.decidedOn());
            }
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
        return repository.forApplication(applicationId);
    }

}
