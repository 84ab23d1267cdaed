package se.sif.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

class ScreeningForm {

    private @Nullable Long version;
    @NotNull(message = "{screening.error.formalRequired}")
    private @Nullable Boolean formalComplete;
    @Size(max = 4000)
    private @Nullable String formalNotes;
    @NotNull(message = "{screening.error.grade}")
    private @Nullable Integer triageGrade;
    @NotNull(message = "{screening.error.outcomeRequired}")
    private @Nullable ScreeningOutcome outcome;
    @Size(max = 8000)
    private @Nullable String reasonsText;
    private List<RejectionReason> rejectionReasons = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate completionDeadline;

    Screenings.Recording recording() {
        return new Screenings.Recording(formalComplete, formalNotes, triageGrade, outcome, reasonsText,
                rejectionReasons, completionDeadline);
    }

    static ScreeningForm of(ScreeningResult r) {
        ScreeningForm form = new ScreeningForm();
        form.version = r.version();
        form.formalComplete = r.formalComplete();
        form.formalNotes = r.formalNotes();
        form.triageGrade = r.triageGrade();
        form.outcome = r.outcome();
        form.reasonsText = r.reasonsText();
        form.rejectionReasons = new ArrayList<>(r.rejectionReasons());
        form.completionDeadline = r.completionDeadline();
        return form;
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public @Nullable Boolean getFormalComplete() { return formalComplete; }
    public void setFormalComplete(Boolean formalComplete) { this.formalComplete = formalComplete; }
    public @Nullable String getFormalNotes() { return formalNotes; }
    public void setFormalNotes(String formalNotes) { this.formalNotes = formalNotes; }
    public @Nullable Integer getTriageGrade() { return triageGrade; }
    public void setTriageGrade(Integer triageGrade) { this.triageGrade = triageGrade; }
    public @Nullable ScreeningOutcome getOutcome() { return outcome; }
    public void setOutcome(ScreeningOutcome outcome) { this.outcome = outcome; }
    public @Nullable String getReasonsText() { return reasonsText; }
    public void setReasonsText(String reasonsText) { this.reasonsText = reasonsText; }
    public List<RejectionReason> getRejectionReasons() { return rejectionReasons; }
    public void setRejectionReasons(List<RejectionReason> rejectionReasons) { this.rejectionReasons = rejectionReasons; }
    public @Nullable LocalDate getCompletionDeadline() { return completionDeadline; }
    public void setCompletionDeadline(LocalDate completionDeadline) { this.completionDeadline = completionDeadline; }
}
