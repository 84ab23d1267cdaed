package se.sif.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.sif.call.CallContent;
import se.sif.call.Criteria;
import se.sif.call.ProjectType;
import se.sif.shared.DomainException;

/**
 * The rules of the task list: which sections a call asks (Table 1's dimensions the call
 * asks for the chosen project type, the type's own questions, and what every application
 * has), what a section must hold to be completed, and what a typed section may not say.
 * Field names are those of the section's form, so a refused save and a missing answer
 * point at the same input.
 */
final class ApplicationSections {

    /** Sizes past these are typing mistakes, not target groups or budgets. */
    static final int MAX_AGE = 120;

    static final int MAX_GROUP = 10_000_000;

    static final long MAX_AMOUNT_ORE = 100_000_000_000_00L;

    static final long MAX_HOURS = 1_000_000;

    static final int MAX_SHORT = 300;

    static final int MAX_ROWS = 30;

    private ApplicationSections() {
    }

    static String path(ApplicationSection section) {
        return section.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static @Nullable ApplicationSection ofPath(String path) {
        for (ApplicationSection section : ApplicationSection.values()) {
            if (path(section).equals(path)) {
                return section;
            }
        }
        return null;
    }

    /**
     * The criteria the application answers: its project type's if it has chosen one the
     * call takes, otherwise every criterion of every type the call takes (nothing is
     * hidden before the choice).
     */
    static Set<String> criteria(CallContent call, ApplicationAnswers answers) {
        Criteria chosen = answers.projectType() == null ? null : call.projectTypes().get(answers.projectType());
        if (chosen != null) {
            return new HashSet<>(chosen.criteria());
        }
        Set<String> all = new HashSet<>();
        call.projectTypes().values().forEach(c -> all.addAll(c.criteria()));
        return all;
    }

    /** The project type's own questions (the table 4 criteria the call asks of it). */
    static List<String> typeQuestions(CallContent call, ApplicationAnswers answers) {
        Criteria chosen = answers.projectType() == null ? null : call.projectTypes().get(answers.projectType());
        if (chosen == null) {
            return List.of();
        }
        return chosen.criteria().stream().filter(c -> !Criteria.TABLE_1.contains(c)).toList();
    }

    /**
     * What a pre-study application asks: enough to judge whether the idea is worth
     * preparing for an investment (who it is for, the method, when, what the pre-study
     * will do and what it costs), and the partners only when the call demands a
     * collaboration. The effects, measurement, indicators, continuation, the type's
     * questions and the calculation are what the pre-study is there to work out.
     */
    static final Set<ApplicationSection> PRE_STUDY = java.util.EnumSet.of(ApplicationSection.ABOUT,
            ApplicationSection.TARGET_GROUP, ApplicationSection.METHOD, ApplicationSection.PERIOD,
            ApplicationSection.PARTNERS, ApplicationSection.IMPLEMENTATION, ApplicationSection.BUDGET);

    private static boolean preStudyAsks(CallContent call, ApplicationSection section) {
        if (section == ApplicationSection.PARTNERS) {
            return call.eligibility().collaboration() != CallContent.Collaboration.NONE;
        }
        return PRE_STUDY.contains(section);
    }

    /** The sections the call asks of this application, in task-list order. */
    static List<ApplicationSection> asked(CallContent call, ApplicationAnswers answers, boolean calculationAsked) {
        Set<String> criteria = criteria(call, answers);
        List<ApplicationSection> asked = new ArrayList<>();
        for (ApplicationSection section : ApplicationSection.values()) {
            if (call.preStudy() && !preStudyAsks(call, section)) {
                continue;
            }
            boolean ask = switch (section) {
                // before the type is chosen the section stands, so the applicant sees it
                // is coming
                case PROJECT_TYPE -> answers.projectType() == null
                        ? call.projectTypes().values().stream().anyMatch(c -> hasTypeQuestions(c.criteria()))
                        : !typeQuestions(call, answers).isEmpty();
                case CALCULATION -> calculationAsked;
                // the budget and the co-financing are per project year, so every
                // application gives its period, whichever criteria the call asks
                case PERIOD -> true;
                default -> section.askedBy(criteria);
            };
            if (ask) {
                asked.add(section);
            }
        }
        return asked;
    }

    private static boolean hasTypeQuestions(List<String> criteria) {
        return criteria.stream().anyMatch(c -> !Criteria.TABLE_1.contains(c));
    }

    /** The task list of an application written against this call version. */
    static TaskList taskList(ApplicationView a, CallContent call, @Nullable Boolean hasCalculation) {
        List<TaskList.Task> tasks = new ArrayList<>();
        for (ApplicationSection section : asked(call, a.answers(), hasCalculation != null)) {
            List<String> missing = missing(section, a, call, Boolean.TRUE.equals(hasCalculation));
            TaskList.Status status = missing.isEmpty() ? TaskList.Status.COMPLETED
                    : started(section, a, Boolean.TRUE.equals(hasCalculation)) ? TaskList.Status.IN_PROGRESS
                            : TaskList.Status.NOT_STARTED;
            tasks.add(new TaskList.Task(section, status, missing));
        }
        return new TaskList(tasks);
    }

    /** The answers a section still lacks to be completed. */
    static List<String> missing(ApplicationSection section, ApplicationView a, CallContent call,
            boolean hasCalculation) {
        ApplicationAnswers s = a.answers();
        List<String> missing = new ArrayList<>();
        switch (section) {
            case ABOUT -> {
                need(missing, "title", present(a.title()));
                need(missing, "projectType",
                        s.projectType() != null && call.projectTypes().containsKey(s.projectType()));
                need(missing, "requestedAmount", a.requestedAmountOre() != null);
            }
            case TARGET_GROUP -> {
                need(missing, "targetGroup", present(a.targetGroup()));
                need(missing, "groupSize", s.groupSize() != null);
                need(missing, "selection", present(s.selection()));
                need(missing, "need", present(s.need()));
            }
            case METHOD -> {
                need(missing, "methodKind", s.methodKind() != null);
                need(missing, "method", present(a.method()));
                // a proven or evidence-based method names where it was proven
                need(missing, "methodReferences",
                        s.methodKind() == ApplicationAnswers.MethodKind.NEW || present(s.methodReferences()));
            }
            case EFFECTS -> {
                need(missing, "definedEffect", present(a.definedEffect()));
                need(missing, "effectsAppear", present(s.effectsAppear()));
            }
            case SEPARATE -> need(missing, "separateFromOperations", present(s.separateFromOperations()));
            case PERIOD -> {
                need(missing, "startDate", a.startDate() != null);
                need(missing, "endDate", a.endDate() != null);
            }
            case PARTNERS -> {
                need(missing, "coApplicantIds", !a.coApplicants().isEmpty());
                need(missing, "coFinancing", present(a.coFinancing()));
                boolean described = true;
                boolean financed = true;
                for (long organisation : organisations(a)) {
                    ApplicationAnswers.Party party = s.party(organisation);
                    described &= party != null && present(party.role()) && present(party.receivingParty());
                    financed &= party != null && party.hours() > 0;
                }
                need(missing, "parties", described);
                need(missing, "partiesCoFinancing", !call.eligibility().coFinancingRequired() || financed);
            }
            case MEASUREMENT -> {
                need(missing, "measurability", present(s.measurability()));
                need(missing, "measurementSystem", present(s.measurementSystem()));
            }
            case INDICATORS -> need(missing, "indicators", !s.indicators().isEmpty()
                    && s.indicators().stream().allMatch(ApplicationAnswers.Indicator::complete));
            case IMPLEMENTATION -> need(missing, "implementationPlan", present(s.implementationPlan()));
            case CONTINUATION -> need(missing, "continuation", present(a.continuation()));
            case MANAGEMENT -> {
                need(missing, "projectLeader", present(s.projectLeader()));
                need(missing, "projectLeaderInternal", s.projectLeaderInternal() != null);
                need(missing, "steeringGroup", present(s.steeringGroup()));
            }
            case BUDGET -> {
                need(missing, "budget", s.budgetTotalOre() > 0);
                need(missing, "budgetCoversRequest",
                        a.requestedAmountOre() == null || s.budgetTotalOre() >= a.requestedAmountOre());
            }
            case PROJECT_TYPE -> {
                need(missing, "projectType", s.projectType() != null);
                for (String question : typeQuestions(call, s)) {
                    need(missing, "typeAnswers[" + question + "]", present(s.typeAnswers().get(question)));
                }
            }
            case CALCULATION -> need(missing, "calculation", hasCalculation);
        }
        return missing;
    }

    private static boolean started(ApplicationSection section, ApplicationView a, boolean hasCalculation) {
        ApplicationAnswers s = a.answers();
        return switch (section) {
            // the title starts as the call's, so the type or the amount is the
            // applicant's first answer
            case ABOUT -> s.projectType() != null || a.requestedAmountOre() != null;
            case TARGET_GROUP -> present(a.targetGroup()) || s.groupSize() != null || present(s.selection())
                    || present(s.need()) || s.ageFrom() != null || s.ageTo() != null;
            case METHOD -> present(a.method()) || s.methodKind() != null || present(s.methodReferences());
            case EFFECTS -> present(a.definedEffect()) || present(s.effectsAppear());
            case SEPARATE -> present(s.separateFromOperations());
            case PERIOD -> a.startDate() != null || a.endDate() != null;
            case PARTNERS -> !a.coApplicants().isEmpty() || present(a.coFinancing()) || !s.parties().isEmpty();
            case MEASUREMENT -> present(s.measurability()) || present(s.measurementSystem());
            case INDICATORS -> !s.indicators().isEmpty();
            case IMPLEMENTATION -> present(s.implementationPlan());
            case CONTINUATION -> present(a.continuation());
            case MANAGEMENT ->
                present(s.projectLeader()) || s.projectLeaderInternal() != null || present(s.steeringGroup());
            case BUDGET -> !s.budget().isEmpty();
            case PROJECT_TYPE -> !s.typeAnswers().isEmpty();
            case CALCULATION -> hasCalculation;
        };
    }

    /** The applicant and every co-applicant: the parties of the collaboration. */
    static List<Long> organisations(ApplicationView a) {
        List<Long> all = new ArrayList<>();
        all.add(a.applicantOrganisationId());
        a.coApplicants().forEach(c -> all.add(c.organisationId()));
        return all;
    }

    /** The project's years, start to end, once the period is given. */
    static List<Integer> years(@Nullable LocalDate start, @Nullable LocalDate end) {
        if (start == null || end == null || end.isBefore(start) || end.getYear() - start.getYear() > 10) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            years.add(year);
        }
        return years;
    }

