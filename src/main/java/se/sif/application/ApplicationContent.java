package se.sif.application;

import java.time.LocalDate;
import java.util.List;

/** What the applicant writes; every field may be empty while the application is a draft. */
public record ApplicationContent(String title, String targetGroup, String method, String definedEffect,
                                 String coFinancing, String continuation, LocalDate startDate, LocalDate endDate,
                                 Long requestedAmountOre, List<Long> coApplicantIds) {
}
