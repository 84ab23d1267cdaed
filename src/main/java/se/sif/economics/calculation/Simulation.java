package se.sif.economics.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * The Monte Carlo loop shared by one calculation and a portfolio. Determinism regardless
 * of thread count: draws are cut into chunks of a fixed size; every (calculation, chunk)
 * pair gets its own generator, split from the seed in a fixed order before any work
 * starts; each chunk writes only its own draw indices, and within a draw the calculations
 * are added in list order. So the same seed gives bit-identical draws on one thread or
 * many, and a portfolio of one calculation draws exactly what the calculation alone
 * draws.
 */
final class Simulation {

    /**
     * Small enough to balance two to a few dozen threads over 10,000 draws, large enough
     * to amortise a task.
     */
    static final int CHUNK_DRAWS = 500;

    final double[] total;

    final double[][] byActor;

    private Simulation(int draws, int actors) {
        total = new double[draws];
        byActor = new double[actors][draws];
    }

    /**
     * @param actorSlots for each model, the index of each of its actors in
     * {@code byActor}
     */
    static Simulation run(List<CompiledCalculation> models, int[][] actorSlots, int actorCount,
            MonteCarloSettings settings) {
        return run(models, actorSlots, actorCount, settings, SimulationProgress.NONE);
    }

    /**
     * As {@link #run(List, int[][], int, MonteCarloSettings)}, telling {@code progress}
     * after each chunk of draws and stopping with a
     * {@link java.util.concurrent.CancellationException} when it asks to. The chunks and
     * their random streams do not depend on progress or threads, so the result is the
     * same either way.
     */
    static Simulation run(List<CompiledCalculation> models, int[][] actorSlots, int actorCount,
            MonteCarloSettings settings, SimulationProgress progress) {
        int draws = settings.draws();
        int chunks = (draws + CHUNK_DRAWS - 1) / CHUNK_DRAWS;
        SplittableRandom root = new SplittableRandom(settings.seed());
        SplittableRandom[][] generators = new SplittableRandom[models.size()][chunks];
        for (int i = 0; i < models.size(); i++) {
            SplittableRandom perCalculation = root.split();
            for (int chunk = 0; chunk < chunks; chunk++) {
                generators[i][chunk] = perCalculation.split();
            }
        }
        Simulation out = new Simulation(draws, actorCount);
        int threads = Math.min(settings.threads(), chunks);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        if (threads <= 1) {
            for (int chunk = 0; chunk < chunks; chunk++) {
                out.runChunk(models, actorSlots, generators, chunk, draws);
                afterChunk(progress, done.incrementAndGet(), chunks);
            }
            return out;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Future<?>> tasks = new ArrayList<>(chunks);
            for (int chunk = 0; chunk < chunks; chunk++) {
                int c = chunk;
                tasks.add(pool.submit(() -> {
                    out.runChunk(models, actorSlots, generators, c, draws);
                    afterChunk(progress, done.incrementAndGet(), chunks);
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo interrupted", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof java.util.concurrent.CancellationException cancelled) {
                throw cancelled;
            }
            throw new IllegalStateException("Monte Carlo failed", e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
        return out;
    }

    private static void afterChunk(SimulationProgress progress, int done, int chunks) {
        progress.chunkDone(done, chunks);
        if (progress.cancelled()) {
            throw new java.util.concurrent.CancellationException("Monte Carlo cancelled");
        }
    }

    private void runChunk(List<CompiledCalculation> models, int[][] actorSlots, SplittableRandom[][] generators,
            int chunk, int draws) {
        int from = chunk * CHUNK_DRAWS;
        int to = Math.min(draws, from + CHUNK_DRAWS);
        for (int i = 0; i < models.size(); i++) {
            CompiledCalculation m = models.get(i);
            SplittableRandom random = generators[i][chunk];
            double[] p = m.baseParameters();
            double[] actorNpv = new double[m.actorCount];
            int[] slots = m.uncertainSlot;
            Sampler[] samplers = m.samplers;
            int[] toGlobal = actorSlots[i];
            for (int d = from; d < to; d++) {
                for (int u = 0; u < slots.length; u++) {
                    p[slots[u]] = samplers[u].sample(random);
                }
                total[d] += m.evaluate(p, actorNpv);
                for (int a = 0; a < actorNpv.length; a++) {
                    byActor[toGlobal[a]][d] += actorNpv[a];
                }
            }
        }
    }

}
