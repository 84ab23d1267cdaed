package se.sif.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

class ScreeningForm {

    private Long version;
    @NotNull(message = "{screening.error.formalRequired}")
    private Boolean formalComplete;
    @Size(max = 4000)
    private String formalNotes;
    @NotNull(message = "{screening.error.grade}")
    private Integer triageGrade;
    @NotNull(message = "{screening.error.outcomeRequired}")
    private ScreeningOutcome outcome;
    @Size(max = 8000)
    private String reasonsText;
    private List<RejectionReason> rejectionReasons = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate completionDeadline;

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

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Boolean getFormalComplete() { return formalComplete; }
    public void setFormalComplete(Boolean formalComplete) { this.formalComplete = formalComplete; }
    public String getFormalNotes() { return formalNotes; }
    public void setFormalNotes(String formalNotes) { this.formalNotes = formalNotes; }
    public Integer getTriageGrade() { return triageGrade; }
    public void setTriageGrade(Integer triageGrade) { this.triageGrade = triageGrade; }
    public ScreeningOutcome getOutcome() { return outcome; }
    public void setOutcome(ScreeningOutcome outcome) { this.outcome = outcome; }
    public String getReasonsText() { return reasonsText; }
    public void setReasonsText(String reasonsText) { this.reasonsText = reasonsText; }
    public List<RejectionReason> getRejectionReasons() { return rejectionReasons; }
    public void setRejectionReasons(List<RejectionReason> rejectionReasons) { this.rejectionReasons = rejectionReasons; }
    public LocalDate getCompletionDeadline() { return completionDeadline; }
    public void setCompletionDeadline(LocalDate completionDeadline) { this.completionDeadline = completionDeadline; }
}
