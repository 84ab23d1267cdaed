package se.sif.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A call as other modules and the API see it, with its current content; {@code status}
 * and {@code open} are judged by the clock when the call is read. {@code contentVersion}
 * is the number of the current content, which an application started now is written
 * against.
 */
public record CallView(long id, long fundId, String fundName, String title, String description, Instant deadline,
        long budgetCeilingOre, String createdBy, Instant createdAt, boolean open, CallStatus status,
        @Nullable Instant opensAt, int contentVersion, @Nullable Long copiedFrom, long version, CallContent content) {

    /**
     * Whether the call takes applications at {@code moment}: published, opened, and not
     * yet past its closing time.
     */
    public boolean isOpenAt(Instant moment) {
        return status != CallStatus.DRAFT && status != CallStatus.ARCHIVED
                && (opensAt == null || !moment.isBefore(opensAt)) && moment.isBefore(deadline);
    }

}
