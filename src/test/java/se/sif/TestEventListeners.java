package se.sif;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import se.sif.application.ApplicationSubmitted;
import se.sif.assessment.AssessmentSubmitted;
import se.sif.decision.GrantDecided;
import se.sif.decision.ProposalEndorsed;
import se.sif.screening.ScreeningRecorded;

/**
 * Listeners that run after the commit, on another thread, with their publications in the
 * registry: what a notification or export listener will be. In every
 * {@code @SifIntegrationTest} context (so the suite keeps one context); they only
 * remember what they received.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestEventListeners {

    @Bean
    Received receivedLifecycleEvents() {
        return new Received();
    }

    public static class Received {

        private final List<Object> events = new CopyOnWriteArrayList<>();

        /**
         * A method, not the field: the listeners are proxied (async, transactional), and
         * a proxy's fields are empty.
         */
        public List<Object> events() {
            return events;
        }

        @ApplicationModuleListener
        void on(ApplicationSubmitted event) {
            events.add(event);
        }

        @ApplicationModuleListener
        void on(ScreeningRecorded event) {
            events.add(event);
        }

        @ApplicationModuleListener
        void on(AssessmentSubmitted event) {
            events.add(event);
        }

        @ApplicationModuleListener
        void on(ProposalEndorsed event) {
            events.add(event);
        }

        @ApplicationModuleListener
        void on(GrantDecided event) {
            events.add(event);
        }

    }

}
