package se.sif.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

class CallForm {

    @NotNull(message = "{call.error.fundRequired}")
    private @Nullable Long fundId;

    @NotBlank(message = "{call.error.titleRequired}")
    @Size(max = 200, message = "{call.error.titleLength}")
    private @Nullable String title;

    @Size(max = 4000)
    private @Nullable String description;

    @NotNull(message = "{call.error.deadlineRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate deadlineDate;

    @NotNull(message = "{call.error.deadlineTimeRequired}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime deadlineTime = LocalTime.of(23, 59);

    @NotBlank(message = "{call.error.ceilingRequired}")
    private @Nullable String budgetCeiling;

    public @Nullable Long getFundId() { return fundId; }
    public void setFundId(Long fundId) { this.fundId = fundId; }
    public @Nullable String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public @Nullable LocalDate getDeadlineDate() { return deadlineDate; }
    public void setDeadlineDate(LocalDate deadlineDate) { this.deadlineDate = deadlineDate; }
    public LocalTime getDeadlineTime() { return deadlineTime; }
    public void setDeadlineTime(LocalTime deadlineTime) { this.deadlineTime = deadlineTime; }
    public @Nullable String getBudgetCeiling() { return budgetCeiling; }
    public void setBudgetCeiling(String budgetCeiling) { this.budgetCeiling = budgetCeiling; }
}
