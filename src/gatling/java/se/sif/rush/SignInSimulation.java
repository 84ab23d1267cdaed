package se.sif.rush;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Sign-in on its own: {@code rush.signInUsers} people (20 by default) at a time, each
 * opening the login page and signing in with the password checked against its bcrypt
 * hash, for {@code rush.signInSeconds}. Sign-ins a second = OKs of "sign in" over the
 * duration; on two cores bcrypt bounds it, as a proper hash should.
 */
public class SignInSimulation extends Simulation {

    private final RushSettings settings = RushSettings.fromSystemProperties();

    private final int concurrent = Integer.getInteger("rush.signInUsers", 20);

    private final AtomicInteger next = new AtomicInteger();

    private final Iterator<Map<String, Object>> users = Stream
        .generate(() -> Map.<String, Object>of("username",
                RushSettings.applicant(1 + this.next.getAndIncrement() % this.settings.users())))
        .iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(this.settings.baseUrl())
        .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .userAgentHeader("SIF sign-in benchmark (Gatling)");

    private final ScenarioBuilder signIn = scenario("sign in").feed(this.users)
        .exec(http("login page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
        .exitHereIfFailed()
        .exec(http("sign in").post("/login")
            .formParam("username", "#{username}")
            .formParam("password", RushSettings.PASSWORD)
            .formParam("_csrf", "#{csrf}")
            // the start page, not the login page again with an error
            .check(currentLocationRegex(".*/login.*").notExists()));

    {
        setUp(this.signIn.injectClosed(constantConcurrentUsers(this.concurrent)
            .during(java.time.Duration.ofSeconds(Integer.getInteger("rush.signInSeconds", 30)))))
            .protocols(this.protocol)
            .assertions(global().failedRequests().count().is(0L));
    }

}
