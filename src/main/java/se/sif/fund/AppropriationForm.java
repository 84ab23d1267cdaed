package se.sif.fund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The board's appropriation as typed on the fund page; the amount is in kronor as the user writes it. */
class AppropriationForm {

    @NotNull(message = "{fund.error.yearRequired}")
    private Integer fiscalYear;

    @NotBlank(message = "{fund.error.amountRequired}")
    private String amount;

    @Size(max = 60)
    private String registrationNumber;

    @NotBlank(message = "{fund.error.descriptionRequired}")
    @Size(max = 500)
    private String description;

    public Integer getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
