package se.sif.call;

import java.time.Instant;

/**
 * A call as other modules and the API see it; {@code open} is judged by the fund's clock
 * when the call is read.
 */
public record CallView(long id, long fundId, String fundName, String title, String description, Instant deadline,
        long budgetCeilingOre, String createdBy, Instant createdAt, boolean open) {

    public boolean isOpenAt(Instant moment) {
        return moment.isBefore(deadline);
    }
}
