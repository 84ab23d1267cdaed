package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.sif.SifIntegrationTest;

/**
 * Officials keep the unit-cost library on its page: a change is a new version, a mistake
 * is shown by its field.
 */
@SifIntegrationTest
class UnitCostPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitCosts unitCosts;

    private MockHttpServletRequestBuilder form(String code, String expectedVersion, String value, String share) {
        return post("/unit-costs").param("code", code)
            .param("expectedVersion", expectedVersion)
            .param("nameSv", "Testdygn")
            .param("nameEn", "Test day")
            .param("unitSv", "per dygn")
            .param("unitEn", "per day")
            .param("value", value)
            .param("priceYear", "2023")
            .param("actorKind", "MUNICIPALITY_BOARD")
            .param("actorService", "Socialtjänsten")
            .param("valueKind", "FISCAL")
            .param("cashableShare", share)
            .param("source", "Testkälla, 2023")
            .with(user("officer").roles("OFFICER"))
            .with(csrf());
    }

    @Test
    void aChangeIsANewVersionAndAMistakeIsShownBesideItsField() throws Exception {
        String code = "page_test_" + System.nanoTime() % 1_000_000;
        MvcResult created = mvc.perform(form(code, "", "2 500,50", "80")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/unit-costs/" + code);
        assertThat(unitCosts.latest(code).orElseThrow().valueOre()).isEqualTo(250_050);

        MvcResult refused = mvc.perform(form(code, "1", "tvåtusen", "180")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary")
            .contains("id=\"value-error\"")
            .contains("id=\"cashableShare-error\"");
        assertThat(org.jsoup.Jsoup.parse(page).select("#value").val()).as("what was typed is kept")
            .isEqualTo("tvåtusen");
        assertThat(unitCosts.history(code)).as("nothing written").hasSize(1);

        assertThat(mvc.perform(form(code, "1", "2 600", "80")).andReturn().getResponse().getRedirectedUrl())
            .isEqualTo("/unit-costs/" + code);
        assertThat(unitCosts.history(code)).extracting(UnitCosts.UnitCostView::valueOre)
            .containsExactly(260_000L, 250_050L);

        MvcResult stale = mvc.perform(form(code, "1", "2 700", "80")).andReturn();
        assertThat(stale.getResponse().getContentAsString()).as("someone saved in between")
            .contains("govuk-error-summary");
        assertThat(unitCosts.history(code)).hasSize(2);

        assertThat(mvc.perform(form(code + "x", "", "1", "50").with(user("applicant").roles("APPLICANT")))
            .andReturn()
            .getResponse()
            .getStatus()).isEqualTo(403);
    }

}
