package se.sif.rush;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * THE REQUEST CHAIN of the deadline rush, in one place: what an applicant's browser sends
 * from the call's page to the receipt. When the application pages change (the task list
 * of issue 9), adapt this class only; the rest of the simulation does not know the pages.
 * <p>
 * Today's pages: the call page has a "start" form (POST /applications, callId) that
 * redirects to the one long edit form (POST /applications/{id}/edit with the hidden
 * {@code version}, every field, and the CSRF token), which redirects to the application's
 * page after each save; a complete application names a partner organisation, whose user
 * confirms (POST /applications/{id}/partnership) before the applicant submits from the
 * application's page (POST /applications/{id}/submit with the version). Every step
 * checks that it landed where a browser would and keeps the version and CSRF token the
 * page gave.
 * <p>
 * Session variables it needs from the feeder: {@code session} and {@code partnerSession}
 * (the two signed-in session cookies).
 */
final class ApplicantJourney {

    /** About 1,200 characters an answer, as in the raw PostgreSQL baseline. */
    private static final String TEXT = "Svar skrivet under rusningen före sista ansökningsdag. ".repeat(22);

    private ApplicantJourney() {
    }

    static ChainBuilder journey(RushSettings settings) {
        String call = "/calls/" + settings.callId();
        return exec(asApplicant(settings)).exec(http("open the call").get(call)
            .check(css("form[action='/applications'] input[name='_csrf']", "value").saveAs("csrf")))
            .exitHereIfFailed()
            .exec(http("start an application").post("/applications")
                .formParam("callId", String.valueOf(settings.callId()))
                .formParam("_csrf", "#{csrf}")
                .check(currentLocationRegex(".*/applications/(\\d+)/edit$").saveAs("applicationId"))
                .check(formState()))
            .exitHereIfFailed()
            .exec(save(1, settings))
            .exitHereIfFailed()
            .exec(editAgain(2))
            .exitHereIfFailed()
            .exec(save(2, settings))
            .exitHereIfFailed()
            .exec(editAgain(3))
            .exitHereIfFailed()
            .exec(save(3, settings))
            .exitHereIfFailed()
            // the partner organisation's user confirms (a complete application needs it)
            .exec(asPartner(settings))
            .exec(http("partner: view the application").get("/applications/#{applicationId}")
                .check(css("form[action$='/partnership'] input[name='_csrf']", "value").saveAs("partnerCsrf")))
            .exitHereIfFailed()
            .exec(http("partner: confirm").post("/applications/#{applicationId}/partnership")
                .formParam("confirm", "true")
                .formParam("_csrf", "#{partnerCsrf}")
                .check(currentLocationRegex(".*/applications/\\d+$").exists())
                .check(css(".govuk-notification-banner--success").exists()))
            .exitHereIfFailed()
            .exec(asApplicant(settings))
            .exec(http("view the application").get("/applications/#{applicationId}")
                .check(css("form#submit input[name='version']", "value").saveAs("version"))
                .check(css("form#submit input[name='_csrf']", "value").saveAs("csrf")))
            .exitHereIfFailed()
            .exec(http("submit").post("/applications/#{applicationId}/submit")
                .formParam("version", "#{version}")
                .formParam("_csrf", "#{csrf}")
                .check(currentLocationRegex(".*/applications/\\d+$").exists())
                .check(css(".govuk-notification-banner--success").exists()))
            .exitHereIfFailed();
    }

    /** The edit form's version and CSRF token, read from the page the request ends on. */
    private static io.gatling.javaapi.core.CheckBuilder.MultipleFind<String> versionOf() {
        return css("form[action$='/edit'] input[name='version']", "value");
    }

    private static io.gatling.javaapi.core.CheckBuilder[] formState() {
        return new io.gatling.javaapi.core.CheckBuilder[] { versionOf().saveAs("version"),
                css("form[action$='/edit'] input[name='_csrf']", "value").saveAs("csrf") };
    }

    private static HttpRequestActionBuilder editAgain(int n) {
        return http("edit again before save " + n).get("/applications/#{applicationId}/edit").check(formState());
    }

    /**
     * Save {@code n} of three: the whole form as the browser posts it, each save answering
     * more of it; the third makes the application complete.
     */
    private static HttpRequestActionBuilder save(int n, RushSettings settings) {
        HttpRequestActionBuilder post = http("save " + n).post("/applications/#{applicationId}/edit")
            .formParam("version", "#{version}")
            .formParam("_csrf", "#{csrf}")
            .formParam("title", "Rusning #{applicationId}")
            .formParam("targetGroup", TEXT + "target")
            .formParam("method", TEXT + "method")
            .formParam("definedEffect", n >= 2 ? TEXT + "effect" : "")
            .formParam("coFinancing", n >= 2 ? "Arbetstid 400 timmar om året" : "")
            .formParam("continuation", n >= 2 ? TEXT + "continuation" : "")
            .formParam("startDate", n >= 3 ? "2027-08-01" : "")
            .formParam("endDate", n >= 3 ? "2029-07-31" : "")
            .formParam("requestedAmount", n >= 3 ? "500000" : "")
            .formParam("_coApplicantIds", "on");
        if (n >= 3) {
            post = post.formParam("coApplicantIds", String.valueOf(settings.partnerOrganisationId()));
        }
        // saved: the application's page with the "saved" banner, not the form again with errors
        return post.check(currentLocationRegex(".*/applications/\\d+$").exists())
            .check(css(".govuk-notification-banner--success").exists());
    }

    private static ChainBuilder asApplicant(RushSettings settings) {
        return exec(addCookie(Cookie(SignIn.SESSION_COOKIE, "#{session}").withDomain(settings.host()).withPath("/")));
    }

    private static ChainBuilder asPartner(RushSettings settings) {
        return exec(addCookie(
                Cookie(SignIn.SESSION_COOKIE, "#{partnerSession}").withDomain(settings.host()).withPath("/")));
    }

}
