package se.sif.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application with its Table 1 content, as pages, the API and other modules see it.
 * Amounts in öre. {@code callVersion} is the version of the call's content the
 * application was written against; {@code answers} are the task list's structured
 * answers. {@code preStudy} tells a pre-study application (the lighter form of a call for
 * pre-study grants); {@code preStudyId} is the pre-study a full application grew out of.
 */
public record ApplicationView(long id, long callId, String callTitle, Instant callDeadline,
        long applicantOrganisationId, String applicantName, String title, String targetGroup, String method,
        String definedEffect, String coFinancing, String continuation, LocalDate startDate, LocalDate endDate,
        Long requestedAmountOre, List<CoApplicant> coApplicants, ApplicationStatus status, String registrationNumber,
        Instant submittedAt, boolean invented, long version, int callVersion, ApplicationAnswers answers,
        boolean preStudy, @org.jspecify.annotations.Nullable Long preStudyId) {

    /**
     * A co-applicant organisation and its answer: whether it confirmed its participation
     * and co-financing, declined (with a note), or has not answered yet.
     */
    public record CoApplicant(long organisationId, String name, Confirmation confirmation,
            @org.jspecify.annotations.Nullable String note, @org.jspecify.annotations.Nullable String answeredBy,
            @org.jspecify.annotations.Nullable Instant answeredAt) {

        public CoApplicant(long organisationId, String name) {
            this(organisationId, name, Confirmation.PENDING, null, null, null);
        }

    }

    /** A partner's answer to being named a co-applicant. */
    public enum Confirmation {

        PENDING, CONFIRMED, DECLINED

    }

    /** Whether every partner has confirmed: the application may then be submitted. */
    public boolean partnersConfirmed() {
        return coApplicants.stream().allMatch(c -> c.confirmation() == Confirmation.CONFIRMED);
    }

    /**
     * The calendar years of the project period, start to end; empty until both are given.
     */
    public List<Integer> projectYears() {
        return ApplicationSections.years(startDate, endDate);
    }

    public boolean isEditable() {
        return status.editableByApplicant();
    }
}
