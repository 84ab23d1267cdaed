package se.sif.fund;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fund with its money per fiscal year, all derived from the ledger's entries. Amounts
 * in öre.
 */
public record FundSummary(long id, String name, @Nullable String ownerName, String purpose, String economicModel,
        boolean carryOver, List<String> coOwners, @Nullable String currentFocus, List<Year> years) {

    /**
     * One fiscal year's money: {@code committed} is everything granted from the year's
     * appropriation (paid out or not), {@code disbursed} the part already paid,
     * {@code carriedOver} what came in from the year before (positive) or went on to the
     * next (negative), {@code refilled} what boards repaid or the central budget covered
     * under the repayment model. appropriated + refilled + carriedOver = committed +
     * expired + available, always.
     */
    public record Year(int fiscalYear, long appropriated, long refilled, long carriedOver, long committed,
            long disbursed, long expired, long available, boolean closed) {
    }

    public long totalAppropriated() {
        return years.stream().mapToLong(Year::appropriated).sum();
    }

    public long totalCommitted() {
        return years.stream().mapToLong(Year::committed).sum();
    }

    public long totalExpired() {
        return years.stream().mapToLong(Year::expired).sum();
    }

    public long totalAvailable() {
        return years.stream().mapToLong(Year::available).sum();
    }

    public long largestYearAmount() {
        return years.stream()
            .mapToLong(y -> Math.max(y.appropriated(), y.appropriated() + y.refilled() + y.carriedOver()))
            .max()
            .orElse(0);
    }
}
