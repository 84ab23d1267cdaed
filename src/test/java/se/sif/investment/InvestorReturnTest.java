package se.sif.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestorReturnTest {

    @Test
    void tenPercentOverOneYear() {
        var irr = InvestorReturn.irr(List.of(new InvestorReturn.Flow(LocalDate.of(2025, 1, 1), -100_00),
                new InvestorReturn.Flow(LocalDate.of(2026, 1, 1), 110_00)));
        assertThat(irr.getAsDouble()).isCloseTo(0.10, within(1e-9));
    }

    @Test
    void aSocialImpactBondPaidOverThreeYears() {
        // 1 000 in, then 300, 400 and 500 back after one, two and three years (365-day
        // years):
        // 1000 = 300/(1+r) + 400/(1+r)^2 + 500/(1+r)^3 gives r = 8.9 % (spreadsheet XIRR:
        // 0.0890…)
        var irr = InvestorReturn.irr(List.of(new InvestorReturn.Flow(LocalDate.of(2025, 1, 1), -1000_00),
                new InvestorReturn.Flow(LocalDate.of(2026, 1, 1), 300_00),
                new InvestorReturn.Flow(LocalDate.of(2027, 1, 1), 400_00),
                new InvestorReturn.Flow(LocalDate.of(2028, 1, 1), 500_00)));
        double r = irr.getAsDouble();
        double check = 300 / Math.pow(1 + r, 1) + 400 / Math.pow(1 + r, 730 / 365.0)
                + 500 / Math.pow(1 + r, 1095 / 365.0);
        assertThat(check).isCloseTo(1000, within(1e-6));
        assertThat(r).isBetween(0.088, 0.090);
    }

    @Test
    void noReturnWithoutMoneyBothWays() {
        assertThat(InvestorReturn.irr(List.of(new InvestorReturn.Flow(LocalDate.of(2025, 1, 1), -100)))).isEmpty();
        assertThat(InvestorReturn.irr(List.of(new InvestorReturn.Flow(LocalDate.of(2025, 1, 1), 100)))).isEmpty();
    }

}
