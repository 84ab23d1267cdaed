package se.sif.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The default payment plan of a grant: one payment per project year, the first one
 * waiting for a condition.
 */
final class PaymentSchedule {

    record Payment(LocalDate dueDate, long amountOre, @Nullable String condition) {
    }

    private PaymentSchedule() {
    }

    static List<Payment> yearly(long amountOre, LocalDate start, LocalDate end, LocalDate decidedOn,
            @Nullable String firstCondition) {
        LocalDate first = start == null || start.isBefore(decidedOn) ? decidedOn.plusMonths(1) : start;
        int years = end == null || !end.isAfter(first) ? 1 : end.getYear() - first.getYear() + 1;
        List<Payment> payments = new ArrayList<>();
        long each = amountOre / years;
        for (int i = 0; i < years; i++) {
            long amount = i == years - 1 ? amountOre - each * (years - 1) : each;
            LocalDate due = i == 0 ? first : LocalDate.of(first.getYear() + i, 1, 31);
            payments.add(new Payment(due, amount, i == 0 ? firstCondition : null));
        }
        return payments;
    }

}
