package se.sif.economics;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
        StringBuilder csv = new StringBuilder("actor,mean_sek,p10_sek,p50_sek,p90_sek,probability_npv_positive\n");
        row(csv, "TOTAL", result.total());
        for (Map.Entry<String, NpvDistribution> e : result.byActor().entrySet()) {
            row(csv, e.getKey(), e.getValue());
        }
        return JobOutput
            .file(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv",
                    "portfolio-" + parameters.fundId() + "-monte-carlo-" + parameters.seed() + ".csv")
            .withJson(json.writeValueAsString(Portfolios.summary(parameters.fundId(), result)));
    }

    private static void row(StringBuilder csv, String actor, NpvDistribution d) {
        csv.append('"')
            .append(actor.replace("\"", "\"\""))
            .append('"')
            .append(String.format(Locale.ROOT, ",%.2f,%.2f,%.2f,%.2f,%.4f%n", d.mean() / 100, d.p10() / 100,
                    d.p50() / 100, d.p90() / 100, d.probabilityPositive()));
    }

}
