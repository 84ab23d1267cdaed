/**
 * The assessment panel: independent scores per rubric area on the four-step scale,
 * conflicts of interest (jäv) that block scoring, scores hidden from other members until
 * one's own are submitted, and the ranked list. Public API:
 * {@link se.sif.assessment.Assessments}, {@link se.sif.assessment.RankedApplication}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment panel",
        allowedDependencies = { "shared", "shared :: web", "audit", "application", "identity", "call" })
@org.jspecify.annotations.NullMarked
package se.sif.assessment;
