package se.sif.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

class DecisionForm {

    @NotNull(message = "{decision.error.outcomeRequired}")
    private String outcome;
    private String grantedAmount;
    @Size(max = 8000)
    private String reasons;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    @Size(max = 40)
    private String minutesParagraph;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate minutesPostedOn;
    @Size(max = 2000)
    private String condition;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate conditionDueDate;

    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getGrantedAmount() { return grantedAmount; }
    public void setGrantedAmount(String grantedAmount) { this.grantedAmount = grantedAmount; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getMinutesParagraph() { return minutesParagraph; }
    public void setMinutesParagraph(String minutesParagraph) { this.minutesParagraph = minutesParagraph; }
    public LocalDate getMinutesPostedOn() { return minutesPostedOn; }
    public void setMinutesPostedOn(LocalDate minutesPostedOn) { this.minutesPostedOn = minutesPostedOn; }
    public String getCondition() { return condition; }
    public void setCondition(String condition) { this.condition = condition; }
    public LocalDate getConditionDueDate() { return conditionDueDate; }
    public void setConditionDueDate(LocalDate conditionDueDate) { this.conditionDueDate = conditionDueDate; }
}
