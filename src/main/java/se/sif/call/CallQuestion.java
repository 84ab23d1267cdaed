package se.sif.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question on a call and, once an officer has answered it, the answer everyone reads on
 * the call's page. {@code askedBy} is shown only to officers and the asker; the published
 * questions stand without a name.
 */
public record CallQuestion(long id, long callId, String question, @Nullable String askedBy, Instant askedAt,
        @Nullable String answer, @Nullable Instant answeredAt, long version) {

    public boolean answered() {
        return answer != null;
    }

}
