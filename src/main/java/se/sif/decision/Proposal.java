package se.sif.decision;

import java.time.Instant;

/** The working group's proposal for the board, and the steering group's review of it. */
public record Proposal(long id, long applicationId, DecisionOutcome recommendation, Long amountOre, String reasons,
        String preparedBy, Instant preparedAt, String endorsedBy, Instant endorsedAt, String steeringComment,
        long version) {

    public boolean endorsed() {
        return endorsedAt != null;
    }
}
