package se.sif.decision;

import java.util.List;
import java.util.Locale;
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
import se.sif.shared.Actor;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.WorkItem;

/**
 * The decision chain before the board: the working group prepares a proposal after the
 * panel (grant with an amount, or reject, always with reasons); the steering group
 * endorses it. A proposal can be revised until it is endorsed.
 */
@Service
@Transactional(readOnly = true)
public class Proposals {

    private final ProposalRepository repository;

    private final Applications applications;

    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    Proposals(ProposalRepository repository, Applications applications, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.applications = applications;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The proposal is the officials' working material until the board decides: only they
     * read it.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public Optional<Proposal> forApplication(long applicationId) {
        return repository.forApplication(applicationId);
    }

    /**
     * The officer's inbox: applications with the panel that have no proposal for the
     * board yet.
     */
    @PreAuthorize("hasRole('OFFICER')")
    public List<WorkItem> toPrepare() {
        java.util.Set<Long> proposed = new java.util.HashSet<>(repository.proposedApplicationIds());
        return applications.inStatus(List.of(ApplicationStatus.IN_ASSESSMENT))
            .stream()
            .filter(a -> !proposed.contains(a.id()))
            .map(a -> new WorkItem(a.title(), a.registrationNumber(), "/applications/" + a.id() + "/decision", null))
            .toList();
    }

    /**
     * The steering group's inbox: proposals the working group has prepared and nobody has
     * endorsed yet.
     */
    @PreAuthorize("hasRole('STEERING')")
    public List<WorkItem> awaitingEndorsement() {
        return items(repository.awaitingEndorsement(), applications);
    }

    /**
     * Applications in the order given, as inbox items linking to the decision page where
     * one acts on them.
     */
    static List<WorkItem> items(List<Long> applicationIds, Applications applications) {
        java.util.Map<Long, ApplicationView> byId = new java.util.HashMap<>();
        applications.byIds(applicationIds).forEach(a -> byId.put(a.id(), a));
        return applicationIds.stream()
            .map(byId::get)
            .filter(java.util.Objects::nonNull)
            .filter(a -> a.status() == ApplicationStatus.IN_ASSESSMENT)
            .map(a -> new WorkItem(a.title(), a.registrationNumber(), "/applications/" + a.id() + "/decision", null))
            .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public Proposal propose(long applicationId, @Nullable Long expectedVersion, boolean grant, @Nullable Long amountOre,
            @Nullable String reasons) {
        ApplicationView application = applications.get(applicationId);
        if (application.status() != ApplicationStatus.IN_ASSESSMENT) {
            throw new DomainException("proposal.error.notWithPanel");
        }
        DomainException.Violations violations = new DomainException.Violations();
        if (grant && (amountOre == null || amountOre <= 0)) {
            violations.add("amount", "decision.error.amountRequired");
        }
        if (reasons == null || reasons.isBlank()) {
            violations.add("reasons", "decision.error.reasonsRequired");
        }
        violations.throwIfAny();
        // the violations above refused a proposal without these
        Long proposedOre = grant ? java.util.Objects.requireNonNull(amountOre) : null;
        String reasonsText = java.util.Objects.requireNonNull(reasons).strip();
        Optional<Proposal> existing = forApplication(applicationId);
        if (existing.isPresent()) {
            if (existing.get().endorsed()) {
                throw new DomainException("proposal.error.endorsed");
            }
            if (repository.revise(applicationId, expectedVersion == null ? -1 : expectedVersion,
                    DecisionOutcome.of(grant), proposedOre, reasonsText, Actor.name()) == 0) {
                throw new ConcurrentEditException("proposal", applicationId);
            }
        }
        else {
            repository.add(applicationId, DecisionOutcome.of(grant), proposedOre, reasonsText, Actor.name());
        }
        audit.record("decision.proposed", "application", applicationId,
                (proposedOre != null ? DecisionOutcome.GRANTED + " " + Money.format(proposedOre, Locale.ROOT)
                        : DecisionOutcome.REJECTED.name()));
        return forApplication(applicationId).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('STEERING')")
    public Proposal endorse(long applicationId, long expectedVersion, @Nullable String comment) {
        Proposal proposal = forApplication(applicationId).orElseThrow(() -> new DomainException("proposal.error.none"));
        if (proposal.endorsed()) {
            throw new DomainException("proposal.error.endorsed");
        }
        if (repository.endorse(applicationId, expectedVersion, Actor.name(),
                comment == null || comment.isBlank() ? null : comment.strip()) == 0) {
            throw new ConcurrentEditException("proposal", applicationId);
        }
        audit.record("decision.proposalEndorsed", "application", applicationId, comment);
        events.publishEvent(new ProposalEndorsed(se.sif.application.ApplicationId.of(applicationId),
                proposal.recommendation(), proposal.amountOre()));
        return forApplication(applicationId).orElseThrow();
    }

}
