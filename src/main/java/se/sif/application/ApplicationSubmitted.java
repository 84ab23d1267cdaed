package se.sif.application;

import java.time.Instant;

/**
 * Published inside the submission's transaction when an applicant submits an application,
 * or answers a completion request ({@code completion}). The application has its
 * registration number from then on.
 */
public record ApplicationSubmitted(ApplicationId applicationId, se.sif.call.CallId callId, String registrationNumber,
        Instant submittedAt, boolean completion) {
}