    /**
     * What a typed section may not say, every problem at once: out-of-range numbers, an
     * age range or indicator dates the wrong way round, budget or co-financing outside
     * the project's years, parties that are not in the collaboration, questions the
     * project type does not ask.
     */
    static void validate(ApplicationSection section, ApplicationView stored, ApplicationContent content,
            ApplicationAnswers typed, CallContent call) {
        DomainException.Violations v = new DomainException.Violations();
        switch (section) {
            case ABOUT -> {
                if (typed.projectType() != null && !call.projectTypes().containsKey(typed.projectType())) {
                    v.add("projectType", "application.error.projectTypeNotInCall");
                }
                if (content.requestedAmountOre() != null && content.requestedAmountOre() > MAX_AMOUNT_ORE) {
                    v.add("requestedAmount", "application.error.amountTooLarge");
                }
            }
            case TARGET_GROUP -> {
                range(v, "ageFrom", typed.ageFrom(), 0, MAX_AGE);
                range(v, "ageTo", typed.ageTo(), 0, MAX_AGE);
                if (!v.has("ageFrom") && !v.has("ageTo") && typed.ageFrom() != null && typed.ageTo() != null
                        && typed.ageTo() < typed.ageFrom()) {
                    v.add("ageTo", "application.error.ageRange");
                }
                range(v, "groupSize", typed.groupSize(), 1, MAX_GROUP);
                length(v, "selection", typed.selection(), Applications.MAX_TEXT);
                length(v, "need", typed.need(), Applications.MAX_TEXT);
            }
            case METHOD -> length(v, "methodReferences", typed.methodReferences(), Applications.MAX_TEXT);
            case EFFECTS -> length(v, "effectsAppear", typed.effectsAppear(), Applications.MAX_TEXT);
            case SEPARATE -> length(v, "separateFromOperations", typed.separateFromOperations(), Applications.MAX_TEXT);
            case PARTNERS -> {
                Set<Long> inCollaboration = new HashSet<>();
                inCollaboration.add(stored.applicantOrganisationId());
                inCollaboration.addAll(content.coApplicantIds());
                List<Integer> years = years(stored.startDate(), stored.endDate());
                for (int i = 0; i < typed.parties().size(); i++) {
                    ApplicationAnswers.Party party = typed.parties().get(i);
                    String at = "parties[" + i + "]";
                    if (!inCollaboration.contains(party.organisationId())) {
                        v.add(at + ".role", "application.error.partyNotInCollaboration");
                    }
                    length(v, at + ".role", party.role(), MAX_SHORT);
                    length(v, at + ".receivingParty", party.receivingParty(), MAX_SHORT);
                    for (int j = 0; j < party.coFinancing().size(); j++) {
                        ApplicationAnswers.CoFinancing c = party.coFinancing().get(j);
                        String year = at + ".coFinancing[" + j + "]";
                        if (!years.isEmpty() && !years.contains(c.year())) {
                            v.add(year + ".hours", "application.error.yearOutsidePeriod", c.year());
                        }
                        rangeLong(v, year + ".hours", c.hours(), 0, MAX_HOURS);
                        rangeLong(v, year + ".valueOre", c.valueOre(), 0, MAX_AMOUNT_ORE);
                    }
                }
            }
            case MEASUREMENT -> {
                length(v, "measurability", typed.measurability(), Applications.MAX_TEXT);
                length(v, "measurementSystem", typed.measurementSystem(), Applications.MAX_TEXT);
            }
            case INDICATORS -> {
                if (typed.indicators().size() > MAX_ROWS) {
                    v.add("indicators", "application.error.tooManyRows", MAX_ROWS);
                }
                for (int i = 0; i < typed.indicators().size(); i++) {
                    ApplicationAnswers.Indicator indicator = typed.indicators().get(i);
                    String at = "indicators[" + i + "]";
                    length(v, at + ".definition", indicator.definition(), 1000);
                    length(v, at + ".unit", indicator.unit(), MAX_SHORT);
                    length(v, at + ".dataSource", indicator.dataSource(), MAX_SHORT);
                    length(v, at + ".frequency", indicator.frequency(), MAX_SHORT);
                    decimal(v, at + ".baselineValue", indicator.baselineValue());
                    decimal(v, at + ".targetValue", indicator.targetValue());
                    if (indicator.baselineDate() != null && indicator.targetDate() != null
                            && !indicator.targetDate().isAfter(indicator.baselineDate())) {
                        v.add(at + ".targetDate", "application.error.targetBeforeBaseline");
                    }
                    if (indicator.direction() != null && indicator.baselineValue() != null
                            && indicator.targetValue() != null && !v.has(at + ".targetValue")
                            && !towards(indicator.direction(), indicator.baselineValue(), indicator.targetValue())) {
                        v.add(at + ".targetValue", "application.error.targetAgainstDirection");
                    }
                }
            }
            case IMPLEMENTATION -> length(v, "implementationPlan", typed.implementationPlan(), Applications.MAX_TEXT);
            case MANAGEMENT -> {
                length(v, "projectLeader", typed.projectLeader(), MAX_SHORT);
                length(v, "steeringGroup", typed.steeringGroup(), Applications.MAX_TEXT);
            }
            case BUDGET -> {
                List<Integer> years = years(stored.startDate(), stored.endDate());
                if (years.isEmpty()) {
                    v.add("budget", "application.error.budgetNeedsPeriod");
                }
                for (ApplicationAnswers.BudgetLine line : typed.budget()) {
                    if (!years.isEmpty() && !years.contains(line.year()) && !v.has("budget")) {
                        v.add("budget", "application.error.yearOutsidePeriod", line.year());
                    }
                    else if ((line.amountOre() < 0 || line.amountOre() > MAX_AMOUNT_ORE) && !v.has("budget")) {
                        v.add("budget", "application.error.budgetAmount", line.year());
                    }
                }
            }
            case PROJECT_TYPE -> {
                List<String> asked = typeQuestions(call, stored.answers());
                typed.typeAnswers().forEach((question, answer) -> {
                    if (!asked.contains(question)) {
                        v.add("typeAnswers[" + question + "]", "application.error.questionNotAsked");
                    }
                    length(v, "typeAnswers[" + question + "]", answer, Applications.MAX_TEXT);
                });
            }
            case PERIOD, CONTINUATION, CALCULATION -> {
            }
        }
        v.throwIfAny();
    }

    private static boolean towards(ApplicationAnswers.Direction direction, BigDecimal baseline, BigDecimal target) {
        int compared = target.compareTo(baseline);
        return direction == ApplicationAnswers.Direction.INCREASE ? compared > 0 : compared < 0;
    }

    private static void need(List<String> missing, String field, boolean present) {
        if (!present) {
            missing.add(field);
        }
    }

    private static void range(DomainException.Violations v, String field, @Nullable Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            v.add(field, "application.error.range", min, max);
        }
    }

    private static void rangeLong(DomainException.Violations v, String field, @Nullable Long value, long min,
            long max) {
        if (value != null && (value < min || value > max)) {
            v.add(field, value < min ? "application.error.negative" : "application.error.tooLarge");
        }
    }

    private static void decimal(DomainException.Violations v, String field, @Nullable BigDecimal value) {
        if (value != null && (value.abs().compareTo(new BigDecimal("1e12")) > 0 || value.scale() > 4)) {
            v.add(field, "application.error.decimal");
        }
    }

    private static void length(DomainException.Violations v, String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            v.add(field, "application.error.length", max);
        }
    }

    private static boolean present(@Nullable String text) {
        return ApplicationAnswers.present(text);
    }

}
