package se.sif.rush;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs the applicants in before the rush, outside Gatling's figures
 * (the journey is measured "already signed in"; sign-in has its own simulation): the
 * login page's CSRF token, the form post, and the session cookie the server set after
 * it.
 */
final class SignIn {

    static final String SESSION_COOKIE = "SESSION";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private SignIn() {
    }

    /**
     * One record per applicant: {@code applicant}, {@code n} (1-based) and {@code session}.
     */
    static List<Map<String, Object>> applicants(RushSettings settings) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.signInThreads());
        try {
            List<Future<Map<String, Object>>> pending = new ArrayList<>();
            for (int i = 1; i <= settings.users(); i++) {
                int n = i;
                pending.add(pool.submit(() -> {
                    Map<String, Object> record = new HashMap<>();
                    record.put("applicant", RushSettings.applicant(n));
                    record.put("n", n);
                    record.put("session", session(settings.baseUrl(), RushSettings.applicant(n)));
                    return record;
                }));
            }
            List<Map<String, Object>> records = new ArrayList<>();
            for (Future<Map<String, Object>> f : pending) {
                records.add(f.get());
            }
            return records;
        }
        catch (Exception e) {
            throw new IllegalStateException("signing the applicants in failed: " + e.getMessage(), e);
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** The value of the session cookie of {@code username}, signed in. */
    static String session(String baseUrl, String username) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("no login form for " + username + ": " + page.statusCode());
        }
        String form = "username=" + encode(username) + "&password=" + encode(RushSettings.PASSWORD) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<Void> login = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused for " + username + ": " + login.statusCode() + " "
                    + location);
        }
        return cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter(c -> SESSION_COOKIE.equals(c.getName()))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no session cookie for " + username));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
