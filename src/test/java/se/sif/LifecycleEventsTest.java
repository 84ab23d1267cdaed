package se.sif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sif.application.ApplicationSubmitted;
import se.sif.assessment.AssessmentSubmitted;
import se.sif.decision.GrantDecided;
import se.sif.decision.ProposalEndorsed;
import se.sif.screening.ScreeningOutcome;
import se.sif.screening.ScreeningRecorded;

/**
 * Each module announces its own lifecycle changes, and a listener that runs after the
 * commit gets them through Spring Modulith's registry in PostgreSQL (V15): stored with
 * the change, completed when the listener is done.
 */
@SifIntegrationTest
class LifecycleEventsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestEventListeners.Received received;

    @Autowired
    Scenario scenario;

    @Test
    void theOwningModulesAnnounceSubmissionScreeningAssessmentEndorsementAndGrant() {
        long callId = scenario.openCall("Utlysning med händelser");
        long applicationId = scenario.submitted(callId, 100_000_000L);
        ApplicationSubmitted submitted = await(ApplicationSubmitted.class,
                e -> e.applicationId().value() == applicationId);
        assertThat(submitted.callId().value()).isEqualTo(callId);
        assertThat(submitted.registrationNumber()).matches("RUN 612-\\d{4}-\\d{2}");
        assertThat(submitted.completion()).isFalse();

        scenario.toPanel(applicationId);
        ScreeningRecorded screened = await(ScreeningRecorded.class, e -> e.applicationId().value() == applicationId);
        assertThat(screened.outcome()).isEqualTo(ScreeningOutcome.TO_PANEL);
        assertThat(screened.triageGrade()).isEqualTo(1);

        assertThat(scenario.score("assessor1", applicationId, "VERY_GOOD", true).status()).isEqualTo(200);
        AssessmentSubmitted assessed = await(AssessmentSubmitted.class,
                e -> e.applicationId().value() == applicationId);
        assertThat(assessed.assessor()).isEqualTo("assessor1");

        assertThat(scenario.grant(applicationId, 50_000_000L).status()).isEqualTo(201);
        ProposalEndorsed endorsed = await(ProposalEndorsed.class, e -> e.applicationId().value() == applicationId);
        assertThat(endorsed.amountOre()).isEqualTo(50_000_000L);
        GrantDecided granted = await(GrantDecided.class, e -> e.applicationId().value() == applicationId);
        assertThat(granted.grantedAmountOre()).isEqualTo(50_000_000L);

        // The registry stored each publication with the change and completed it once the
        // listener returned.
        awaitTrue(() -> jdbc.sql("""
                select count(*) from event_publication
                where serialized_event like :app and completion_date is null""")
            .param("app", "%\"applicationId\":" + applicationId + "%")
            .query(Long.class)
            .single() == 0);
        long completed = jdbc.sql("""
                select count(*) from event_publication
                where serialized_event like :app and completion_date is not null and status = 'COMPLETED'""")
            .param("app", "%\"applicationId\":" + applicationId + "%")
            .query(Long.class)
            .single();
        assertThat(completed).isEqualTo(5);
    }

    @Test
    void aRejectedSubmissionAnnouncesNothing() {
        long callId = scenario.openCall("Utlysning utan händelse");
        long applicationId = scenario.draft(callId);
        assertThat(scenario.submit(applicationId).status()).isEqualTo(422);
        sleep(300);
        assertThat(received.events())
            .noneMatch(e -> e instanceof ApplicationSubmitted s && s.applicationId().value() == applicationId);
    }

    private <T> T await(Class<T> type, Predicate<T> matching) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            List<T> found = received.events()
                .stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(matching)
                .toList();
            if (!found.isEmpty()) {
                assertThat(found).as("delivered once").hasSize(1);
                return found.get(0);
            }
            sleep(50);
        }
        throw new AssertionError("no " + type.getSimpleName() + " received");
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("condition not met in time");
            }
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

}
