package se.sif.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

class CallForm {

    @NotNull(message = "{call.error.fundRequired}")
    private Long fundId;

    @NotBlank(message = "{call.error.titleRequired}")
    @Size(max = 200, message = "{call.error.titleLength}")
    private String title;

    @Size(max = 4000)
    private String description;

    @NotNull(message = "{call.error.deadlineRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadlineDate;

    @NotNull(message = "{call.error.deadlineTimeRequired}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime deadlineTime = LocalTime.of(23, 59);

    @NotBlank(message = "{call.error.ceilingRequired}")
    private String budgetCeiling;

    public Long getFundId() { return fundId; }
    public void setFundId(Long fundId) { this.fundId = fundId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getDeadlineDate() { return deadlineDate; }
    public void setDeadlineDate(LocalDate deadlineDate) { this.deadlineDate = deadlineDate; }
    public LocalTime getDeadlineTime() { return deadlineTime; }
    public void setDeadlineTime(LocalTime deadlineTime) { this.deadlineTime = deadlineTime; }
    public String getBudgetCeiling() { return budgetCeiling; }
    public void setBudgetCeiling(String budgetCeiling) { this.budgetCeiling = budgetCeiling; }
}
