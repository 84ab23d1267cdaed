package se.sif.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a call stands. Draft, published and archived are decided by an officer; open and
 * closed follow from a published call's opening and closing time by the clock, so no job
 * has to move them and every node agrees.
 */
public enum CallStatus {

    DRAFT, PUBLISHED, OPEN, CLOSED, ARCHIVED;

    /** The stored states: what a person decided. */
    enum Stored {

        DRAFT, PUBLISHED, ARCHIVED

    }

    static CallStatus of(Stored stored, @Nullable Instant opensAt, Instant closesAt, Instant now) {
        return switch (stored) {
            case DRAFT -> DRAFT;
            case ARCHIVED -> ARCHIVED;
            case PUBLISHED -> {
                if (!now.isBefore(closesAt)) {
                    yield CLOSED;
                }
                yield opensAt != null && now.isBefore(opensAt) ? PUBLISHED : OPEN;
            }
        };
    }

}
