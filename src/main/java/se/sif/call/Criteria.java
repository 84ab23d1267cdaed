package se.sif.call;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a call asks of one project type: the criteria an application answers (keys of
 * {@link #CATALOGUE}) and the panel's rubric (main areas with a weight and, optionally,
 * the least score an area must reach).
 */
public record Criteria(List<String> criteria, List<RubricItem> rubric) {

    /** The report's Table 1: what every application must show, whatever its type. */
    public static final List<String> TABLE_1 = List.of("targetGroup", "method", "definedEffect",
            "separateFromOperations", "limitedInTime", "collaboration", "measurability", "measurementSystem",
            "continuation", "structuredRecipient", "internalProjectManagement", "coFinancing");

    /** Table 4's research and development: prove a benefit where knowledge is missing. */
    public static final List<String> RESEARCH_AND_DEVELOPMENT = List.of("knowledgeGap", "researchDesign",
            "specialistCompetence", "ethicsReview", "disseminationOfKnowledge");

    /** Table 4's method application: fix a problem with decisions and anchoring. */
    public static final List<String> METHOD_APPLICATION = List.of("localConditions", "decisionsAndAnchoring",
            "organisingTheWork", "continuedUse");

    /** Every criterion a call can ask, in the order the builder offers them. */
    public static final List<String> CATALOGUE = concat(TABLE_1, RESEARCH_AND_DEVELOPMENT, METHOD_APPLICATION);

    /** The report's Table 2: the working group's triage (grade 1 needs every one). */
    public static final List<String> TABLE_2 = List.of("activitiesForTargetGroup", "effectsForTargetGroup",
            "healthPromotingAndPreventive", "completingCompulsorySchool", "changeOfMethod", "jointOwnership",
            "coFinancingFromApplicants");

    /**
     * The panel's main areas (the report's interview), in the order of the scoring form.
     */
    public static final List<String> RUBRIC_AREAS = List.of("PROBLEM_ANALYSIS", "METHOD_AND_EFFECT", "FEASIBILITY",
            "BUDGET", "ANCHORING");

    /**
     * One main area of the panel's four-step scale: its weight in the sum, and the least
     * points (1 doubtful – 4 very good) it must reach, if any.
     */
    public record RubricItem(String area, int weight, @Nullable Integer threshold) {
    }

    public Criteria {
        criteria = List.copyOf(criteria == null ? List.of() : criteria);
        rubric = List.copyOf(rubric == null ? List.of() : rubric);
    }

    /**
     * A type's usual criteria: Table 1 and the type's own from table 4, every main area
     * weighted once, no threshold.
     */
    public static Criteria usual(ProjectType type) {
        return new Criteria(
                concat(TABLE_1,
                        type == ProjectType.RESEARCH_AND_DEVELOPMENT ? RESEARCH_AND_DEVELOPMENT : METHOD_APPLICATION),
                RUBRIC_AREAS.stream().map(area -> new RubricItem(area, 1, null)).toList());
    }

    /**
     * Both types with their usual criteria: what a call asks unless its builder says
     * otherwise.
     */
    public static java.util.Map<ProjectType, Criteria> usual() {
        java.util.Map<ProjectType, Criteria> both = new java.util.EnumMap<>(ProjectType.class);
        for (ProjectType type : ProjectType.values()) {
            both.put(type, usual(type));
        }
        return java.util.Collections.unmodifiableMap(both);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

}
