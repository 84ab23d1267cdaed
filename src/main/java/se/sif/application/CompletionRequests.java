package se.sif.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.identity.Users;
import se.sif.notification.Notifications;
import se.sif.notification.Recipient;
import se.sif.shared.DomainException;
import se.sif.shared.PublicUrl;
import se.sif.shared.Stockholm;

/**
 * Completion requests (komplettering): screening reopens named parts of a submitted
 * application, says what to complete and sets a last day. The applicant may then change
 * only those parts ({@link #editableSections}) and submit the completion until the end of
 * that day; the submission marks the request answered and the application is back in
 * screening's work list. The applicant is e-mailed the request.
 */
@Service
@Transactional(readOnly = true)
public class CompletionRequests {

    static final int MAX_MESSAGE = 8000;

    private final Applications applications;

    private final CompletionRules rules;

    private final CompletionRequestRepository repository;

    private final ApplicantContacts contacts;

    private final AuditTrail audit;

    private final Users users;

    private final Notifications notifications;

    private final MessageSource messages;

    private final PublicUrl publicUrl;

    private final Clock clock;

    CompletionRequests(Applications applications, CompletionRules rules, CompletionRequestRepository repository,
            ApplicantContacts contacts, AuditTrail audit, Users users, Notifications notifications,
            MessageSource messages, PublicUrl publicUrl, Clock clock) {
        this.applications = applications;
        this.rules = rules;
        this.repository = repository;
        this.contacts = contacts;
        this.audit = audit;
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /**
     * Reopens the named parts of a submitted application until the end of
     * {@code deadline}: moves it to {@link ApplicationStatus#COMPLETION_REQUESTED} (as
     * screening's {@link Applications#screened} does, in the caller's transaction), keeps
     * the request and e-mails the applicant. At least one part, a message and a deadline
     * after today; the fields named are the screening form's.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CompletionRequest request(long applicationId, Set<ApplicationSection> sections, @Nullable String message,
            @Nullable LocalDate deadline) {
        ApplicationView application = applications.get(applicationId);
        check(sections, message, deadline, LocalDate.now(clock.withZone(Stockholm.ZONE)));
        String text = java.util.Objects.requireNonNull(message).strip();
        LocalDate lastDay = java.util.Objects.requireNonNull(deadline);
        applications.screened(applicationId, ApplicationStatus.COMPLETION_REQUESTED);
        EnumSet<ApplicationSection> named = EnumSet.copyOf(sections);
        String officer = users.current().username();
        repository.insert(applicationId, named, text, lastDay, officer, clock.instant());
        audit.record("application.completionRequested", "application", applicationId,
                named.stream().map(Enum::name).collect(Collectors.joining(", ")) + "; " + lastDay);
        mail(application, named, text, lastDay);
        return repository.latest(applicationId).orElseThrow();
    }

    /**
     * What a completion request must hold, every problem at once, named by the screening
     * form's fields: at least one part, a message, and a last day after {@code today}.
     * Screening checks a recording with it before anything is written.
     */
    public static void check(Set<ApplicationSection> sections, @Nullable String message, @Nullable LocalDate deadline,
            LocalDate today) {
        DomainException.Violations violations = new DomainException.Violations();
        if (sections.isEmpty()) {
            violations.add("completionSections", "application.error.completionSections");
        }
        if (message == null || message.isBlank()) {
            violations.add("reasonsText", "application.error.completionMessage");
        }
        else if (message.length() > MAX_MESSAGE) {
            violations.add("reasonsText", "application.error.tooLong", MAX_MESSAGE);
        }
        if (deadline == null || !deadline.isAfter(today)) {
            violations.add("completionDeadline", "application.error.completionDeadline");
        }
        violations.throwIfAny();
    }

    /**
     * The application's newest completion request, answered or not, for whoever may read
     * the application (else it does not exist for them).
     */
    public Optional<CompletionRequest> latest(long applicationId) {
        applications.get(applicationId);
        return repository.latest(applicationId);
    }

    /**
     * The parts of the application its organisation may change today: every part of a
     * draft; under a completion request the parts it names, until the end of its deadline
     * day (Stockholm time); none otherwise.
     */
    public Set<ApplicationSection> editableSections(ApplicationView application) {
        return rules.editableSections(application);
    }

    /**
     * To the person who submitted the application last (or who started it), in Swedish:
     * the parts named, the message and the last day, with the link to the application.
     */
    private void mail(ApplicationView application, Set<ApplicationSection> sections, String message,
            LocalDate deadline) {
        Recipient recipient = contacts.of(application.id()).orElse(null);
        if (recipient == null) {
            return;
        }
        String parts = sections.stream()
            .map(s -> messages.getMessage(s.messageKey(), null, s.name(), recipient.locale()))
            .collect(Collectors.joining(", "));
        notifications.queue(recipient, "notification.completionRequest", application.registrationNumber(),
                application.title(), parts, message, deadline, publicUrl.of("/applications/" + application.id()),
                recipient.name() == null ? "" : recipient.name());
    }

}
