package se.sif.application;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The application as typed on the page; anything may be empty in a draft. */
class ApplicationForm {

    private long version;
    @Size(max = 200, message = "{application.error.titleLength}")
    private @Nullable String title;
    @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}")
    private @Nullable String targetGroup;
    @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}")
    private @Nullable String method;
    @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}")
    private @Nullable String definedEffect;
    @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}")
    private @Nullable String coFinancing;
    @Size(max = Applications.MAX_TEXT, message = "{application.error.textLength}")
    private @Nullable String continuation;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endDate;
    private @Nullable String requestedAmount;
    private List<Long> coApplicantIds = new ArrayList<>();

    static ApplicationForm of(ApplicationView a, @Nullable String amountText) {
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

    ApplicationContent content(@Nullable Long requestedAmountOre) {
        return new ApplicationContent(title, targetGroup, method, definedEffect, coFinancing, continuation,
                startDate, endDate, requestedAmountOre, coApplicantIds);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public @Nullable String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public @Nullable String getTargetGroup() { return targetGroup; }
    public void setTargetGroup(String targetGroup) { this.targetGroup = targetGroup; }
    public @Nullable String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public @Nullable String getDefinedEffect() { return definedEffect; }
    public void setDefinedEffect(String definedEffect) { this.definedEffect = definedEffect; }
    public @Nullable String getCoFinancing() { return coFinancing; }
    public void setCoFinancing(String coFinancing) { this.coFinancing = coFinancing; }
    public @Nullable String getContinuation() { return continuation; }
    public void setContinuation(String continuation) { this.continuation = continuation; }
    public @Nullable LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public @Nullable LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public @Nullable String getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(String requestedAmount) { this.requestedAmount = requestedAmount; }
    public List<Long> getCoApplicantIds() { return coApplicantIds; }
    public void setCoApplicantIds(List<Long> coApplicantIds) { this.coApplicantIds = coApplicantIds; }
}
