package se.sif.call;

import java.time.Instant;

/** A call as other modules and the API see it. */
public record CallView(long id, long fundId, String fundName, String title, String description, Instant deadline,
                       long budgetCeilingOre, String createdBy, Instant createdAt) {

    public boolean isOpenAt(Instant moment) {
        return moment.isBefore(deadline);
    }

    public boolean isOpen() {
        return isOpenAt(Instant.now());
    }
}
