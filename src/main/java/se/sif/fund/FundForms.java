package se.sif.fund;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.sif.shared.web.Kronor;

/** The forms of a fund's page, as typed, in the order of their fields. */
final class FundForms {

    private FundForms() {
    }

    /** The fund's focus for a new period, as the board decided it. */
    record Focus(@Nullable Integer focusFrom, @Nullable Integer focusTo,
            @Size(max = 2000, message = "{fund.error.focusLength}") @Nullable String focusText) {

        static Focus from(int year) {
            return new Focus(year, year + 1, null);
        }
    }

    /** The board's appropriation of a year's money. */
    record Appropriation(@NotNull(message = "{fund.error.yearRequired}") @Nullable Integer fiscalYear,
            @NotNull(message = "{fund.error.amountRequired}") @Kronor @Nullable Long amount,
            @Size(max = 60) @Nullable String registrationNumber,
            @NotBlank(message = "{fund.error.descriptionRequired}") @Size(max = 500) @Nullable String description) {

        static Appropriation forYear(int year) {
            return new Appropriation(year, null, null, null);
        }
    }

    /** A small pre-study grant decided by the board. */
    record PreStudy(@NotNull(message = "{fund.error.recipientRequired}") @Nullable Long recipientOrganisationId,
            @Size(max = 200) @Nullable String title,
            @NotNull(message = "{fund.error.amountRequired}") @Kronor @Nullable Long amount,
            @Size(max = 60) @Nullable String registrationNumber) {

        static final PreStudy BLANK = new PreStudy(null, null, null, null);

    }

    /** Which year to close, and the decision when it is closed before it has ended. */
    /**
     * The year-end close as typed; {@code confirmed} once the official has seen what
     * expires or carries over and confirms.
     */
    record Close(@NotNull(message = "{fund.error.yearRequired}") @Nullable Integer fiscalYear, boolean early,
            @Size(max = 60) @Nullable String registrationNumber, @Nullable Boolean confirmed) {

        static Close forYear(int year) {
            return new Close(year, false, null, null);
        }

        boolean isConfirmed() {
            return Boolean.TRUE.equals(confirmed);
        }

        /**
         * The year the close proposes: the earliest past year still open, else last year.
         */
        static Close proposedFor(FundSummary fund, int currentYear) {
            return forYear(fund.years()
                .stream()
                .filter(y -> !y.closed() && y.fiscalYear() < currentYear)
                .mapToInt(FundSummary.Year::fiscalYear)
                .min()
                .orElse(currentYear - 1));
        }
    }

    /** Why a ledger transaction is corrected, as typed in its row. */
    record Reversal(@Size(max = 500) @Nullable String reason) {

        static final Reversal BLANK = new Reversal(null);

    }

}
