package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscountingTest {

    static final BigDecimal RATE = Discounting.DEFAULT_RATE;

    @Test
    void factorsMatchHandComputedGreenBookValues() {
        // 1 / 1.035^t, computed by hand: t = 1 → 0.966184, t = 10 → 0.708919
        assertThat(Discounting.factor(RATE, 0, Discounting.FirstYear.UNDISCOUNTED)).isEqualTo(1.0);
        assertThat(Discounting.factor(RATE, 1, Discounting.FirstYear.UNDISCOUNTED)).isCloseTo(0.966184, within(5e-7));
        assertThat(Discounting.factor(RATE, 10, Discounting.FirstYear.UNDISCOUNTED)).isCloseTo(0.708919, within(5e-7));
        assertThat(Discounting.factor(RATE, 0, Discounting.FirstYear.DISCOUNTED)).isCloseTo(0.966184, within(5e-7));
    }

    @Test
    void gullspångsSavingsOfNineHundredThousandAYearOverTenYears() {
        // 900 000 kr a year, years 0..9 at 3.5 %: 900 000 × (1 − 1.035^−10) / (0.035 /
        // 1.035) = 7 746 917.86 kr
        long pv = Discounting.presentValue(Collections.nCopies(10, 900_000_00L), RATE,
                Discounting.FirstYear.UNDISCOUNTED);
        assertThat(pv).isEqualTo(774_691_786L);
        long sroi = Discounting.presentValue(Collections.nCopies(10, 900_000_00L), RATE,
                Discounting.FirstYear.DISCOUNTED);
        assertThat(sroi).as("one more year of discounting: 7 484 944.79 kr").isEqualTo(748_494_479L);
    }

    @Test
    void aZeroRateIsThePlainSum() {
        assertThat(Discounting.presentValue(List.of(1L, 2L, 3L), BigDecimal.ZERO, Discounting.FirstYear.DISCOUNTED))
            .isEqualTo(6);
    }

    @Test
    void nonsenseRatesAndYearsAreRefused() {
        assertThatThrownBy(() -> Discounting.factor(new BigDecimal("-0.01"), 1, Discounting.FirstYear.UNDISCOUNTED))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discounting.factor(RATE, -1, Discounting.FirstYear.UNDISCOUNTED))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
