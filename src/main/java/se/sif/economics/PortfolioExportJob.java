package se.sif.economics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.sif.economics.calculation.ActorResult;
import se.sif.economics.calculation.Calculation;
import se.sif.economics.calculation.CalculationEngine;
import se.sif.economics.calculation.CalculationResult;
import se.sif.economics.workbook.CalculationWorkbook;
import se.sif.jobs.JobHandler;
import se.sif.jobs.JobOutput;
import se.sif.jobs.JobProgress;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every investment's calculation of a fund as spreadsheets with live formulas, in one ZIP
 * with a CSV of the totals per actor: a large export, so a background job. It only reads,
 * so an interrupted run is run again.
 */
@Component
class PortfolioExportJob implements JobHandler {

    /**
     * @param language the language of the user who asked, for the sheets' headings (the
     * job runs outside the request)
     */
    record Parameters(long fundId, String language) {
    }

    private final Portfolios portfolios;

    private final JsonMapper json;

    PortfolioExportJob(Portfolios portfolios, JsonMapper json) {
        this.portfolios = portfolios;
        this.json = json;
    }

    @Override
    public String kind() {
        return Portfolios.EXPORT_JOB;
    }

    @Override
    public boolean restartable() {
        return true;
    }

    @Override
    public JobOutput run(String parametersJson, JobProgress progress) throws IOException {
        Parameters parameters = json.readValue(parametersJson, Parameters.class);
        List<Calculations.CalculationVersion> versions = portfolios.forecastVersions(parameters.fundId());
        Locale locale = parameters.language() == null ? Locale.forLanguageTag("sv")
                : Locale.forLanguageTag(parameters.language());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        java.io.StringWriter totalsText = new java.io.StringWriter();
        se.sif.shared.CsvWriter totals = se.sif.shared.CsvWriter.plain(totalsText, ',');
        totals.row("application_id", "version", "actor_id", "actor_name", "pv_costs_sek", "pv_benefits_sek", "npv_sek",
                "pv_fiscal_sek", "pv_cashable_sek");
        int written = 0;
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            for (int i = 0; i < versions.size(); i++) {
                if (progress.isCancelled()) {
                    return JobOutput.none();
                }
                Calculations.CalculationVersion v = versions.get(i);
                progress.report((double) i / Math.max(1, versions.size()), v.document().name());
                Calculation calculation = portfolios.computable(v).orElse(null);
                if (calculation == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry("calculation-" + v.applicationId() + "-v" + v.version() + ".xlsx"));
                CalculationWorkbook.write(calculation, locale, out);
                out.closeEntry();
                CalculationResult result = CalculationEngine.calculate(calculation);
                for (ActorResult a : result.actors()) {
                    totals.row(v.applicationId(), v.version(), a.actor().id(), a.actor().name(), sek(a.pvCosts()),
                            sek(a.pvBenefits()), sek(a.npv()), sek(a.pvFiscalBenefits()), sek(a.pvCashableBenefits()));
                }
                written++;
            }
            out.putNextEntry(new ZipEntry("totals-per-actor.csv"));
            out.write(totalsText.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        progress.report(1, written + " / " + versions.size());
        return JobOutput
            .file(zip.toByteArray(), "application/zip", "portfolio-" + parameters.fundId() + "-calculations.zip")
            .withJson("{\"fundId\": " + parameters.fundId() + ", \"calculations\": " + written + "}");
    }

    private static java.math.BigDecimal sek(long ore) {
        return java.math.BigDecimal.valueOf(ore, 2);
    }

}
