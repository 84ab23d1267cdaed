package se.sif.screening;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import se.sif.application.ApplicationSection;

/**
 * The working group's first sifting of one application as typed on the page, in the order
 * of its fields.
 */
record ScreeningForm(@Nullable Long version,
        @NotNull(message = "{screening.error.formalRequired}") @Nullable Boolean formalComplete,
        @Size(max = 4000) @Nullable String formalNotes,
        @NotNull(message = "{screening.error.grade}") @Nullable Integer triageGrade,
        @NotNull(message = "{screening.error.outcomeRequired}") @Nullable ScreeningOutcome outcome,
        @Nullable List<RejectionReason> rejectionReasons, @Size(max = 8000) @Nullable String reasonsText,
        @Nullable List<ApplicationSection> completionSections,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate completionDeadline) {

    ScreeningForm {
        rejectionReasons = rejectionReasons == null ? List.of() : List.copyOf(rejectionReasons);
        completionSections = completionSections == null ? List.of() : List.copyOf(completionSections);
    }

    /** A first screening, its grade the one the working group agreed (if it has). */
    static ScreeningForm blank(@Nullable Integer agreedGrade) {
        return new ScreeningForm(null, null, null, agreedGrade, null, List.of(), null, List.of(), null);
    }

    /**
     * The recorded screening as it was recorded, with the parts its completion request
     * reopened, to revise.
     */
    static ScreeningForm of(ScreeningResult r, java.util.Set<ApplicationSection> completionSections) {
        return new ScreeningForm(r.version(), r.formalComplete(), r.formalNotes(), r.triageGrade(), r.outcome(),
                r.rejectionReasons(), r.reasonsText(), List.copyOf(new java.util.TreeSet<>(completionSections)),
                r.completionDeadline());
    }

    Screenings.Recording recording() {
        return new Screenings.Recording(formalComplete, formalNotes, triageGrade, outcome, reasonsText,
                rejectionReasons, completionDeadline, java.util.Set.copyOf(completionSections));
    }
}
