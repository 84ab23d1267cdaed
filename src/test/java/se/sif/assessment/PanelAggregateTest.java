package se.sif.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The panel's aggregation: sums, means, medians and spreads per area, the flag at two
 * steps apart, and the totals the ranking orders by — checked on the report's kind of
 * case and on seeded random panels against a plain recomputation.
 */
class PanelAggregateTest {

    static Map<RubricArea, Integer> scores(int problem, int method, int feasibility, int budget, int anchoring) {
        Map<RubricArea, Integer> scores = new EnumMap<>(RubricArea.class);
        scores.put(RubricArea.PROBLEM_ANALYSIS, problem);
        scores.put(RubricArea.METHOD_AND_EFFECT, method);
        scores.put(RubricArea.FEASIBILITY, feasibility);
        scores.put(RubricArea.BUDGET, budget);
        scores.put(RubricArea.ANCHORING, anchoring);
        return scores;
    }

    @Test
    void threeMembersOneDoubtfulOnTheBudget() {
        PanelAggregate aggregate = PanelAggregate
            .of(List.of(scores(4, 3, 3, 1, 4), scores(4, 4, 3, 3, 3), scores(3, 4, 3, 3, 4)));
        assertThat(aggregate.assessments()).isEqualTo(3);
        assertThat(aggregate.meanTotal()).isEqualByComparingTo("16.33");
        assertThat(aggregate.medianTotal()).isEqualByComparingTo("17");
        assertThat(aggregate.lowestTotal()).isEqualTo(15);
        PanelAggregate.Area budget = aggregate.areas()
            .stream()
            .filter(a -> a.area() == RubricArea.BUDGET)
            .findFirst()
            .orElseThrow();
        assertThat(budget.sum()).isEqualTo(7);
        assertThat(budget.mean()).isEqualByComparingTo("2.33");
        assertThat(budget.median()).isEqualByComparingTo("3");
        assertThat(budget.spread()).isEqualTo(2);
        assertThat(aggregate.divergentAreas()).containsExactly(RubricArea.BUDGET);
    }

    @Test
    void theMedianOfAnEvenPanelIsTheMeanOfTheMiddleTwo() {
        assertThat(PanelAggregate.median(List.of(14, 17, 9, 20))).isEqualByComparingTo("15.5");
        assertThat(PanelAggregate.median(List.of(3))).isEqualByComparingTo("3");
    }

    @Test
    void seededRandomPanelsAgreeWithAPlainRecomputation() {
        Random random = new Random(20261202L);
        for (int round = 0; round < 500; round++) {
            int members = 1 + random.nextInt(10);
            List<Map<RubricArea, Integer>> panel = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                panel.add(scores(1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4),
                        1 + random.nextInt(4), 1 + random.nextInt(4)));
            }
            PanelAggregate aggregate = PanelAggregate.of(panel);
            int[] totals = panel.stream()
                .mapToInt(s -> s.values().stream().mapToInt(Integer::intValue).sum())
                .toArray();
            assertThat(aggregate.lowestTotal()).isEqualTo(java.util.Arrays.stream(totals).min().orElseThrow());
            // the mean lies between the lowest and highest total, the median too
            BigDecimal low = BigDecimal.valueOf(aggregate.lowestTotal());
            BigDecimal high = BigDecimal.valueOf(java.util.Arrays.stream(totals).max().orElseThrow());
            assertThat(aggregate.meanTotal()).isBetween(low, high);
            assertThat(aggregate.medianTotal()).isBetween(low, high);
            for (PanelAggregate.Area area : aggregate.areas()) {
                int[] points = panel.stream().mapToInt(s -> s.get(area.area())).toArray();
                int spread = java.util.Arrays.stream(points).max().orElseThrow()
                        - java.util.Arrays.stream(points).min().orElseThrow();
                assertThat(area.sum()).isEqualTo(java.util.Arrays.stream(points).sum());
                assertThat(area.spread()).isEqualTo(spread);
                assertThat(area.divergent()).isEqualTo(spread >= 2);
            }
        }
    }

}
