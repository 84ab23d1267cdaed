package se.sif.rush;

import static io.gatling.javaapi.core.CoreDsl.AllowList;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The deadline rush of issue 9: {@code rush.users} applicants (500 by default), each
 * already signed in (before the measurement, {@link SignIn}), go through the pages again
 * and again for {@code rush.seconds}: open the call, start an application, save three
 * sections, check the answers, submit ({@link ApplicantJourney}). Every
 * completed journey ends with one OK "submit"; journeys a second = that count over the
 * run's duration. The figures and the reconciliation with the database: perf/rush.sh.
 */
public class RushSimulation extends Simulation {

    private final RushSettings settings = RushSettings.fromSystemProperties();

    private final List<Map<String, Object>> signedIn = SignIn.applicants(this.settings);

    private final Iterator<Map<String, Object>> applicants = this.signedIn.iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(this.settings.baseUrl())
        .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .acceptLanguageHeader("sv-SE,sv;q=0.9")
        .userAgentHeader("SIF deadline rush (Gatling)")
        // the style sheets and scripts a browser fetches, once per applicant (they are cached for a year)
        .inferHtmlResources(AllowList(".*/(css|js|webjars)/.*"));

    private final ScenarioBuilder rush = scenario("deadline rush").feed(this.applicants)
        // a journey under way when the time is up is finished, not cut off (exitASAP false)
        .exec(during(this.settings.duration(), false)
            .on(exitBlockOnFail().on(group("journey").on(ApplicantJourney.journey(this.settings)))));

    {
        setUp(this.rush.injectOpen(rampUsers(this.settings.users()).during(this.settings.ramp())))
            .protocols(this.protocol)
            .maxDuration(this.settings.duration().plus(this.settings.ramp()).plus(Duration.ofMinutes(2)))
            .assertions(global().failedRequests().count().is(0L),
                    global().responseTime().percentile(99.0).lt(500),
                    details("journey").failedRequests().count().is(0L));
    }

}
