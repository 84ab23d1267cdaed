package se.sif.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import se.sif.organisation.Organisation;
import se.sif.shared.Stockholm;
import se.sif.shared.web.Kronor;

/**
 * A call as the officer builds it, in the order of the builder's fields; the times are
 * Stockholm time. {@code version} is the call's as the page showed it (null for a new
 * call).
 */
record CallForm(@NotNull(message = "{call.error.fundRequired}") @Nullable Long fundId,
        @NotNull(message = "{call.error.kindRequired}") CallContent.@Nullable Kind kind,
        @NotBlank(message = "{call.error.titleRequired}") @Size(max = 200,
                message = "{call.error.titleLength}") @Nullable String title,
        @Size(max = 2000) @Nullable String purpose, @Size(max = 2000) @Nullable String focus,
        @Size(max = 20000) @Nullable String description,
        @NotNull(message = "{call.error.ceilingRequired}") @Kronor @Nullable Long budgetCeiling,
        @Kronor @Nullable Long minAmount, @Kronor @Nullable Long maxAmount,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate earliestStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate latestEnd, @Nullable Integer maxMonths,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensDate,
        @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime opensTime,
        @NotNull(message = "{call.error.deadlineRequired}") @DateTimeFormat(
                iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadlineDate,
        @NotNull(message = "{call.error.deadlineTimeRequired}") @DateTimeFormat(
                pattern = "HH:mm") @Nullable LocalTime deadlineTime,
        @Nullable Integer handlingDays, @Nullable List<Organisation.Kind> applicantKinds,
        @NotNull(message = "{call.error.collaborationRequired}") CallContent.@Nullable Collaboration collaboration,
        boolean coFinancingRequired, @Nullable Map<ProjectType, TypeForm> projectTypes,
        @Nullable List<String> triageChecklist, @Nullable Long version) {

    /**
     * One project type as the builder shows it: whether the call takes it, the criteria
     * ticked, and the rubric's rows in {@link Criteria#RUBRIC_AREAS}' order.
     */
    record TypeForm(boolean accepted, @Nullable List<String> criteria, @Nullable List<RubricRow> rubric) {

        /** A row per main area, whatever was sent, so the page can show each. */
        TypeForm {
            List<RubricRow> rows = new java.util.ArrayList<>(rubric == null ? List.of() : rubric);
            for (int i = rows.size(); i < Criteria.RUBRIC_AREAS.size(); i++) {
                rows.add(new RubricRow(Criteria.RUBRIC_AREAS.get(i), null, null));
            }
            rubric = rows;
        }

        static TypeForm of(@Nullable Criteria criteria, ProjectType type) {
            Criteria shown = criteria == null ? Criteria.usual(type) : criteria;
            return new TypeForm(criteria != null, shown.criteria(), Criteria.RUBRIC_AREAS.stream().map(area -> {
                Criteria.RubricItem item = shown.rubric()
                    .stream()
                    .filter(i -> i.area().equals(area))
                    .findFirst()
                    .orElse(new Criteria.RubricItem(area, 0, null));
                return new RubricRow(area, item.weight(), item.threshold());
            }).toList());
        }

        Criteria criteriaAsTyped() {
            return new Criteria(criteria == null ? List.of() : criteria,
                    rubric == null ? List.of()
                            : rubric.stream()
                                .filter(r -> r.area() != null)
                                .map(r -> new Criteria.RubricItem(Objects.requireNonNull(r.area()),
                                        r.weight() == null ? 0 : r.weight(), r.threshold()))
                                .toList());
        }

    }

    /** A main area's weight and least score, as typed. */
    record RubricRow(@Nullable String area, @Nullable Integer weight, @Nullable Integer threshold) {
    }

    /**
     * Every project type has its row, whatever was sent (a type not sent is not taken),
     * so the page can show each.
     */
    CallForm {
        Map<ProjectType, TypeForm> rows = new EnumMap<>(ProjectType.class);
        if (projectTypes != null) {
            rows.putAll(projectTypes);
        }
        for (ProjectType type : ProjectType.values()) {
            rows.putIfAbsent(type, new TypeForm(false, List.of(), null));
        }
        projectTypes = rows;
    }

    static Map<ProjectType, TypeForm> types(Map<ProjectType, Criteria> accepted) {
        Map<ProjectType, TypeForm> types = new EnumMap<>(ProjectType.class);
        for (ProjectType type : ProjectType.values()) {
            types.put(type, TypeForm.of(accepted.get(type), type));
        }
        return types;
    }

    /**
     * A new call starts from the usual rules (VGR's): closes at the end of its last day,
     * at most three years, two months' handling.
     */
    static final CallForm BLANK = new CallForm(null, CallContent.Kind.INVESTMENT, null, null, null, null, null, null,
            null, null, null, 36, null, LocalTime.of(8, 0), null, LocalTime.of(23, 59), 60,
            List.copyOf(CallContent.Eligibility.USUAL.applicantKinds()), CallContent.Eligibility.USUAL.collaboration(),
            true, types(Criteria.usual()), Criteria.TABLE_2, null);

    static CallForm of(CallView call) {
        CallContent c = call.content();
        ZonedDateTime closes = c.closesAt().atZone(Stockholm.ZONE);
        ZonedDateTime opens = c.opensAt() == null ? null : c.opensAt().atZone(Stockholm.ZONE);
        return new CallForm(call.fundId(), c.kind(), c.title(), c.purpose(), c.focus(), c.description(),
                c.budgetCeilingOre(), c.minAmountOre(), c.maxAmountOre(), c.earliestStart(), c.latestEnd(),
                c.maxMonths(), opens == null ? null : opens.toLocalDate(), opens == null ? null : opens.toLocalTime(),
                closes.toLocalDate(), closes.toLocalTime(), c.handlingDays(),
                c.eligibility().applicantKinds().stream().sorted().toList(), c.eligibility().collaboration(),
                c.eligibility().coFinancingRequired(), types(c.projectTypes()), c.triageChecklist(), call.version());
    }

    /** The content as typed; only called once Bean Validation passed. */
    CallContent content() {
        Instant opens = opensDate == null ? null
                : ZonedDateTime.of(opensDate, opensTime == null ? LocalTime.MIDNIGHT : opensTime, Stockholm.ZONE)
                    .toInstant();
        Instant closes = ZonedDateTime
            .of(Objects.requireNonNull(deadlineDate), Objects.requireNonNull(deadlineTime), Stockholm.ZONE)
            .toInstant();
        return new CallContent(Objects.requireNonNull(title), purpose, focus, description,
                Objects.requireNonNull(budgetCeiling), minAmount, maxAmount, earliestStart, latestEnd, maxMonths, opens,
                closes, handlingDays,
                new CallContent.Eligibility(
                        applicantKinds == null ? java.util.Set.of() : java.util.Set.copyOf(applicantKinds),
                        Objects.requireNonNull(collaboration), coFinancingRequired),
                accepted(), triageChecklist == null ? List.of() : triageChecklist, Objects.requireNonNull(kind));
    }

    /** The project types ticked as taken, each with its criteria as typed. */
    private Map<ProjectType, Criteria> accepted() {
        Map<ProjectType, Criteria> accepted = new EnumMap<>(ProjectType.class);
        if (projectTypes != null) {
            projectTypes.forEach((type, form) -> {
                if (form != null && form.accepted()) {
                    accepted.put(type, form.criteriaAsTyped());
                }
            });
        }
        return accepted;
    }

}
