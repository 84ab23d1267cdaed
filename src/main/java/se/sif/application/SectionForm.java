package se.sif.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import se.sif.application.ApplicationAnswers.CostCategory;
import se.sif.application.ApplicationAnswers.Direction;
import se.sif.application.ApplicationAnswers.MethodKind;
import se.sif.call.ProjectType;
import se.sif.shared.web.Decimal;
import se.sif.shared.web.Kronor;

/**
 * One section of the task list as typed on its page. The record holds every section's
 * fields; a section's page shows and posts only its own, and saving takes only those
 * ({@link Applications#saveSection}), so the others' empty values never reach the stored
 * application. Fields in the order of the task list.
 */
record SectionForm(long version,
        // ABOUT
        @Size(max = 200, message = "{application.error.titleLength}") @Nullable String title,
        @Nullable ProjectType projectType, @Kronor @Nullable Long requestedAmount,
        // TARGET_GROUP
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String targetGroup,
        @Nullable Integer ageFrom, @Nullable Integer ageTo, @Nullable Integer groupSize,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String selection,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String need,
        // METHOD
        @Nullable MethodKind methodKind,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String method,
        @Size(max = Applications.MAX_TEXT,
                message = "{application.error.textLength}") @Nullable String methodReferences,
        // EFFECTS
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String definedEffect,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String effectsAppear,
        // SEPARATE
        @Size(max = Applications.MAX_TEXT,
                message = "{application.error.textLength}") @Nullable String separateFromOperations,
        // PERIOD
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
        // PARTNERS: the partners kept (ticked) and one to add (chosen from the register)
        List<Long> coApplicantIds, @Nullable Long addPartner,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String coFinancing,
        @Valid List<PartyForm> parties,
        // MEASUREMENT
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String measurability,
        @Size(max = Applications.MAX_TEXT,
                message = "{application.error.textLength}") @Nullable String measurementSystem,
        // INDICATORS
        @Valid List<IndicatorForm> indicators,
        // IMPLEMENTATION
        @Size(max = Applications.MAX_TEXT,
                message = "{application.error.textLength}") @Nullable String implementationPlan,
        // CONTINUATION
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String continuation,
        // MANAGEMENT
        @Size(max = 300, message = "{application.error.textLength}") @Nullable String projectLeader,
        @Nullable Boolean projectLeaderInternal,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String steeringGroup,
        // BUDGET
        @Valid List<BudgetRow> budget,
        // PROJECT_TYPE
        Map<String, String> typeAnswers) {

    /** A party of the collaboration with its co-financing per project year. */
    record PartyForm(long organisationId,
            @Size(max = 300, message = "{application.error.textLength}") @Nullable String role,
            @Size(max = 300, message = "{application.error.textLength}") @Nullable String receivingParty,
            @Valid List<YearForm> coFinancing) {

        PartyForm {
            coFinancing = coFinancing == null ? List.of() : coFinancing;
        }

    }

    /** Own time in one project year: hours and what they are worth, in kronor. */
    record YearForm(int year, @Nullable Long hours, @Kronor @Nullable Long value) {
    }

    /** An indicator's row; a row left empty is no indicator. */
    record IndicatorForm(@Size(max = 1000, message = "{application.error.textLength}") @Nullable String definition,
            @Size(max = 300, message = "{application.error.textLength}") @Nullable String unit,
            @Nullable Direction direction, @Decimal @Nullable BigDecimal baselineValue,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate baselineDate,
            @Decimal @Nullable BigDecimal targetValue,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate targetDate,
            @Size(max = 300, message = "{application.error.textLength}") @Nullable String dataSource,
            @Size(max = 300, message = "{application.error.textLength}") @Nullable String frequency) {

        static final IndicatorForm BLANK = new IndicatorForm(null, null, null, null, null, null, null, null, null);

        boolean blank() {
            return empty(definition) && empty(unit) && direction == null && baselineValue == null
                    && baselineDate == null && targetValue == null && targetDate == null && empty(dataSource)
                    && empty(frequency);
        }

        ApplicationAnswers.Indicator indicator() {
            return new ApplicationAnswers.Indicator(trim(definition), trim(unit), direction, baselineValue,
                    baselineDate, targetValue, targetDate, trim(dataSource), trim(frequency));
        }

        static IndicatorForm of(ApplicationAnswers.Indicator i) {
            return new IndicatorForm(i.definition(), i.unit(), i.direction(), i.baselineValue(), i.baselineDate(),
                    i.targetValue(), i.targetDate(), i.dataSource(), i.frequency());
        }

    }

    /** One cost category's amounts per project year. */
    record BudgetRow(@Nullable CostCategory category, @Valid List<BudgetCell> cells) {

        BudgetRow {
            cells = cells == null ? List.of() : cells;
        }

    }

    record BudgetCell(int year, @Kronor @Nullable Long amount) {
    }

    SectionForm {
        coApplicantIds = coApplicantIds == null ? List.of() : List.copyOf(coApplicantIds);
        parties = parties == null ? List.of() : parties;
        indicators = indicators == null ? List.of() : indicators;
        budget = budget == null ? List.of() : budget;
        typeAnswers = typeAnswers == null ? Map.of() : typeAnswers;
    }

    /**
     * The form of an application as stored: a row per party of the collaboration and per
     * project year, a budget row per cost category, the indicators and one empty row for
     * another.
     */
    static SectionForm of(ApplicationView a, List<String> typeQuestions) {
        ApplicationAnswers s = a.answers();
        List<Integer> years = ApplicationSections.years(a.startDate(), a.endDate());
        List<PartyForm> parties = new ArrayList<>();
        for (long organisation : ApplicationSections.organisations(a)) {
            ApplicationAnswers.Party party = s.party(organisation);
            List<YearForm> financing = years.stream().map(year -> {
                ApplicationAnswers.CoFinancing c = party == null ? null
                        : party.coFinancing().stream().filter(f -> f.year() == year).findFirst().orElse(null);
                return new YearForm(year, c == null ? null : c.hours(), c == null ? null : c.valueOre());
            }).toList();
            parties.add(new PartyForm(organisation, party == null ? null : party.role(),
                    party == null ? null : party.receivingParty(), financing));
        }
        List<IndicatorForm> indicators = new ArrayList<>(s.indicators().stream().map(IndicatorForm::of).toList());
        indicators.add(IndicatorForm.BLANK);
        List<BudgetRow> budget = new ArrayList<>();
        for (ApplicationAnswers.CostCategory category : ApplicationAnswers.CostCategory.values()) {
            budget.add(new BudgetRow(category, years.stream().map(year -> {
                Long amount = s.budget()
                    .stream()
                    .filter(l -> l.category() == category && l.year() == year)
                    .map(ApplicationAnswers.BudgetLine::amountOre)
                    .findFirst()
                    .orElse(null);
                return new BudgetCell(year, amount);
            }).toList()));
        }
        Map<String, String> typeAnswers = new LinkedHashMap<>();
        typeQuestions.forEach(q -> typeAnswers.put(q, s.typeAnswers().get(q)));
        return new SectionForm(a.version(), a.title(), s.projectType(), a.requestedAmountOre(), a.targetGroup(),
                s.ageFrom(), s.ageTo(), s.groupSize(), s.selection(), s.need(), s.methodKind(), a.method(),
                s.methodReferences(), a.definedEffect(), s.effectsAppear(), s.separateFromOperations(), a.startDate(),
                a.endDate(), a.coApplicants().stream().map(ApplicationView.CoApplicant::organisationId).toList(), null,
                a.coFinancing(), parties, s.measurability(), s.measurementSystem(), indicators, s.implementationPlan(),
                a.continuation(), s.projectLeader(), s.projectLeaderInternal(), s.steeringGroup(), budget, typeAnswers);
    }

    ApplicationContent content() {
        List<Long> partners = new ArrayList<>(coApplicantIds);
        if (addPartner != null && !partners.contains(addPartner)) {
            partners.add(addPartner);
        }
        return new ApplicationContent(title, targetGroup, method, definedEffect, coFinancing, continuation, startDate,
                endDate, requestedAmount, partners);
    }

    /**
     * The answers as typed on the page, without the rows of co-applicants the applicant
     * unticked: the page still sent their rows, and taking a co-applicant out takes its
     * role and co-financing with it.
     */
    ApplicationAnswers answersWithin(long applicantOrganisationId) {
        java.util.Set<Long> kept = new java.util.HashSet<>(content().coApplicantIds());
        kept.add(applicantOrganisationId);
        return answers().among(kept);
    }

    /** The structured answers as typed; empty rows and empty amounts are left out. */
    ApplicationAnswers answers() {
        List<ApplicationAnswers.Party> typedParties = parties.stream()
            .map(p -> new ApplicationAnswers.Party(p.organisationId(), trim(p.role()), trim(p.receivingParty()),
                    p.coFinancing()
                        .stream()
                        .filter(y -> y.hours() != null || y.value() != null)
                        .map(y -> new ApplicationAnswers.CoFinancing(y.year(), y.hours(), y.value()))
                        .toList()))
            .toList();
        List<ApplicationAnswers.BudgetLine> lines = new ArrayList<>();
        for (BudgetRow row : budget) {
            for (BudgetCell cell : row.cells()) {
                if (row.category() != null && cell.amount() != null) {
                    lines.add(new ApplicationAnswers.BudgetLine(cell.year(), row.category(), cell.amount()));
                }
            }
        }
        Map<String, String> answered = new LinkedHashMap<>();
        typeAnswers.forEach((q, answer) -> {
            if (!empty(answer)) {
                answered.put(q, answer.strip());
            }
        });
        return new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, trim(selection), trim(need), methodKind,
                trim(methodReferences), trim(effectsAppear), trim(separateFromOperations), typedParties,
                trim(measurability), trim(measurementSystem),
                indicators.stream().filter(i -> !i.blank()).map(IndicatorForm::indicator).toList(),
                trim(implementationPlan), trim(projectLeader), projectLeaderInternal, trim(steeringGroup), lines,
                answered);
    }

    private static boolean empty(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String trim(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
