package se.sif.economics;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.sif.economics.calculation.MonteCarloResult;
import se.sif.economics.calculation.NpvDistribution;
import se.sif.economics.calculation.SimulationProgress;
import se.sif.jobs.JobHandler;
import se.sif.jobs.JobOutput;
import se.sif.jobs.JobProgress;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portfolio Monte Carlo as a background job. It only computes, so a run cut short by
 * a restart is simply run again from the start (same seed, same result). The result is
 * JSON for the API and a CSV to download.
 */
@Component
class PortfolioMonteCarloJob implements JobHandler {

    private final Portfolios portfolios;

    private final JsonMapper json;

    PortfolioMonteCarloJob(Portfolios portfolios, JsonMapper json) {
        this.portfolios = portfolios;
        this.json = json;
    }

    @Override
    public String kind() {
        return Portfolios.MONTE_CARLO_JOB;
    }

    @Override
    public boolean restartable() {
        return true;
    }

    @Override
    public JobOutput run(String parametersJson, JobProgress progress) {
        Portfolios.MonteCarloParameters parameters = json.readValue(parametersJson,
                Portfolios.MonteCarloParameters.class);
        progress.report(0, null);
        MonteCarloResult result = portfolios.runMonteCarlo(parameters, new SimulationProgress() {
            @Override
            public void chunkDone(int done, int total) {
                progress.report((double) done / total, done + " / " + total);
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        });
        java.io.StringWriter text = new java.io.StringWriter();
        se.sif.shared.CsvWriter csv = se.sif.shared.CsvWriter.plain(text, ',');
        csv.row("actor", "mean_sek", "p10_sek", "p50_sek", "p90_sek", "probability_npv_positive");
        row(csv, "TOTAL", result.total());
        for (Map.Entry<String, NpvDistribution> e : result.byActor().entrySet()) {
            row(csv, e.getKey(), e.getValue());
        }
        return JobOutput
            .file(text.toString().getBytes(StandardCharsets.UTF_8), "text/csv",
                    "portfolio-" + parameters.fundId() + "-monte-carlo-" + parameters.seed() + ".csv")
            .withJson(json.writeValueAsString(Portfolios.summary(parameters.fundId(), result)));
    }

    /**
     * Kronor rounded to öre and the probability to four places, as before: the means are
     * double-precision estimates, rounded only here for the file.
     */
    private static void row(se.sif.shared.CsvWriter csv, String actor, NpvDistribution d) {
        csv.row(actor, kronor(d.mean()), kronor(d.p10()), kronor(d.p50()), kronor(d.p90()),
                java.math.BigDecimal.valueOf(d.probabilityPositive()).setScale(4, java.math.RoundingMode.HALF_UP));
    }

    private static java.math.BigDecimal kronor(double ore) {
        return java.math.BigDecimal.valueOf(ore).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }

}
