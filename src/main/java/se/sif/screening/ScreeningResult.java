package se.sif.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ScreeningResult(long id, long applicationId, boolean formalComplete, String formalNotes, int triageGrade,
        ScreeningOutcome outcome, String reasonsText, List<RejectionReason> rejectionReasons,
        LocalDate completionDeadline, String recordedBy, Instant recordedAt, long version) {
}
