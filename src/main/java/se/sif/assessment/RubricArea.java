package se.sif.assessment;

/**
 * The panel's main areas (the report's interview: problem analysis, feasibility, budget,
 * anchoring).
 */
public enum RubricArea {

    PROBLEM_ANALYSIS, METHOD_AND_EFFECT, FEASIBILITY, BUDGET, ANCHORING

}
