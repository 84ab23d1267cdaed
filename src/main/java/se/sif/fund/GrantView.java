package se.sif.fund;

import java.time.LocalDate;
import java.util.List;

/** A grant with what is committed, paid out and planned. Amounts in öre. */
public record GrantView(long id, long fundId, String fundName, FundLedger.EconomicModel fundEconomicModel,
        String reference, String kind, String title, long recipientOrganisationId, String recipientName, int fiscalYear,
        long committedOre, long disbursedOre, List<Payment> payments) {

    public record Payment(long id, LocalDate dueDate, long amountOre, String condition, LocalDate conditionMetOn,
            Long disbursementId, boolean cancelled, long version) {

        public boolean paid() {
            return disbursementId != null;
        }

        public boolean waitingForCondition() {
            return condition != null && conditionMetOn == null;
        }

        public boolean payable() {
            return !paid() && !cancelled && !waitingForCondition();
        }
    }

    /** Everything granted: what is still committed plus what has been paid out. */
    public long grantedOre() {
        return committedOre + disbursedOre;
    }
}
