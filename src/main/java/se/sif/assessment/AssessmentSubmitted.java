package se.sif.assessment;

/**
 * Published inside the panel member's transaction when their assessment of an application
 * is first submitted.
 */
public record AssessmentSubmitted(se.sif.application.ApplicationId applicationId, String assessor, int total) {
}
