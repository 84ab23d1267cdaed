package se.sif.fund;

import java.util.List;

/** A fund with its money per fiscal year, all derived from the ledger. Amounts in öre. */
public record FundSummary(long id, String name, String ownerName, String purpose, String economicModel,
                          boolean carryOver, List<String> coOwners, String currentFocus, List<Year> years) {

    public record Year(int fiscalYear, long appropriated, long committed, long expired) {

        public long available() {
            return appropriated - committed - expired;
        }
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
        return years.stream().mapToLong(Year::appropriated).max().orElse(0);
    }
}
