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
     * what saving that section changes.
     */
    public ApplicationAnswers with(ApplicationSection section, ApplicationAnswers typed) {
        ApplicationAnswers t = typed;
        return switch (section) {
            case ABOUT -> new ApplicationAnswers(t.projectType, ageFrom, ageTo, groupSize, selection, need, methodKind,
                    methodReferences, effectsAppear, separateFromOperations, parties, measurability, measurementSystem,
                    indicators, implementationPlan, projectLeader, projectLeaderInternal, steeringGroup, budget,
                    typeAnswers);
            case TARGET_GROUP -> new ApplicationAnswers(projectType, t.ageFrom, t.ageTo, t.groupSize, t.selection,
                    t.need, methodKind, methodReferences, effectsAppear, separateFromOperations, parties, measurability,
                    measurementSystem, indicators, implementationPlan, projectLeader, projectLeaderInternal,
                    steeringGroup, budget, typeAnswers);
            case METHOD -> new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need, t.methodKind,
                    t.methodReferences, effectsAppear, separateFromOperations, parties, measurability,
                    measurementSystem, indicators, implementationPlan, projectLeader, projectLeaderInternal,
                    steeringGroup, budget, typeAnswers);
            case EFFECTS -> new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need, methodKind,
                    methodReferences, t.effectsAppear, separateFromOperations, parties, measurability,
                    measurementSystem, indicators, implementationPlan, projectLeader, projectLeaderInternal,
                    steeringGroup, budget, typeAnswers);
            case SEPARATE -> new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need, methodKind,
                    methodReferences, effectsAppear, t.separateFromOperations, parties, measurability,
                    measurementSystem, indicators, implementationPlan, projectLeader, projectLeaderInternal,
                    steeringGroup, budget, typeAnswers);
            case PARTNERS -> new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need, methodKind,
                    methodReferences, effectsAppear, separateFromOperations, t.parties, measurability,
                    measurementSystem, indicators, implementationPlan, projectLeader, projectLeaderInternal,
                    steeringGroup, budget, typeAnswers);
            case MEASUREMENT -> new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need,
                    methodKind, methodReferences, effectsAppear, separateFromOperations, parties, t.measurability,
                    t.measurementSystem, indicators, implementationPlan, projectLeader, projectLeaderInternal,
                    steeringGroup, budget, typeAnswers);
            case INDICATORS -> new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need,
                    methodKind, methodReferences, effectsAppear, separateFromOperations, parties, measurability,
                    measurementSystem, t.indicators, implementationPlan, projectLeader, projectLeaderInternal,
                    steeringGroup, budget, typeAnswers);
            case IMPLEMENTATION -> new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need,
                    methodKind, methodReferences, effectsAppear, separateFromOperations, parties, measurability,
                    measurementSystem, indicators, t.implementationPlan, projectLeader, projectLeaderInternal,
                    steeringGroup, budget, typeAnswers);
            case MANAGEMENT -> new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need,
                    methodKind, methodReferences, effectsAppear, separateFromOperations, parties, measurability,
                    measurementSystem, indicators, implementationPlan, t.projectLeader, t.projectLeaderInternal,
                    t.steeringGroup, budget, typeAnswers);
            case BUDGET -> new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need, methodKind,
                    methodReferences, effectsAppear, separateFromOperations, parties, measurability, measurementSystem,
                    indicators, implementationPlan, projectLeader, projectLeaderInternal, steeringGroup, t.budget,
                    typeAnswers);
            case PROJECT_TYPE -> new ApplicationAnswers(projectType, ageFrom, ageTo, groupSize, selection, need,
                    methodKind, methodReferences, effectsAppear, separateFromOperations, parties, measurability,
                    measurementSystem, indicators, implementationPlan, projectLeader, projectLeaderInternal,
                    steeringGroup, budget, t.typeAnswers);
            // these sections' answers are columns of the application, or another module's
            case PERIOD, CONTINUATION, CALCULATION -> this;
        };
    }

    static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }

}
