package se.sif.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.sif.shared.DomainException;
import se.sif.shared.Stockholm;

/**
 * What a completion request lets the applicant change: for a draft every part; for an
 * application under a completion request only the parts it names, until the end of its
 * deadline day (Stockholm time, by the injected clock); nothing otherwise. Asked by
 * {@link Applications} when the applicant saves or submits (the whole-content save is
 * refused if it changes a part not reopened) and, through {@link CompletionRequests}, by
 * the task list.
 */
@Component
class CompletionRules {

    /**
     * The application's fields as the form names them, with how their stored and typed
     * values are read for comparison; the section each belongs to is
     * {@link ApplicationContent#SECTIONS}.
     */
    private record Field(String name, Function<ApplicationView, @Nullable Object> stored,
            Function<ApplicationContent, @Nullable Object> typed) {

        ApplicationSection section() {
            return java.util.Objects.requireNonNull(ApplicationContent.SECTIONS.get(name));
        }

    }

    private static final List<Field> FIELDS = List.of(new Field("title", a -> text(a.title()), c -> text(c.title())),
            new Field("requestedAmount", ApplicationView::requestedAmountOre, ApplicationContent::requestedAmountOre),
            new Field("targetGroup", a -> text(a.targetGroup()), c -> text(c.targetGroup())),
            new Field("method", a -> text(a.method()), c -> text(c.method())),
            new Field("definedEffect", a -> text(a.definedEffect()), c -> text(c.definedEffect())),
            new Field("startDate", ApplicationView::startDate, ApplicationContent::startDate),
            new Field("endDate", ApplicationView::endDate, ApplicationContent::endDate),
            new Field("coFinancing", a -> text(a.coFinancing()), c -> text(c.coFinancing())),
            new Field("coApplicantIds",
                    a -> new HashSet<>(
                            a.coApplicants().stream().map(ApplicationView.CoApplicant::organisationId).toList()),
                    c -> new HashSet<>(c.coApplicantIds())),
            new Field("continuation", a -> text(a.continuation()), c -> text(c.continuation())));

    private final CompletionRequestRepository repository;

    private final Clock clock;

    CompletionRules(CompletionRequestRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The parts the applicant may change today. */
    Set<ApplicationSection> editableSections(ApplicationView application) {
        return switch (application.status()) {
            case DRAFT -> EnumSet.allOf(ApplicationSection.class);
            case COMPLETION_REQUESTED -> open(application.id()).filter(r -> r.acceptsOn(today()))
                .map(CompletionRequest::sections)
                .map(EnumSet::copyOf)
                .orElseGet(() -> EnumSet.noneOf(ApplicationSection.class));
            default -> EnumSet.noneOf(ApplicationSection.class);
        };
    }

    /**
     * Refuses a save of the whole content that changes a field outside the parts the
     * completion request reopened (or any field once its deadline has passed), every such
     * field at once. A draft is not asked.
     */
    void checkChanges(ApplicationView stored, ApplicationContent typed) {
        if (stored.status() != ApplicationStatus.COMPLETION_REQUESTED) {
            return;
        }
        Set<ApplicationSection> editable = editableSections(stored);
        Optional<CompletionRequest> request = open(stored.id());
        DomainException.Violations violations = new DomainException.Violations();
        for (String field : changedFields(stored, typed)) {
            ApplicationSection section = sectionOf(field);
            if (!editable.contains(section)) {
                if (request.isPresent() && !request.get().acceptsOn(today())) {
                    violations.add(field, "application.error.completionClosed", request.get().deadline());
                }
                else {
                    violations.add(field, "application.error.sectionNotReopened");
                }
            }
        }
        violations.throwIfAny();
    }

    /**
     * A completion is submitted: refused after its deadline day, else the request is
     * marked answered (in the submission's transaction). A first submission is not asked.
     */
    void answer(ApplicationView application, String by, Instant at) {
        if (application.status() != ApplicationStatus.COMPLETION_REQUESTED) {
            return;
        }
        Optional<CompletionRequest> request = open(application.id());
        if (request.isEmpty()) {
            return;
        }
        if (!request.get().acceptsOn(LocalDate.ofInstant(at, Stockholm.ZONE))) {
            throw new DomainException("application.error.completionDeadlinePassed", request.get().deadline());
        }
        repository.markAnswered(application.id(), by, at);
    }

    /** The names of the fields whose typed value differs from the stored one. */
    static List<String> changedFields(ApplicationView stored, ApplicationContent typed) {
        Map<String, Boolean> changed = new LinkedHashMap<>();
        for (Field field : FIELDS) {
            Object typedValue = field.typed().apply(typed);
            // a blank title keeps the stored one (Applications.update)
            if (field.name().equals("title") && typedValue == null) {
                continue;
            }
            changed.put(field.name(), !Objects.equals(field.stored().apply(stored), typedValue));
        }
        return changed.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    /** The part of the task list a field of the whole-content form belongs to. */
    static ApplicationSection sectionOf(String field) {
        return FIELDS.stream()
            .filter(f -> f.name().equals(field))
            .map(Field::section)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(field));
    }

    private Optional<CompletionRequest> open(long applicationId) {
        return repository.latest(applicationId).filter(CompletionRequest::isOpen);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Stockholm.ZONE));
    }

    /**
     * Text as compared: blank is no answer, and a browser's line ends (CRLF) are the same
     * text as the API's (LF).
     */
    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.replace("\r\n", "\n").strip();
    }

}
