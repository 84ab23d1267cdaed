package se.sif.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.sif.DemoUsers;
import se.sif.SifIntegrationTest;

/**
 * The jobs page is a list like the others: sorted, filtered and paged on the server, all
 * in the query string, and only the signed-in user's own jobs.
 */
@SifIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobListPageTest {

    static final String OWNER = "assessor3";

    static final List<String> STATUSES = List.of("SUCCEEDED", "FAILED", "CANCELLED");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /**
     * 27 finished jobs (so no node picks one up), titled "Listjobb 01" to "Listjobb 27".
     */
    @BeforeAll
    void jobs() {
        for (int i = 1; i <= 27; i++) {
            jdbc.sql("""
                    insert into background_job (kind, title, owner_username, status, progress, attempts,
                        submitted_at, started_at, finished_at)
                    values ('test.list', :title, :owner, :status, :progress, 1,
                        now() - make_interval(mins => :age), now(), now())""")
                .param("title", "Listjobb %02d".formatted(i))
                .param("owner", OWNER)
                .param("status", STATUSES.get(i % 3))
                .param("progress", i / 27.0)
                .param("age", 100 - i)
                .update();
        }
    }

    @Test
    void sortedByTitleAndPagedWithTheSortAndFilterKept() throws Exception {
        Document page = page(OWNER, "/jobs?text=listjobb&sort=title&dir=asc&size=10");
        assertThat(titles(page)).hasSize(10).first().isEqualTo("Listjobb 01");
        assertThat(page.select("th[aria-sort=ascending] a").attr("href")).contains("sort=title");
        assertThat(page.text()).contains("Visar 1–10 av 27");
        assertThat(page.select("a[rel=next]").attr("href")).contains("page=2")
            .contains("sort=title")
            .contains("text=listjobb");

        Document last = page(OWNER, "/jobs?text=listjobb&sort=title&dir=asc&size=10&page=3");
        assertThat(titles(last)).containsExactly("Listjobb 21", "Listjobb 22", "Listjobb 23", "Listjobb 24",
                "Listjobb 25", "Listjobb 26", "Listjobb 27");
    }

    @Test
    void newestFirstUnlessAskedOtherwiseAndFilteredByStatus() throws Exception {
        assertThat(titles(page(OWNER, "/jobs?text=listjobb")).get(0)).isEqualTo("Listjobb 27");
        assertThat(titles(page(OWNER, "/jobs?text=listjobb&sort=progress&dir=asc")).get(0)).isEqualTo("Listjobb 01");
        Document failed = page(OWNER, "/jobs?text=listjobb&status=FAILED");
        assertThat(titles(failed)).hasSize(9).allMatch(t -> Integer.parseInt(t.substring(9)) % 3 == 1);
        assertThat(failed.select("#filter-status option[selected]").val()).isEqualTo("FAILED");
        assertThat(page(OWNER, "/jobs?text=ingetsådantjobb").text()).contains("Inga träffar.");
    }

    @Test
    void anUnknownSortKeyFallsBackAndOthersSeeNoneOfTheJobs() throws Exception {
        Document fallback = page(OWNER, "/jobs?text=listjobb&sort=title;drop%20table%20background_job&dir=x");
        assertThat(fallback.select("th[aria-sort=descending] a").attr("href")).contains("sort=submitted");
        assertThat(titles(fallback).get(0)).isEqualTo("Listjobb 27");
        assertThat(titles(page("assessor2", "/jobs?text=listjobb"))).isEmpty();
    }

    private Document page(String username, String path) throws Exception {
        var response = mvc.perform(get(path).with(user(username).roles(DemoUsers.roleOf(username))))
            .andReturn()
            .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> titles(Document page) {
        return page.select("tbody tr td:first-child a").eachText();
    }

}
