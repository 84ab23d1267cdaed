package se.sif.assessment;

import java.math.BigDecimal;

/**
 * A place in the panel's ranking. {@code meanTotal} is the mean of the submitted
 * assessments' totals, so an application is not pushed down because a member with a
 * conflict of interest could not score it. An application with fewer submitted
 * assessments than the panel's minimum is not {@code ranked} (its {@code rank} is 0) and
 * comes after the ranked ones. Ties are broken by the median total, then by the lowest
 * total (the least convinced member), then by the order the applications came in.
 * {@code aggregate} has each rubric area's sum, mean, median and spread, and the areas
 * where members differ by two steps or more.
 */
public record RankedApplication(int rank, long applicationId, String registrationNumber, String title,
        String applicantName, Long requestedAmountOre, String status, int submittedAssessments, BigDecimal meanTotal,
        boolean ranked, PanelAggregate aggregate) {
}
