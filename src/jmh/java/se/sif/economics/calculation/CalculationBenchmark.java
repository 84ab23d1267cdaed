package se.sif.economics.calculation;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's performance targets: (a) one calculation of 10 outcomes, 6 actors and 30 years under 1 ms,
 * (b) its Monte Carlo with 10,000 draws under 100 ms, (c) a portfolio of 1,000 investments × 10,000 draws ×
 * 30 years under 10 s on 2 cores. The Monte Carlos use every available core, as a server would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
public class CalculationBenchmark {

    private Calculation calculation;
    private List<Calculation> portfolio;
    private MonteCarloSettings tenThousandDraws;

    @Setup
    public void setUp() {
        calculation = BenchmarkCalculations.tenOutcomes(4);
        portfolio = BenchmarkCalculations.portfolio(1000, 4);
        tenThousandDraws = MonteCarloSettings.of(10_000, 20261127L);
    }

    /** (a) Deterministic result incl. per-actor figures, payback, break-even, switching values and tornado. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public CalculationResult a_singleCalculation() {
        return CalculationEngine.calculate(calculation);
    }

    /** (b) 10,000 draws of the same calculation's 32 uncertain parameters. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public MonteCarloResult b_monteCarlo10k() {
        return MonteCarlo.run(calculation, tenThousandDraws);
    }

    /** (c) 1,000 investments × 10,000 draws × 30 years. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public MonteCarloResult c_portfolioMonteCarlo() {
        return Portfolio.monteCarlo(portfolio, tenThousandDraws);
    }
}
