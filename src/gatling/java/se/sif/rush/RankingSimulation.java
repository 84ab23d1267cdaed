package se.sif.rush;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The panel's ranking of a call at its biggest (perf/ranking.sh seeds 500 applications
 * with 10 members' scores): {@code ranking.users} officials (5 by default) at a time, for
 * {@code ranking.seconds}, each reading the ranking through the API (Basic) and on the
 * page (signed in), one after the other. Both must list every application.
 */
public class RankingSimulation extends Simulation {

    private final String baseUrl = System.getProperty("rush.baseUrl", "http://localhost:8081");

    private final long callId = Long.getLong("rush.callId", 3);

    private final int applications = Integer.getInteger("ranking.applications", 500);

    private final int users = Integer.getInteger("ranking.users", 5);

    /** One signed-in session per official, as each would have in their own browser. */
    private final java.util.Iterator<java.util.Map<String, Object>> sessions;

    {
        try {
            java.util.List<java.util.Map<String, Object>> signedIn = new java.util.ArrayList<>();
            for (int i = 0; i < this.users; i++) {
                signedIn.add(java.util.Map.of("session", SignIn.session(this.baseUrl, "officer")));
            }
            this.sessions = java.util.stream.Stream.generate(new java.util.function.Supplier<java.util.Map<String, Object>>() {
                private int next;

                @Override
                public java.util.Map<String, Object> get() {
                    return signedIn.get(this.next++ % signedIn.size());
                }
            }).iterator();
        }
        catch (Exception e) {
            throw new IllegalStateException("signing the officials in failed", e);
        }
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(this.baseUrl)
        .userAgentHeader("SIF ranking benchmark (Gatling)");

    private final String basic = "Basic "
            + Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8));

    private final ScenarioBuilder officials = scenario("officials reading the ranking")
        .feed(this.sessions)
        .exec(addCookie(Cookie(SignIn.SESSION_COOKIE, "#{session}").withDomain(java.net.URI.create(this.baseUrl)
            .getHost()).withPath("/")))
        .forever()
        .on(exec(http("ranking API").get("/api/v1/calls/" + this.callId + "/ranking")
            .header("Authorization", this.basic)
            .header("Accept", "application/json")
            .check(status().is(200), jsonPath("$[*].applicationId").count().gte(this.applications)))
            .exec(http("ranking page").get("/ranking?callId=" + this.callId)
                .header("Accept", "text/html")
                .check(status().is(200), css("tbody tr").count().gte(this.applications))));

    {
        setUp(this.officials.injectClosed(constantConcurrentUsers(this.users)
            .during(Duration.ofSeconds(Integer.getInteger("ranking.seconds", 60)))))
            .protocols(this.protocol)
            .maxDuration(Duration.ofSeconds(Integer.getInteger("ranking.seconds", 60)))
            .assertions(global().failedRequests().count().is(0L));
    }

}
