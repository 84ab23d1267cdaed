package se.sif.economics.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.sif.economics.Discounting;

class DiscountScheduleTest {

    static final Discounting.FirstYear CBA = Discounting.FirstYear.UNDISCOUNTED;
    static final Discounting.FirstYear SROI = Discounting.FirstYear.DISCOUNTED;

    @Test
    void constantRateMatchesHandComputedFactors() {
        double[] df = DiscountSchedule.STANDARD_CONSTANT.factors(11, CBA);
        // 1 / 1.035^t by hand: t = 1 → 0.966184, t = 2 → 0.933511, t = 10 → 0.708919
        assertThat(df[0]).isEqualTo(1.0);
        assertThat(df[1]).isCloseTo(0.966184, within(5e-7));
        assertThat(df[2]).isCloseTo(0.933511, within(5e-7));
        assertThat(df[10]).isCloseTo(0.708919, within(5e-7));
    }

    @Test
    void constantRateAgreesWithExactDecimalArithmetic() {
        double[] df = DiscountSchedule.STANDARD_CONSTANT.factors(201, CBA);
        double[] sroi = DiscountSchedule.STANDARD_CONSTANT.factors(201, SROI);
        java.math.MathContext precision = java.math.MathContext.DECIMAL128;
        java.math.BigDecimal growth = java.math.BigDecimal.ONE.add(Discounting.DEFAULT_RATE);
        for (int t = 0; t <= 200; t++) {
            double exact = java.math.BigDecimal.ONE.divide(growth.pow(t, precision), precision).doubleValue();
            double exactSroi = java.math.BigDecimal.ONE.divide(growth.pow(t + 1, precision), precision).doubleValue();
            assertThat(df[t]).isCloseTo(exact, within(1e-13));
            assertThat(sroi[t]).isCloseTo(exactSroi, within(1e-13));
        }
    }

    @Test
    void greenBookDecliningScheduleIsCumulativeAcrossTheKinks() {
        double[] df = DiscountSchedule.GREEN_BOOK_DECLINING.factors(310, CBA);
        // Year 30 is the last year at 3.5 %: 1.035^−30 = 0.356278411.
        assertThat(df[30]).isCloseTo(0.356278411, within(1e-9));
        // Year 31 is discounted against year 30 at 3.0 %: 0.356278411 / 1.03 =
        // 0.345901370,
        // not 1.03^−31 = 0.400261 (which would re-discount the first 30 years at the
        // lower rate).
        assertThat(df[31]).isCloseTo(0.345901370, within(1e-9));
        assertThat(df[32]).isCloseTo(0.345901370 / 1.03, within(1e-9));
        // 75 / 76: 1.035^−30 × 1.03^−45 = 0.094213773, then / 1.025 = 0.091915876
        assertThat(df[75]).isCloseTo(0.094213773, within(1e-9));
        assertThat(df[76]).isCloseTo(0.091915876, within(1e-9));
        // 125 / 126 (2.5 % → 2.0 %), 200 / 201 (2.0 % → 1.5 %), 300 / 301 (1.5 % → 1.0 %)
        assertThat(df[126] / df[125]).isCloseTo(1 / 1.02, within(1e-12));
        assertThat(df[201] / df[200]).isCloseTo(1 / 1.015, within(1e-12));
        assertThat(df[301] / df[300]).isCloseTo(1 / 1.01, within(1e-12));
        assertThat(df[302] / df[301]).isCloseTo(1 / 1.01, within(1e-12));
        assertThat(df[126]).isCloseTo(0.026873297, within(1e-9));
        assertThat(df[301]).isCloseTo(0.001386700, within(1e-9));
    }

    @Test
    void rateInYearFollowsTheBands() {
        DiscountSchedule s = DiscountSchedule.GREEN_BOOK_DECLINING;
        assertThat(s.rateInYear(30)).isEqualTo(0.035);
        assertThat(s.rateInYear(31)).isEqualTo(0.030);
        assertThat(s.rateInYear(75)).isEqualTo(0.030);
        assertThat(s.rateInYear(76)).isEqualTo(0.025);
        assertThat(s.rateInYear(1000)).isEqualTo(0.010);
    }

    @Test
    void theSroiConventionDiscountsTheFirstYearOnceAndShiftsTheKink() {
        double[] df = DiscountSchedule.GREEN_BOOK_DECLINING.factors(40, SROI);
        assertThat(df[0]).isCloseTo(1 / 1.035, within(1e-12));
        // year index 29 is time 30, the last at 3.5 %; index 30 is time 31, the first at
        // 3.0 %
        assertThat(df[29]).isCloseTo(0.356278411, within(1e-9));
        assertThat(df[30]).isCloseTo(0.345901370, within(1e-9));
    }

    @Test
    void healthScheduleIsOneAndAHalfPercent() {
        double[] df = DiscountSchedule.GREEN_BOOK_HEALTH.factors(11, CBA);
        // 1.015^−10 = 0.861667
        assertThat(df[10]).isCloseTo(0.861667, within(5e-7));
        double[] declining = DiscountSchedule.GREEN_BOOK_HEALTH_DECLINING.factors(32, CBA);
        assertThat(declining[31] / declining[30]).isCloseTo(1 / 1.0129, within(1e-12));
    }

    @Test
    void aZeroRateDoesNotDiscount() {
        assertThat(DiscountSchedule.constant("zero", 0).factors(5, SROI)).containsOnly(1.0);
    }

    @Test
    void schedulesAreValidated() {
        assertThatThrownBy(() -> new DiscountSchedule("x", List.of(new DiscountSchedule.Band(1, 0.03))))
            .isInstanceOf(CalculationInputException.class)
            .hasMessageContaining("bands[0].fromYear");
        assertThatThrownBy(() -> new DiscountSchedule("x",
                List.of(new DiscountSchedule.Band(0, 0.03), new DiscountSchedule.Band(0, 0.02))))
            .hasMessageContaining("bands[1].fromYear");
        assertThatThrownBy(() -> DiscountSchedule.constant("x", -0.01)).hasMessageContaining("bands[0].rate");
        assertThatThrownBy(() -> DiscountSchedule.constant("x", Double.NaN)).hasMessageContaining("bands[0].rate");
    }

    @Test
    void priceIndexBringsAmountsToTheBaseYear() {
        // An invented series: prices rose 10 % from 2024 to 2026.
        PriceIndex cpi = new PriceIndex("test-1", Map.of(2024, 100.0, 2026, 110.0));
        assertThat(cpi.factor(2024, 2026)).isCloseTo(1.1, within(1e-15));
        assertThat(cpi.factor(2026, 2026)).isEqualTo(1.0);
        assertThat(cpi.factor(1999, 1999)).as("same year needs no series").isEqualTo(1.0);
        assertThat(cpi.canIndex(2025, 2026)).isFalse();
        assertThatThrownBy(() -> new PriceIndex("bad", Map.of(2024, 0.0))).hasMessageContaining("indexByYear[2024]");
    }

    @Test
    void defaultParametersUseTheProjectsDefaultRate() {
        assertThat(DiscountingParameters.DEFAULT.standard().rateInYear(5))
            .isEqualTo(new BigDecimal("0.035").doubleValue());
        assertThat(DiscountingParameters.DEFAULT.firstYear()).isEqualTo(CBA);
    }

}
