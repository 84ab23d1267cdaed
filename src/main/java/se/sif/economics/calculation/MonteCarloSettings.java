package se.sif.economics.calculation;

/**
 * How a Monte Carlo runs. The result depends on {@code draws} and {@code seed} only:
 * draws are cut into fixed chunks with a random stream each, split from the seed in a
 * fixed order, so any number of {@code threads} gives the same numbers.
 */
public record MonteCarloSettings(int draws, long seed, int threads) {

    /**
     * Enough for P10/P90 to be stable to well under a percent of the spread; more costs
     * linear time.
     */
    public static final int DEFAULT_DRAWS = 10_000;

    public static final int MAX_DRAWS = 10_000_000;

    public MonteCarloSettings {
        new Checks().between("draws", draws, 1, MAX_DRAWS).between("threads", threads, 1, 1024).throwIfAny();
    }

    public static MonteCarloSettings of(int draws, long seed) {
        return new MonteCarloSettings(draws, seed, Runtime.getRuntime().availableProcessors());
    }
}
