package se.sif.economics.calculation;

/** What a long Monte Carlo tells its caller as it goes, and how the caller stops it. */
public interface SimulationProgress {

    SimulationProgress NONE = new SimulationProgress() {
        @Override
        public void chunkDone(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called after each chunk of draws, from whichever thread ran it. */
    void chunkDone(int done, int total);

    /**
     * Checked after each chunk; true stops the run with a
     * {@link java.util.concurrent.CancellationException}.
     */
    boolean cancelled();

}
