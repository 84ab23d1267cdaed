package se.sif.rush;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * THE REQUEST CHAIN of the deadline rush, in one place: what an applicant's browser sends
 * from the call's page to the receipt, through the task list's pages. When the pages
 * change, adapt this class only; the rest of the simulation does not know them.
 * <p>
 * The applicant opens the call and starts a new application (POST /applications, which
 * lands on the new draft's task list). Then, as at a real deadline, they finish an
 * application begun weeks before: one of their seeded drafts (perf/seed-rush-drafts.sql),
 * complete but for three sections. They open the first of those, and save it and the next
 * two with "Spara och fortsätt" (POST /applications/{id}/sections/{section} with the page's
 * {@code version} and CSRF token, which lands on the next section's page), check their
 * answers (GET /applications/{id}/check) and submit (POST /applications/{id}/submit,
 * which lands on the receipt). Every step checks that it landed where a browser would.
 * <p>
 * With {@code rush.thinkSeconds} the applicant reads each page that long before the next
 * step (0, the default, is the model: every applicant clicking on at once).
 * <p>
 * Session variables it needs from the feeder: {@code n} (the applicant's number) and
 * {@code session} (the signed-in session cookie).
 */
final class ApplicantJourney {

    /** About 1,200 characters an answer, as in the raw PostgreSQL baseline. */
    private static final String TEXT = "Svar skrivet under rusningen före sista ansökningsdag. ".repeat(22);

    private ApplicantJourney() {
    }

    static ChainBuilder journey(RushSettings settings) {
        String call = "/calls/" + settings.callId();
        String draft = "/applications/#{applicationId}";
        return exec(addCookie(Cookie(SignIn.SESSION_COOKIE, "#{session}").withDomain(settings.host()).withPath("/")))
            // the next seeded draft of this applicant: one per journey
            .exec(session -> {
                int k = session.contains("journeys") ? session.getInt("journeys") : 0;
                return session.set("journeys", k + 1)
                    .set("applicationId", settings.draft(session.getInt("n"), k));
            })
            .exec(http("open the call").get(call)
                .check(css("form[action='/applications'] input[name='_csrf']", "value").saveAs("csrf")))
            .exitHereIfFailed()
            .pause(settings.think())
            .exec(http("start an application").post("/applications")
                .formParam("callId", String.valueOf(settings.callId()))
                .formParam("_csrf", "#{csrf}")
                .check(currentLocationRegex(".*/applications/(\\d+)/edit$").saveAs("startedId")))
            .exitHereIfFailed()
            .pause(settings.think())
            .exec(http("open a section").get(draft + "/sections/target-group").check(formOf("target-group")))
            .exitHereIfFailed()
            .pause(settings.think())
            .exec(save(1, "target-group", "method")
                .formParam("targetGroup", TEXT + "målgrupp")
                .formParam("ageFrom", "6")
                .formParam("ageTo", "15")
                .formParam("groupSize", "120")
                .formParam("selection", "Elever med närvaro under 85 procent")
                .formParam("need", "Hög frånvaro och oro i skolan"))
            .exitHereIfFailed()
            .pause(settings.think())
            .exec(save(2, "method", "effects").formParam("methodKind", "EVIDENCE_BASED")
                .formParam("method", TEXT + "metod")
                .formParam("methodReferences", "Socialstyrelsen 2014"))
            .exitHereIfFailed()
            .pause(settings.think())
            .exec(save(3, "effects", "separate").formParam("definedEffect", TEXT + "effekt")
                .formParam("effectsAppear", "Efter två år"))
            .exitHereIfFailed()
            .pause(settings.think())
            .exec(http("check the answers").get(draft + "/check")
                .check(css("form#submit input[name='version']", "value").saveAs("version"))
                .check(css("form#submit input[name='_csrf']", "value").saveAs("csrf")))
            .exitHereIfFailed()
            .pause(settings.think())
            .exec(http("submit").post(draft + "/submit")
                .formParam("version", "#{version}")
                .formParam("_csrf", "#{csrf}")
                .check(currentLocationRegex(".*/applications/\\d+/receipt$").exists())
                .check(css(".govuk-notification-banner--success").exists()))
            .exitHereIfFailed();
    }

    /** The section form's version and CSRF token, read from the page the request ends on. */
    private static io.gatling.javaapi.core.CheckBuilder[] formOf(String section) {
        String form = "form[action$='/sections/" + section + "'] ";
        return new io.gatling.javaapi.core.CheckBuilder[] { css(form + "input[name='version']", "value").saveAs("version"),
                css(form + "input[name='_csrf']", "value").saveAs("csrf") };
    }

    /**
     * Save {@code n} of three: the section's fields as the browser posts them; saved, it
     * lands on the next section's page, whose version and token the next save sends.
     */
    private static HttpRequestActionBuilder save(int n, String section, String next) {
        return http("save " + n).post("/applications/#{applicationId}/sections/" + section)
            .formParam("version", "#{version}")
            .formParam("_csrf", "#{csrf}")
            .check(currentLocationRegex(".*/sections/" + next + "$").exists())
            .check(formOf(next));
    }

}
