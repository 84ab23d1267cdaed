package se.sif.economics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.sif.economics.calculation.Calculation;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.MonteCarloResult;
import se.sif.economics.calculation.MonteCarloSettings;
import se.sif.economics.calculation.Portfolio;
import se.sif.economics.calculation.PortfolioTotals;
import se.sif.economics.calculation.SimulationProgress;
import se.sif.fund.FundLedger;
import se.sif.investment.InvestmentView;
import se.sif.investment.Investments;
import se.sif.jobs.BackgroundJobs;
import se.sif.jobs.JobView;
import se.sif.shared.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fund's investments seen together: who has paid and who has gained across all of them,
 * by actor id (the same id in two calculations is the same party). Forecasts use each
 * investment's latest forecast or revision; realised totals use the realised versions
 * where there are any. The portfolio Monte Carlo is long, so it runs as a background job.
 */
@Service
public class Portfolios {

    static final String MONTE_CARLO_JOB = "economics.portfolio-monte-carlo";
    static final String EXPORT_JOB = "economics.portfolio-export";

    /**
     * One investment's place in the portfolio: the version counted, or why none could be.
     */
    public record Member(InvestmentView investment, @Nullable Integer forecastVersion,
            @Nullable Integer realisedVersion, boolean computable) {
    }

    public record PortfolioView(long fundId, String fundName, List<Member> members, PortfolioTotals forecast,
            @Nullable PortfolioTotals realised) {
    }

    record MonteCarloParameters(long fundId, int draws, long seed) {
    }

    private final Investments investments;

    private final Calculations calculations;

    private final FundLedger funds;

    private final BackgroundJobs jobs;

    private final JsonMapper json;

    Portfolios(Investments investments, Calculations calculations, FundLedger funds, BackgroundJobs jobs,
            JsonMapper json) {
        this.investments = investments;
        this.calculations = calculations;
        this.funds = funds;
        this.jobs = jobs;
        this.json = json;
    }

    private static final List<Calculations.Purpose> FORECASTS = List.of(Calculations.Purpose.FORECAST,
            Calculations.Purpose.REVISION);

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public PortfolioView portfolio(long fundId) {
        String name = funds.summary(fundId).name();
        List<Member> members = new ArrayList<>();
        List<Calculation> forecasts = new ArrayList<>();
        List<Calculation> realised = new ArrayList<>();
        for (InvestmentView investment : investments.ofFund(fundId)) {
            var forecast = calculations.latestOf(investment.applicationId(), FORECASTS);
            var measured = calculations.latestOf(investment.applicationId(), List.of(Calculations.Purpose.REALISED));
            Optional<Calculation> computed = forecast.flatMap(this::computable);
            computed.ifPresent(forecasts::add);
            measured.flatMap(this::computable).ifPresent(realised::add);
            members.add(new Member(investment, forecast.map(Calculations.CalculationVersion::version).orElse(null),
                    measured.map(Calculations.CalculationVersion::version).orElse(null), computed.isPresent()));
        }
        return new PortfolioView(fundId, name, members, Portfolio.totals(forecasts),
                realised.isEmpty() ? null : Portfolio.totals(realised));
    }

    /**
     * The checked calculation of a version, or empty when it does not compute: such an
     * investment is shown as "cannot be computed" on the page, and left out of totals,
     * simulations and exports.
     */
    Optional<Calculation> computable(Calculations.CalculationVersion version) {
        try {
            return Optional.of(calculations.check(version.document()));
        }
        catch (CalculationInputException e) {
            return Optional.empty();
        }
    }

    /** The latest forecast or revision of each of a fund's investments that has one. */
    List<Calculations.CalculationVersion> forecastVersions(long fundId) {
        List<Calculations.CalculationVersion> out = new ArrayList<>();
        for (InvestmentView investment : investments.ofFund(fundId)) {
            calculations.latestOf(investment.applicationId(), FORECASTS).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The forecast calculations of a fund's investments that compute, for the Monte
     * Carlo.
     */
    List<Calculation> forecastCalculations(long fundId) {
        return forecastVersions(fundId).stream().map(this::computable).flatMap(Optional::stream).toList();
    }

    /** Starts a portfolio Monte Carlo as a background job; returns the job's id. */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public long startMonteCarlo(long fundId, int draws, long seed, @Nullable String title) {
        funds.summary(fundId);
        if (draws < 1 || draws > MonteCarloSettings.MAX_DRAWS) {
            throw se.sif.shared.DomainException.onField("draws", "economics.portfolio.drawsRange",
                    MonteCarloSettings.MAX_DRAWS);
        }
        return jobs.submit(MONTE_CARLO_JOB, json.writeValueAsString(new MonteCarloParameters(fundId, draws, seed)),
                Actor.name(), title);
    }

    /**
     * Starts the export of every investment's calculation as a background job; returns
     * the job's id.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public long startExport(long fundId, @Nullable String title) {
        funds.summary(fundId);
        String language = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
        return jobs.submit(EXPORT_JOB, json.writeValueAsString(Map.of("fundId", fundId, "language", language)),
                Actor.name(), title);
    }

    /** The current user's portfolio jobs (Monte Carlo and exports), newest first. */
    public List<JobView> portfolioJobs() {
        return jobs.mine()
            .stream()
            .filter(j -> MONTE_CARLO_JOB.equals(j.kind()) || EXPORT_JOB.equals(j.kind()))
            .toList();
    }

    /** The current user's portfolio Monte Carlo jobs, newest first. */
    public List<JobView> monteCarloJobs() {
        return portfolioJobs().stream().filter(j -> MONTE_CARLO_JOB.equals(j.kind())).toList();
    }

    MonteCarloResult runMonteCarlo(MonteCarloParameters parameters, SimulationProgress progress) {
        return Portfolio.monteCarlo(forecastCalculations(parameters.fundId()),
                MonteCarloSettings.of(parameters.draws(), parameters.seed()), progress);
    }

    static Map<String, Object> summary(long fundId, MonteCarloResult result) {
        return Map.of("fundId", fundId, "draws", result.draws(), "seed", result.seed(), "total", result.total(),
                "byActor", result.byActor());
    }

    /** A finished portfolio Monte Carlo as the portfolio page shows it. */
    public record MonteCarloSummary(long jobId, java.time.Instant finishedAt, int draws, long seed,
            se.sif.economics.calculation.NpvDistribution total,
            Map<String, se.sif.economics.calculation.NpvDistribution> byActor) {
    }

    record StoredSummary(long fundId, int draws, long seed, se.sif.economics.calculation.NpvDistribution total,
            java.util.LinkedHashMap<String, se.sif.economics.calculation.NpvDistribution> byActor) {
    }

    /**
     * The newest of the user's finished portfolio Monte Carlo runs for a fund, if any.
     */
    public Optional<MonteCarloSummary> latestMonteCarlo(long fundId) {
        for (JobView job : monteCarloJobs()) {
            if (job.status() != se.sif.jobs.JobStatus.SUCCEEDED || job.resultJson() == null) {
                continue;
            }
            StoredSummary stored = json.readValue(job.resultJson(), StoredSummary.class);
            if (stored.fundId() == fundId) {
                return Optional.of(new MonteCarloSummary(job.id(), job.finishedAt(), stored.draws(), stored.seed(),
                        stored.total(), stored.byActor()));
            }
        }
        return Optional.empty();
    }

}
