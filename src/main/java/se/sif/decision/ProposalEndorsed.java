package se.sif.decision;

/**
 * Published inside the steering group's transaction when it endorses a proposal; the
 * board may decide from then on.
 */
public record ProposalEndorsed(se.sif.application.ApplicationId applicationId, DecisionOutcome recommendation,
        Long amountOre) {
}
