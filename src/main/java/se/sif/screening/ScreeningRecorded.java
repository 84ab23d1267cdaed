package se.sif.screening;

/**
 * Published inside the screening's transaction when the working group records (or
 * revises) a screening result; the application has moved on by then (to the panel, back
 * to the applicant, or rejected).
 */
public record ScreeningRecorded(se.sif.application.ApplicationId applicationId, ScreeningOutcome outcome,
        int triageGrade, boolean formalComplete) {
}
