package se.sif.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application with its Table 1 content, as pages, the API and other modules see it.
 * Amounts in öre. {@code callVersion} is the version of the call's content the
 * application was written against.
 */
public record ApplicationView(long id, long callId, String callTitle, Instant callDeadline,
        long applicantOrganisationId, String applicantName, String title, String targetGroup, String method,
        String definedEffect, String coFinancing, String continuation, LocalDate startDate, LocalDate endDate,
        Long requestedAmountOre, List<CoApplicant> coApplicants, ApplicationStatus status, String registrationNumber,
        Instant submittedAt, boolean invented, long version, int callVersion) {

    public record CoApplicant(long organisationId, String name) {
    }

    public boolean isEditable() {
        return status.editableByApplicant();
    }
}
