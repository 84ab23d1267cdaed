package se.sif.decision;

import java.time.LocalDate;

/**
 * Published inside the decision's transaction when the board grants money; follow-up
 * starts from it.
 */
public record GrantDecided(long decisionId, long applicationId, long fundId, String title, long ownerOrganisationId,
        long grantedAmountOre, LocalDate startDate, LocalDate endDate, String registrationNumber) {
}
