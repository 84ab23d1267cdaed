package se.sif.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record DecisionView(long id, long applicationId, DecisionOutcome outcome, Long grantedAmountOre, String reasons,
        LocalDate decidedOn, String decisionBody, String minutesParagraph, LocalDate minutesPostedOn,
        String registrationNumber, String recordedBy, Instant recordedAt, List<Condition> conditions) {

    public record Condition(int position, String text, @Nullable LocalDate dueDate) {
    }

    /**
     * A board decision can be appealed (laglighetsprövning, KL 13 kap.) within three
     * weeks of the posting of the approved minutes; after that it has legal force.
     * Unknown while the minutes are not posted.
     */
    public @Nullable LocalDate legalForceFrom() {
        return minutesPostedOn == null ? null : legalForceFrom(minutesPostedOn);
    }

    /** The first day a decision whose minutes were posted on that day has legal force. */
    public static LocalDate legalForceFrom(LocalDate minutesPostedOn) {
        return minutesPostedOn.plusWeeks(3).plusDays(1);
    }

    public boolean granted() {
        return outcome == DecisionOutcome.GRANTED;
    }
}
