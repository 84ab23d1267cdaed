package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.sif.SifIntegrationTest;
import se.sif.economics.calculation.ActorResult;
import se.sif.economics.calculation.ActorTotal;
import se.sif.economics.calculation.CalculationResult;
import se.sif.economics.calculation.MonteCarloSettings;
import se.sif.economics.calculation.Portfolio;
import se.sif.investment.InvestmentView;
import se.sif.investment.Investments;
import se.sif.jobs.BackgroundJobs;
import se.sif.jobs.JobProgress;
import se.sif.jobs.JobStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who has paid and who has gained across a fund's investments, and the portfolio Monte
 * Carlo job.
 */
@SifIntegrationTest
@WithMockUser(username = "officer", roles = "OFFICER")
class PortfoliosTest {

    @Autowired
    Portfolios portfolios;

    @Autowired
    Calculations calculations;

    @Autowired
    Investments investments;

    @Autowired
    PortfolioMonteCarloJob job;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    JsonMapper json;

    @Test
    void theTotalsPerActorAreTheSumsOverTheInvestmentsCalculations() {
        Portfolios.PortfolioView view = portfolios.portfolio(1);
        List<CalculationResult> results = new ArrayList<>();
        for (InvestmentView investment : investments.ofFund(1)) {
            calculations
                .latestOf(investment.applicationId(),
                        List.of(Calculations.Purpose.FORECAST, Calculations.Purpose.REVISION))
                .ifPresent(v -> results.add(calculations.compute(v.document())));
        }
        assertThat(results)
            .as("the demo has a calculation for each granted investment of the VGR fund (other tests may add more)")
            .hasSizeGreaterThanOrEqualTo(5);
        assertThat(view.members()).filteredOn(m -> m.forecastVersion() != null).allMatch(Portfolios.Member::computable);
        assertThat(view.forecast().pvCosts()).isEqualTo(results.stream().mapToLong(CalculationResult::pvCosts).sum());
        assertThat(view.forecast().pvBenefits())
            .isEqualTo(results.stream().mapToLong(CalculationResult::pvBenefits).sum());
        ActorTotal fund = view.forecast().actor("vgr_fund");
        assertThat(fund.calculations()).isEqualTo(results.stream()
            .filter(r -> r.actors().stream().anyMatch(a -> a.actor().id().equals("vgr_fund")))
            .count());
        assertThat(fund.pvCosts()).as("the fund's money over all five investments")
            .isEqualTo(results.stream().mapToLong(r -> r.actor("vgr_fund").pvCosts()).sum());
        ActorTotal bup = view.forecast().actor("vgr_bup");
        assertThat(bup.pvBenefits()).isEqualTo(results.stream()
            .flatMap(r -> r.actors().stream())
            .filter(a -> a.actor().id().equals("vgr_bup"))
            .mapToLong(ActorResult::pvBenefits)
            .sum());
    }

    @Test
    void theMonteCarloJobReportsProgressAndGivesTheSameResultAsARunInPlace() {
        List<Double> reported = new ArrayList<>();
        var output = job.run("{\"fundId\": 1, \"draws\": 3000, \"seed\": 11}", progress(reported, false));
        JsonNode result = json.readTree(output.resultJson());
        var direct = Portfolio.monteCarlo(portfolios.forecastCalculations(1), MonteCarloSettings.of(3000, 11));
        assertThat(result.get("total").get("p50").asDouble()).isEqualTo(direct.total().p50());
        assertThat(result.get("byActor").get("vgr_bup").get("p10").asDouble())
            .isEqualTo(direct.byActor().get("vgr_bup").p10());
        assertThat(reported).isNotEmpty().isSorted().last().isEqualTo(1.0);
        assertThat(new String(output.file(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("actor,mean_sek")
            .contains("\r\nvgr_fund,");
        assertThat(job.restartable()).as("it only computes, so an interrupted run is simply run again").isTrue();
    }

    @Autowired
    PortfolioExportJob export;

    @Test
    void theExportHasASpreadsheetPerInvestmentAndTheTotalsPerActor() throws Exception {
        var output = export.run("{\"fundId\": 1, \"language\": \"sv\"}", progress(new ArrayList<>(), false));
        List<String> entries = new ArrayList<>();
        String totals = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(output.file()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                byte[] content = zip.readAllBytes();
                if (entry.getName().endsWith(".xlsx")) {
                    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                            new java.io.ByteArrayInputStream(content))) {
                        assertThat(workbook.getName("NPV")).as(entry.getName() + " has its live NPV").isNotNull();
                    }
                }
                else {
                    totals = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(entries).filteredOn(e -> e.endsWith(".xlsx"))
            .hasSizeGreaterThanOrEqualTo(5)
            .contains("calculation-3-v1.xlsx", "calculation-1-v1.xlsx");
        assertThat(totals).startsWith("application_id,version,actor_id").contains("\r\n3,1,vgr_fund,");
        assertThat(output.fileName()).isEqualTo("portfolio-1-calculations.zip");
    }

    @Test
    void aCancelledMonteCarloStops() {
        assertThatThrownBy(
                () -> job.run("{\"fundId\": 1, \"draws\": 50000, \"seed\": 1}", progress(new ArrayList<>(), true)))
            .isInstanceOf(CancellationException.class);
    }

    @Test
    void startingTheMonteCarloQueuesABackgroundJobForTheUser() {
        long id = portfolios.startMonteCarlo(1, 1000, 3, "Monte Carlo");
        assertThat(jobs.get(id).status()).isIn(JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.SUCCEEDED);
        assertThat(portfolios.monteCarloJobs()).extracting(j -> j.id()).contains(id);
        assertThatThrownBy(() -> portfolios.startMonteCarlo(1, 0, 3, "Inga dragningar"))
            .hasMessage("economics.portfolio.drawsRange");
        jobs.cancel(id);
    }

    private static JobProgress progress(List<Double> reported, boolean cancelled) {
        return new JobProgress() {
            @Override
            public synchronized void report(double fraction, String message) {
                reported.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

}
