package se.sif.assessment;

import java.time.Instant;
import java.util.Map;

/** One panel member's assessment of one application. */
public record PanelAssessment(long id, long applicationId, String assessor, String assessorName,
        Map<RubricArea, Score> scores, String comment, Instant submittedAt, long version) {

    public boolean submitted() {
        return submittedAt != null;
    }

    public int total() {
        return scores.values().stream().mapToInt(Score::points).sum();
    }
}
