package se.sif.assessment;

import java.math.BigDecimal;

/**
 * A place in the panel's ranking. {@code meanTotal} is the mean of the submitted
 * assessments' totals, so an application is not pushed down because a member with a
 * conflict of interest could not score it.
 */
public record RankedApplication(int rank, long applicationId, String registrationNumber, String title,
        String applicantName, Long requestedAmountOre, String status, int submittedAssessments, BigDecimal meanTotal) {
}
