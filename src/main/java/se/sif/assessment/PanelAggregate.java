package se.sif.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The panel's scores of one application, put together: per rubric area the sum, mean,
 * median and spread (highest minus lowest step) of the submitted scores, with a flag
 * where members differ by two steps or more — what the panel meeting should talk about;
 * and per assessment the total, whose mean, median and lowest order the ranking.
 */
public record PanelAggregate(int assessments, BigDecimal meanTotal, BigDecimal medianTotal, int lowestTotal,
        List<Area> areas) {

    /** Members two steps or more apart on an area are flagged. */
    public static final int DIVERGENCE = 2;

    public record Area(RubricArea area, int sum, BigDecimal mean, BigDecimal median, int spread) {

        public boolean divergent() {
            return spread >= DIVERGENCE;
        }

    }

    /** The areas where members differ by two steps or more. */
    public List<RubricArea> divergentAreas() {
        return areas.stream().filter(Area::divergent).map(Area::area).toList();
    }

    static final PanelAggregate NONE = new PanelAggregate(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            0, List.of());

    /** Aggregates the submitted assessments' scores (each a map of area to points). */
    static PanelAggregate of(Collection<Map<RubricArea, Integer>> assessments) {
        if (assessments.isEmpty()) {
            return NONE;
        }
        List<Integer> totals = assessments.stream()
            .map(scores -> scores.values().stream().mapToInt(Integer::intValue).sum())
            .toList();
        Map<RubricArea, List<Integer>> byArea = new EnumMap<>(RubricArea.class);
        assessments.forEach(scores -> scores
            .forEach((area, points) -> byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(points)));
        List<Area> areas = new ArrayList<>();
        byArea.forEach((area,
                points) -> areas.add(new Area(area, sum(points), mean(points), median(points),
                        points.stream().mapToInt(Integer::intValue).max().orElse(0)
                                - points.stream().mapToInt(Integer::intValue).min().orElse(0))));
        return new PanelAggregate(totals.size(), mean(totals), median(totals),
                totals.stream().mapToInt(Integer::intValue).min().orElse(0), List.copyOf(areas));
    }

    private static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }

    private static BigDecimal mean(List<Integer> values) {
        return BigDecimal.valueOf(sum(values)).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = BigDecimal.valueOf(sorted.get(n / 2));
        if (n % 2 == 1) {
            return middle.setScale(2, RoundingMode.UNNECESSARY);
        }
        return middle.add(BigDecimal.valueOf(sorted.get(n / 2 - 1)))
            .divide(BigDecimal.valueOf(2), 2, RoundingMode.UNNECESSARY);
    }

}
