package se.sif.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.sif.call.ProjectType;

/**
 * The structured answers of the task list that screening, scoring, follow-up and the
 * calculation read, beside the free texts of {@link ApplicationView}: each field belongs
 * to one {@link ApplicationSection}, and a section's save replaces only its own fields
 * ({@link #with}). Amounts in öre.
 */
public record ApplicationAnswers(@Nullable ProjectType projectType, @Nullable Integer ageFrom, @Nullable Integer ageTo,
        @Nullable Integer groupSize, @Nullable String selection, @Nullable String need, @Nullable MethodKind methodKind,
        @Nullable String methodReferences, @Nullable String effectsAppear, @Nullable String separateFromOperations,
        List<Party> parties, @Nullable String measurability, @Nullable String measurementSystem,
        List<Indicator> indicators, @Nullable String implementationPlan, @Nullable String projectLeader,
        @Nullable Boolean projectLeaderInternal, @Nullable String steeringGroup, List<BudgetLine> budget,
        Map<String, String> typeAnswers) {

    public static final ApplicationAnswers EMPTY = new ApplicationAnswers(null, null, null, null, null, null, null,
            null, null, null, List.of(), null, null, List.of(), null, null, null, null, List.of(), Map.of());

    /** Table 1's method: proven, evidence-based, or new. */
    public enum MethodKind {

        PROVEN, EVIDENCE_BASED, NEW

    }

    /** Whether more of an indicator is better. */
    public enum Direction {

        INCREASE, DECREASE

    }

    /** The budget's cost categories. */
    public enum CostCategory {

        STAFF, PURCHASED_SERVICES, MATERIALS, TRAVEL, PREMISES, OTHER

    }

    /**
     * One organisation of the collaboration (the applicant or a co-applicant): its role,
     * the named receiving party (Table 1's structured recipient, the manager who takes
     * the work into operations) and its co-financing in its own time per year.
     */
    public record Party(long organisationId, @Nullable String role, @Nullable String receivingParty,
            List<CoFinancing> coFinancing) {

        public Party {
            coFinancing = List.copyOf(coFinancing == null ? List.of() : coFinancing);
        }

        public long hours() {
            return coFinancing.stream().mapToLong(c -> c.hours() == null ? 0 : c.hours()).sum();
        }

        public long valueOre() {
            return coFinancing.stream().mapToLong(c -> c.valueOre() == null ? 0 : c.valueOre()).sum();
        }

    }

    /** Co-financing of one year: hours of own staff and their value. */
    public record CoFinancing(int year, @Nullable Long hours, @Nullable Long valueOre) {
    }

    /**
     * An indicator with its baseline (nollläge) and target, carried into follow-up when
     * the application is granted.
     */
    public record Indicator(@Nullable String definition, @Nullable String unit, @Nullable Direction direction,
            @Nullable BigDecimal baselineValue, @Nullable LocalDate baselineDate, @Nullable BigDecimal targetValue,
            @Nullable LocalDate targetDate, @Nullable String dataSource, @Nullable String frequency) {

        /** Whether every part is given: an indicator follow-up can measure against. */
        public boolean complete() {
            return present(definition) && present(unit) && direction != null && baselineValue != null
                    && baselineDate != null && targetValue != null && targetDate != null && present(dataSource)
                    && present(frequency);
        }

    }

    /** The costs of one category in one year, in öre. */
    public record BudgetLine(int year, CostCategory category, long amountOre) {
    }

    public ApplicationAnswers {
        parties = List.copyOf(parties == null ? List.of() : parties);
        indicators = List.copyOf(indicators == null ? List.of() : indicators);
        budget = List.copyOf(budget == null ? List.of() : budget);
        typeAnswers = java.util.Collections
            .unmodifiableMap(new LinkedHashMap<>(typeAnswers == null ? Map.of() : typeAnswers));
    }

    /** The budget's total, in öre. */
    public long budgetTotalOre() {
        return budget.stream().mapToLong(BudgetLine::amountOre).sum();
    }

    /** The budget's total of one year, in öre. */
    public long budgetYearOre(int year) {
        return budget.stream().filter(l -> l.year() == year).mapToLong(BudgetLine::amountOre).sum();
    }

    /** The party of this organisation, if the application names it. */
    public @Nullable Party party(long organisationId) {
        return parties.stream().filter(p -> p.organisationId() == organisationId).findFirst().orElse(null);
    }

    /**
     * These answers with one section's fields taken from {@code typed}, the rest kept:
     * what saving that section changes. (The free texts, dates and amount are
     * {@link ApplicationContent}'s; the calculation is another module's.)
     */
    public ApplicationAnswers with(ApplicationSection section, ApplicationAnswers typed) {
        ApplicationAnswers t = typed;
        boolean target = section == ApplicationSection.TARGET_GROUP;
        boolean method = section == ApplicationSection.METHOD;
        boolean measurement = section == ApplicationSection.MEASUREMENT;
        boolean management = section == ApplicationSection.MANAGEMENT;
        return new ApplicationAnswers(section == ApplicationSection.ABOUT ? t.projectType : projectType,
                target ? t.ageFrom : ageFrom, target ? t.ageTo : ageTo, target ? t.groupSize : groupSize,
                target ? t.selection : selection, target ? t.need : need, method ? t.methodKind : methodKind,
                method ? t.methodReferences : methodReferences,
                section == ApplicationSection.EFFECTS ? t.effectsAppear : effectsAppear,
                section == ApplicationSection.SEPARATE ? t.separateFromOperations : separateFromOperations,
                section == ApplicationSection.PARTNERS ? t.parties : parties,
                measurement ? t.measurability : measurability, measurement ? t.measurementSystem : measurementSystem,
                section == ApplicationSection.INDICATORS ? t.indicators : indicators,
                section == ApplicationSection.IMPLEMENTATION ? t.implementationPlan : implementationPlan,
                management ? t.projectLeader : projectLeader,
                management ? t.projectLeaderInternal : projectLeaderInternal,
                management ? t.steeringGroup : steeringGroup, section == ApplicationSection.BUDGET ? t.budget : budget,
                section == ApplicationSection.PROJECT_TYPE ? t.typeAnswers : typeAnswers);
    }

    /**
     * These answers without budget or co-financing for years outside the project's: what
     * a changed period leaves (nothing when the period is not yet given).
     */
    ApplicationAnswers within(List<Integer> years) {
        if (years.isEmpty()) {
            return this;
        }
        return new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need, methodKind,
                methodReferences, effectsAppear, separateFromOperations,
                parties.stream()
                    .map(p -> new Party(p.organisationId(), p.role(), p.receivingParty(),
                            p.coFinancing().stream().filter(c -> years.contains(c.year())).toList()))
                    .toList(),
                measurability, measurementSystem, indicators, implementationPlan, projectLeader, projectLeaderInternal,
                steeringGroup, budget.stream().filter(l -> years.contains(l.year())).toList(), typeAnswers);
    }

    /**
     * These answers with only the parties of these organisations: what taking a
     * co-applicant out of the collaboration leaves.
     */
    ApplicationAnswers among(java.util.Set<Long> organisations) {
        return new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need, methodKind,
                methodReferences, effectsAppear, separateFromOperations,
                parties.stream().filter(p -> organisations.contains(p.organisationId())).toList(), measurability,
                measurementSystem, indicators, implementationPlan, projectLeader, projectLeaderInternal, steeringGroup,
                budget, typeAnswers);
    }

    static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }

}
