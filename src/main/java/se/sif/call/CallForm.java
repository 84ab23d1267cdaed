package se.sif.call;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import se.sif.shared.web.Kronor;

/**
 * A new call as the working group types it, in the order of the page's fields; the
 * deadline is Stockholm time.
 */
record CallForm(@NotNull(message = "{call.error.fundRequired}") @Nullable Long fundId,
        @NotBlank(message = "{call.error.titleRequired}") @Size(max = 200,
                message = "{call.error.titleLength}") @Nullable String title,
        @Size(max = 4000) @Nullable String description,
        @NotNull(message = "{call.error.deadlineRequired}") @DateTimeFormat(
                iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadlineDate,
        @NotNull(message = "{call.error.deadlineTimeRequired}") @DateTimeFormat(
                pattern = "HH:mm") @Nullable LocalTime deadlineTime,
        @NotNull(message = "{call.error.ceilingRequired}") @Kronor @Nullable Long budgetCeiling) {

    /** Most calls close at the end of their last day. */
    static final CallForm BLANK = new CallForm(null, null, null, null, LocalTime.of(23, 59), null);

}
