package se.sif.decision;

import java.time.LocalDate;

/**
 * Published inside the decision's transaction when the board grants money; follow-up
 * starts from it.
 */
public record GrantDecided(DecisionId decisionId, se.sif.application.ApplicationId applicationId,
        se.sif.fund.FundId fundId, String title, se.sif.organisation.OrganisationId ownerOrganisationId,
        long grantedAmountOre, LocalDate startDate, LocalDate endDate, String registrationNumber) {
}
