package se.sif.investment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The investor's internal rate of return on dated cash flows (the spreadsheet XIRR:
 * actual days over 365). A rate, not money, so double precision is right here; the
 * amounts themselves stay exact öre elsewhere.
 */
final class InvestorReturn {

    record Flow(LocalDate date, long amountOre) {
    }

    private InvestorReturn() {
    }

    /**
     * Empty when the flows do not change sign (nothing paid back yet, or nothing
     * invested).
     */
    static OptionalDouble irr(List<Flow> flows) {
        if (flows.stream().noneMatch(f -> f.amountOre() < 0) || flows.stream().noneMatch(f -> f.amountOre() > 0)) {
            return OptionalDouble.empty();
        }
        LocalDate start = flows.stream().map(Flow::date).min(LocalDate::compareTo).orElseThrow();
        double low = -0.9999;
        double high = 100;
        if (Math.signum(npv(flows, start, low)) == Math.signum(npv(flows, start, high))) {
            return OptionalDouble.empty();
        }
        for (int i = 0; i < 200; i++) {
            double mid = (low + high) / 2;
            if (Math.signum(npv(flows, start, mid)) == Math.signum(npv(flows, start, low))) {
                low = mid;
            }
            else {
                high = mid;
            }
        }
        return OptionalDouble.of((low + high) / 2);
    }

    private static double npv(List<Flow> flows, LocalDate start, double rate) {
        double sum = 0;
        for (Flow flow : flows) {
            double years = ChronoUnit.DAYS.between(start, flow.date()) / 365.0;
            sum += flow.amountOre() / Math.pow(1 + rate, years);
        }
        return sum;
    }

}
