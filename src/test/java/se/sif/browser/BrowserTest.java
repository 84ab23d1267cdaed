package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sif.SifIntegrationTest;

/**
 * The application on a random port with the demo data and one browser for the class:
 * every browser test shares this Spring context. Without Chromium the tests skip locally
 * and fail under {@code CI=true} ({@link BrowserSupport#start}).
 */
@SifIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    se.sif.Scenario scenario;

    BrowserSupport browser;

    @BeforeAll
    void startBrowser() {
        browser = BrowserSupport.start("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * The number a URL carries, e.g. the application id in
     * {@code /applications/(\d+)/edit}.
     */
    static long idIn(String url, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(url);
        assertThat(matcher.find()).as(url + " matches " + pattern).isTrue();
        return Long.parseLong(matcher.group(1));
    }

}
