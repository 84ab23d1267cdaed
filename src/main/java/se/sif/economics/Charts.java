package se.sif.economics;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Coordinates for the result pages' SVG charts. A chart is drawn from the same numbers as
 * the table under it; the table is what screen readers use, and lines differ by dash
 * pattern as well as colour, so no meaning rests on colour alone.
 */
@Component("charts")
class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;

    private static final String[] COLOURS = { "#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738", "#5694ca",
            "#85994b", "#6f72af" };

    private static final String[] DASHES = { "", "8 4", "2 3", "10 3 2 3", "4 4", "12 6", "1 2", "6 2 2 2" };

    /**
     * One line of the cumulative-net chart, ready for the page (no expressions needed in
     * SVG attributes).
     */
    record Series(String name, String points, String colour, String dash) {
    }

    /**
     * One row of a Monte Carlo table: whose NPV, its percentiles in whole öre and the
     * chance it is positive.
     */
    record NpvRow(String label, long p10Ore, long p50Ore, long p90Ore, double probabilityPositive) {

        static NpvRow of(String label, se.sif.economics.calculation.NpvDistribution d) {
            return new NpvRow(label, Math.round(d.p10()), Math.round(d.p50()), Math.round(d.p90()),
                    d.probabilityPositive());
        }

        static NpvRow of(String label, ResultView.DistributionView d) {
            return new NpvRow(label, Math.round(d.p10Ore()), Math.round(d.p50Ore()), Math.round(d.p90Ore()),
                    d.probabilityPositive());
        }
    }

    /** A label along the chart's time axis. */
    record Tick(String x, String label, String anchor) {
    }

    /**
     * The first year, the last year and every fifth year between, placed as the points
     * are.
     */
    List<Tick> yearTicks(int startYear, int years) {
        List<Tick> ticks = new java.util.ArrayList<>();
        for (int t = 0; t < years; t++) {
            if (t == 0 || t == years - 1 || (t % 5 == 0 && years - 1 - t >= 3)) {
                double x = years == 1 ? 0 : (double) t * WIDTH / (years - 1);
                ticks.add(new Tick(String.format(Locale.ROOT, "%.1f", x), String.valueOf(startYear + t),
                        t == 0 ? "start" : t == years - 1 ? "end" : "middle"));
            }
        }
        return ticks;
    }

    /**
     * One series per actor of a result, scaled to the largest absolute cumulative net.
     */
    List<Series> cumulative(ResultView result) {
        long scale = result.chartScaleOre();
        List<Series> series = new java.util.ArrayList<>();
        for (int i = 0; i < result.actors().size(); i++) {
            ResultView.ActorView a = result.actors().get(i);
            series.add(new Series(a.name(), points(a.cumulativeNetOre(), scale), colour(i), dash(i)));
        }
        return series;
    }

    /**
     * SVG polyline points of values over years, scaled to ±{@code scale} around the
     * middle line.
     */
    public String points(List<Long> values, long scale) {
        StringBuilder s = new StringBuilder();
        int n = values.size();
        for (int t = 0; t < n; t++) {
            double x = n == 1 ? 0 : (double) t * WIDTH / (n - 1);
            double y = HEIGHT / 2.0 - (double) values.get(t) / Math.max(1, scale) * (HEIGHT / 2.0 - 4);
            s.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return s.toString().strip();
    }

    public String colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    public String dash(int i) {
        return DASHES[i % DASHES.length];
    }

    /** Bar width in percent of the widest, for the tornado drawn with HTML bars. */
    public long percent(double value, double largest) {
        return largest <= 0 ? 0 : Math.round(Math.abs(value) / largest * 100);
    }

    public double largestSwing(List<ResultView.TornadoView> bars) {
        double max = 0;
        for (ResultView.TornadoView b : bars) {
            max = Math.max(max, Math.max(Math.abs(b.npvAtLowOre()), Math.abs(b.npvAtHighOre())));
        }
        return max;
    }

    public long round(double ore) {
        return Math.round(ore);
    }

}
