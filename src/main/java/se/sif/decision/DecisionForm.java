package se.sif.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

class DecisionForm {

    @NotNull(message = "{decision.error.outcomeRequired}")
    private @Nullable String outcome;
    private @Nullable String grantedAmount;
    @Size(max = 8000)
    private @Nullable String reasons;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate decidedOn;
    @Size(max = 40)
    private @Nullable String minutesParagraph;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate minutesPostedOn;
    @Size(max = 2000)
    private @Nullable String condition;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate conditionDueDate;

    public @Nullable String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public @Nullable String getGrantedAmount() { return grantedAmount; }
    public void setGrantedAmount(String grantedAmount) { this.grantedAmount = grantedAmount; }
    public @Nullable String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public @Nullable LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public @Nullable String getMinutesParagraph() { return minutesParagraph; }
    public void setMinutesParagraph(String minutesParagraph) { this.minutesParagraph = minutesParagraph; }
    public @Nullable LocalDate getMinutesPostedOn() { return minutesPostedOn; }
    public void setMinutesPostedOn(LocalDate minutesPostedOn) { this.minutesPostedOn = minutesPostedOn; }
    public @Nullable String getCondition() { return condition; }
    public void setCondition(String condition) { this.condition = condition; }
    public @Nullable LocalDate getConditionDueDate() { return conditionDueDate; }
    public void setConditionDueDate(LocalDate conditionDueDate) { this.conditionDueDate = conditionDueDate; }
}
