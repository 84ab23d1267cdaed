package se.sif.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands event publications whose listener failed, or whose node died while the listener
 * ran, to a listener again. Every node runs this; the registry claims each publication
 * with an update that only one node wins (status RESUBMITTED), so a publication is not
 * run twice at once. The registry's staleness monitor first marks publications that
 * stayed PUBLISHED or PROCESSING too long as FAILED
 * ({@code spring.modulith.events.staleness.*}); a restart republishes nothing by itself,
 * since another node may be running the same publication.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "sif.events.resubmit-enabled", havingValue = "true", matchIfMissing = true)
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;

    private final Duration resubmitAfter;

    EventResubmission(IncompleteEventPublications incomplete,
            @Value("${sif.events.resubmit-after:PT5M}") Duration resubmitAfter) {
        this.incomplete = incomplete;
        this.resubmitAfter = resubmitAfter;
    }

    @Scheduled(initialDelayString = "${sif.events.resubmit-interval:PT5M}",
            fixedDelayString = "${sif.events.resubmit-interval:PT5M}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
        }
        catch (RuntimeException e) {
            // The next round tries again; a failing listener must not stop the scheduler
            // thread.
            log.warn("Resubmitting incomplete event publications failed", e);
        }
    }

}
