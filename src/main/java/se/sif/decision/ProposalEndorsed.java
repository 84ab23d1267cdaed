package se.sif.decision;

/**
 * Published inside the steering group's transaction when it endorses a proposal; the
 * board may decide from then on.
 */
public record ProposalEndorsed(long applicationId, DecisionOutcome recommendation, Long amountOre) {
}
