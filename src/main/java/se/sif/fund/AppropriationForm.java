package se.sif.fund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The board's appropriation as typed on the fund page; the amount is in kronor as the user writes it. */
class AppropriationForm {

    @NotNull(message = "{fund.error.yearRequired}")
    private @Nullable Integer fiscalYear;

    @NotBlank(message = "{fund.error.amountRequired}")
    private @Nullable String amount;

    @Size(max = 60)
    private @Nullable String registrationNumber;

    @NotBlank(message = "{fund.error.descriptionRequired}")
    @Size(max = 500)
    private @Nullable String description;

    public @Nullable Integer getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
    public @Nullable String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public @Nullable String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
