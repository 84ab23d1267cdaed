package se.sif.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import se.sif.SifIntegrationTest;

/**
 * A style sheet or script fetched by a signed-in browser neither reads nor writes the
 * JDBC session: no flash messages looked for, no request-handled event asking for the
 * session and the user (issue 9, the deadline rush). On the real server, as the
 * dispatcher of a mock one is set up differently.
 */
@SifIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ResourceSessionTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void aResourceNeitherReadsNorWritesTheSession() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
        Matcher csrf = CSRF.matcher(get(browser, "/login").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=applicant&password=demo&_csrf=" + csrf.group(1)))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        String session = cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter(c -> c.getName().equals("SESSION"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow();
        String id = new String(Base64.getDecoder().decode(session), StandardCharsets.UTF_8);
        long signedIn = lastAccess(id);
        Thread.sleep(25);
        assertThat(get(browser, this.resourceUrls.getForLookupPath("/css/sif.css")).statusCode()).isEqualTo(200);
        assertThat(get(browser, "/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).isEqualTo(signedIn);
        // a page does use it (the probe works)
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).isGreaterThan(signedIn);
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + this.port + path);
    }

    private long lastAccess(String sessionId) {
        return this.jdbc.sql("select last_access_time from spring_session where session_id = :id")
            .param("id", sessionId)
            .query(Long.class)
            .single();
    }

}
