package se.sif.application;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The application as typed on the page; anything may be empty in a draft. */
class ApplicationForm {

    private long version;
    @Size(max = 200, message = "{application.error.titleLength}")
    private String title;
    @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}")
    private String targetGroup;
    @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}")
    private String method;
    @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}")
    private String definedEffect;
    @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}")
    private String coFinancing;
    @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}")
    private String continuation;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private String requestedAmount;
    private List<Long> coApplicantIds = new ArrayList<>();

    static ApplicationForm of(ApplicationView a, String amountText) {
        ApplicationForm form = new ApplicationForm();
        form.version = a.version();
        form.title = a.title();
        form.targetGroup = a.targetGroup();
        form.method = a.method();
        form.definedEffect = a.definedEffect();
        form.coFinancing = a.coFinancing();
        form.continuation = a.continuation();
        form.startDate = a.startDate();
        form.endDate = a.endDate();
        form.requestedAmount = amountText;
        form.coApplicantIds = new ArrayList<>(a.coApplicants().stream().map(ApplicationView.CoApplicant::organisationId).toList());
        return form;
    }

    ApplicationContent content(Long requestedAmountOre) {
        return new ApplicationContent(title, targetGroup, method, definedEffect, coFinancing, continuation,
                startDate, endDate, requestedAmountOre, coApplicantIds);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTargetGroup() { return targetGroup; }
    public void setTargetGroup(String targetGroup) { this.targetGroup = targetGroup; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getDefinedEffect() { return definedEffect; }
    public void setDefinedEffect(String definedEffect) { this.definedEffect = definedEffect; }
    public String getCoFinancing() { return coFinancing; }
    public void setCoFinancing(String coFinancing) { this.coFinancing = coFinancing; }
    public String getContinuation() { return continuation; }
    public void setContinuation(String continuation) { this.continuation = continuation; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(String requestedAmount) { this.requestedAmount = requestedAmount; }
    public List<Long> getCoApplicantIds() { return coApplicantIds; }
    public void setCoApplicantIds(List<Long> coApplicantIds) { this.coApplicantIds = coApplicantIds; }
}
