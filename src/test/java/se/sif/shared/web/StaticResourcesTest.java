package se.sif.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import se.sif.SifIntegrationTest;

/**
 * Static resources (issue 9, the deadline rush): the layout links to the style sheets and
 * scripts by their content hash, the server answers those links with a year's caching, a
 * page's other links never go to the class path ({@link ResourceSessionTest}: and leave
 * the session alone).
 */
@SifIntegrationTest
class StaticResourcesTest {

    private static final String HASH = "-[0-9a-f]{32}";

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void theLayoutLinksEveryResourceByItsContentHash() throws Exception {
        Document page = Jsoup.parse(this.mvc.perform(get("/login"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
        List<String> links = page.select("link[rel=stylesheet], script[src]")
            .stream()
            .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
            .toList();
        assertThat(links).hasSize(4)
            .anyMatch(
                    l -> l.matches("/webjars/govuk-frontend/[0-9.]+/dist/govuk/govuk-frontend\\.min" + HASH + "\\.css"))
            .anyMatch(l -> l.matches("/css/sif" + HASH + "\\.css"))
            .anyMatch(l -> l.matches("/js/sif" + HASH + "\\.js"))
            .anyMatch(l -> l.matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min" + HASH + "\\.js"));
        for (String link : links) {
            this.mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
        }
        // the page's own links and forms are left as they are
        assertThat(page.select("form[action]").eachAttr("action")).allMatch(a -> !a.matches(".*" + HASH + ".*"));
    }

    @Test
    void onlyTheResourcePathsAreLookedUp() {
        // no catch-all: the page's own paths match no resource handler (Swagger UI has
        // its own, under its path)
        assertThat(this.resourceUrls.getHandlerMap().keySet()).contains("/css/**", "/js/**", "/webjars/**")
            .doesNotContain("/**")
            .allMatch(pattern -> !pattern.startsWith("/**"));
        assertThat(this.resourceUrls.getForLookupPath("/applications/12/edit")).isNull();
        assertThat(this.resourceUrls.getForLookupPath("/")).isNull();
        assertThat(this.resourceUrls.getForLookupPath("/css/sif.css")).matches("/css/sif" + HASH + "\\.css");
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        this.mvc.perform(get("/css/none.css")).andExpect(status().isNotFound());
    }

}
