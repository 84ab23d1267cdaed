package se.sif.decision;

/**
 * What the decision chain did with a set of applications (a call's), as counts: the
 * working group's proposals to grant and to reject, how many the steering group endorsed,
 * and the board's grants (with their sum, in öre) and rejections.
 */
public record DecisionFunnel(long proposedGrant, long proposedRejection, long endorsed, long granted, long rejected,
        long grantedOre) {
}
