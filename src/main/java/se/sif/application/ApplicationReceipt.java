package se.sif.application;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The receipt of one submission of an application: {@code number} 1 for the first
 * submission, then one more for each completion; when and by whom it was submitted, and
 * the answer date promised from the handling time of the call version it was written
 * against (none when the call gives none). Its PDF copy of the application as submitted
 * is {@link Receipts#pdf}.
 */
public record ApplicationReceipt(long applicationId, int number, String registrationNumber, boolean completion,
        Instant submittedAt, String submittedBy, @Nullable LocalDate expectedAnswerOn) {
}
