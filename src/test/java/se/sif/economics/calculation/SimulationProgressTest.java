package se.sif.economics.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A long portfolio run tells its progress and can be stopped, without changing what it
 * computes.
 */
class SimulationProgressTest {

    @Test
    void reportingProgressDoesNotChangeTheResultOnOneOrManyThreads() {
        java.util.Random random = new java.util.Random(42);
        List<Calculation> portfolio = List.of(Examples.random(random), Examples.random(random),
                Examples.random(random));
        MonteCarloResult quiet = Portfolio.monteCarlo(portfolio, new MonteCarloSettings(20_000, 9, 1));
        AtomicInteger last = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        SimulationProgress counting = new SimulationProgress() {
            @Override
            public void chunkDone(int done, int total) {
                calls.incrementAndGet();
                last.accumulateAndGet(done, Math::max);
                assertThat(done).isBetween(1, total);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        MonteCarloResult told = Portfolio.monteCarlo(portfolio, new MonteCarloSettings(20_000, 9, 2), counting);
        assertThat(told.total()).isEqualTo(quiet.total());
        assertThat(told.byActor()).isEqualTo(quiet.byActor());
        assertThat(calls.get()).as("once per chunk").isEqualTo(last.get()).isGreaterThan(1);
    }

    @Test
    void aCancelledRunStopsAfterTheChunkItWasIn() {
        java.util.Random random = new java.util.Random(7);
        List<Calculation> portfolio = List.of(Examples.random(random), Examples.random(random));
        AtomicInteger chunks = new AtomicInteger();
        SimulationProgress cancelAtOnce = new SimulationProgress() {
            @Override
            public void chunkDone(int done, int total) {
                chunks.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> Portfolio.monteCarlo(portfolio, new MonteCarloSettings(100_000, 1, 1), cancelAtOnce))
            .isInstanceOf(CancellationException.class);
        assertThat(chunks.get()).isEqualTo(1);
    }

}
