package se.sif.application;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import se.sif.shared.web.Kronor;

/**
 * The application as typed on the page; anything may be empty in a draft. Fields in the
 * order of the page.
 */
record ApplicationForm(long version,
        @Size(max = 200, message = "{application.error.titleLength}") @Nullable String title,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String targetGroup,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String method,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String definedEffect,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String coFinancing,
        @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}") @Nullable String continuation,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
        @Kronor @Nullable Long requestedAmount, @Nullable List<Long> coApplicantIds) {

    ApplicationForm {
        coApplicantIds = coApplicantIds == null ? List.of() : List.copyOf(coApplicantIds);
    }

    static ApplicationForm of(ApplicationView a) {
        return new ApplicationForm(a.version(), a.title(), a.targetGroup(), a.method(), a.definedEffect(),
                a.coFinancing(), a.continuation(), a.startDate(), a.endDate(), a.requestedAmountOre(),
                a.coApplicants().stream().map(ApplicationView.CoApplicant::organisationId).toList());
    }

    ApplicationContent content() {
        return new ApplicationContent(title, targetGroup, method, definedEffect, coFinancing, continuation, startDate,
                endDate, requestedAmount, coApplicantIds);
    }
}
