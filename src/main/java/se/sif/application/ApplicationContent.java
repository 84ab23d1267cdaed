package se.sif.application;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the applicant writes; every field may be empty while the application is a draft.
 */
public record ApplicationContent(@Nullable String title, @Nullable String targetGroup, @Nullable String method,
        @Nullable String definedEffect, @Nullable String coFinancing, @Nullable String continuation,
        @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable Long requestedAmountOre,
        List<Long> coApplicantIds) {
}
