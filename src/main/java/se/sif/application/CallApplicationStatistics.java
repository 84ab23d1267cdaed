package se.sif.application;

import java.util.Map;

/**
 * A call's applications in numbers: {@code started} every application begun (drafts
 * included), {@code drafts} those not yet submitted, {@code submitted} those that were
 * (whatever state they are in now), the count per state (every state, zero included), and
 * the amount the submitted ones ask for against the call's budget ceiling (öre).
 */
public record CallApplicationStatistics(long callId, String callTitle, long started, long drafts, long submitted,
        Map<ApplicationStatus, Long> perState, long requestedOre, long budgetCeilingOre) {

    /**
     * The requested amount in percent of the ceiling, rounded down; 0 without a ceiling.
     */
    public long requestedPercentOfCeiling() {
        return budgetCeilingOre <= 0 ? 0
                : java.math.BigInteger.valueOf(requestedOre)
                    .multiply(java.math.BigInteger.valueOf(100))
                    .divide(java.math.BigInteger.valueOf(budgetCeilingOre))
                    .longValue();
    }

}
