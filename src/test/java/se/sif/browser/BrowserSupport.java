package se.sif.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, with an axe-core scan (WCAG 2.0/2.1 A and AA)
 * of every page a test visits. Without Chromium the browser tests are skipped locally;
 * under CI=true that is a failure.
 */
final class BrowserSupport implements AutoCloseable {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;

    private final Browser browser;

    private final String baseUrl;

    final List<String> scanned = new ArrayList<>();

    private BrowserSupport(Playwright playwright, Browser browser, String baseUrl) {
        this.playwright = playwright;
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    static BrowserSupport start(String baseUrl) {
        Path chromium = Path.of(System.getenv().getOrDefault("SIF_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Chromium is missing at " + chromium + ": CI must install it (apt-get install chromium)");
            }
            Assumptions.abort("Chromium is not installed at " + chromium + "; browser tests skipped locally");
        }
        Playwright playwright = Playwright
            .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        return new BrowserSupport(playwright, browser, baseUrl);
    }

    /** A fresh browser session (its own cookies), signed in as the demo user. */
    Page signIn(String username) {
        Page page = anonymous();
        page.navigate(baseUrl + "/login");
        check(page);
        page.fill("#username", username);
        page.fill("#password", "demo");
        page.click("form[action='/login'] button[type=submit]");
        assertThat(page.url()).as("signed in as " + username).doesNotContain("/login");
        check(page);
        return page;
    }

    Page anonymous() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE")).newPage();
    }

    void open(Page page, String path) {
        com.microsoft.playwright.Response response = page.navigate(baseUrl + path);
        assertThat(response.status()).as("HTTP status of " + path).isLessThan(400);
        check(page);
    }

    /**
     * The visible text of an element, with the non-breaking spaces of Swedish number
     * formatting as plain spaces.
     */
    static String text(Page page, String selector) {
        return page.locator(selector).first().textContent().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /**
     * Goes to a page without checking it: for a page expected to fail a check, which the
     * test then makes itself.
     */
    void navigate(Page page, String path) {
        page.navigate(baseUrl + path);
    }

    /** The ids of the WCAG 2.0/2.1 A and AA rules the page violates. */
    static List<String> violationIds(Page page) {
        return new AxeBuilder(page).withTags(WCAG_TAGS).analyze().getViolations().stream().map(Rule::getId).toList();
    }

    /**
     * Fails with a readable list when the page has any WCAG 2.0/2.1 A or AA violation, or
     * is an error page.
     */
    void check(Page page) {
        assertThat(page.title()).as("page title of " + page.url()).isNotBlank();
        assertThat(page.locator("[data-sif-error]").count())
            .as("error page instead of " + page.url() + ": " + page.locator("h1").first().textContent())
            .isZero();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("accessibility violations on " + page.url() + ":\n" + describe(violations)).isEmpty();
        scanned.add(page.url().replace(baseUrl, ""));
        screenshot(page);
    }

    /**
     * With {@code -Dsif.screenshots=DIR}, every checked page is also saved as a full-page
     * PNG, so a person can look at what the journey showed (named by order and path).
     */
    private void screenshot(Page page) {
        String dir = System.getProperty("sif.screenshots");
        if (dir != null) {
            String name = String.format("%03d", scanned.size())
                    + page.url().replace(baseUrl, "").replaceAll("[^A-Za-z0-9]+", "-");
            page.screenshot(
                    new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Path.of(dir, name + ".png")));
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
            .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                    + rule.getNodes()
                        .stream()
                        .map(node -> "\n    " + node.getTarget() + " " + node.getHtml())
                        .limit(5)
                        .collect(Collectors.joining()))
            .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

}
