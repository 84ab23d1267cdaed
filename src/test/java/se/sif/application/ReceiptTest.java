package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.TestClock;
import se.sif.shared.web.PageForm;

/**
 * Each submission keeps a receipt: the registration number, when, by whom, the answer
 * date the call's handling time promises, and a tagged PDF copy of the application as
 * submitted; the applicant lands on it after submitting. Only the application's readers
 * see it.
 */
@SifIntegrationTest
class ReceiptTest {

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /** A GET as a script (the API, HTTP Basic) or a browser (a page, signed in). */
    MockHttpServletResponse download(String user, String path) throws Exception {
        return mvc.perform(path.startsWith("/api/") ? get(path).with(httpBasic(user, "demo"))
                : get(path).with(user(user).roles(se.sif.DemoUsers.roleOf(user))))
            .andReturn()
            .getResponse();
    }

    @Test
    void aSubmissionKeepsAReceiptWithATaggedPdfOfWhatWasSubmitted() throws Exception {
        long application = scenario.submitted(scenario.openCall("Kvittens med kopia"), 1_500_000_00L);
        String number = api.get("applicant", "/api/v1/applications/" + application).json("$.registrationNumber");

        Api.Response receipts = api.get("applicant", "/api/v1/applications/" + application + "/receipts");
        assertThat(receipts.status()).isEqualTo(200);
        assertThat(receipts.<List<Integer>>json("$[*].number")).containsExactly(1);
        assertThat(receipts.<String>json("$[0].registrationNumber")).isEqualTo(number);
        assertThat(receipts.<Boolean>json("$[0].completion")).isFalse();
        assertThat(receipts.<String>json("$[0].submittedBy")).isEqualTo("applicant");
        assertThat(receipts.<String>json("$[0].expectedAnswerOn"))
            .isEqualTo(TestClock.TODAY.plusDays(Scenario.HANDLING_DAYS).toString());

        MockHttpServletResponse pdf = download("applicant", "/api/v1/applications/" + application + "/receipts/1.pdf");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(pdf.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number)
                .contains("Tidiga familjeträffar")
                .contains("Familjecoach och resursmöten")
                .contains("Målgrupp och behov");
            // tagged (PDF/UA): marked content with a structure tree, the language and the
            // title set, the font embedded
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(document.getDocumentInformation().getTitle()).contains("Tidiga familjeträffar").contains(number);
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            for (var page : document.getPages()) {
                for (var font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }

        // the page offers the same copy as a download
        MockHttpServletResponse page = download("applicant", "/applications/" + application + "/receipts/1.pdf");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsByteArray()).isEqualTo(pdf.getContentAsByteArray());
        // made once, at the first download, and kept
        assertThat(jdbc.sql("select count(*) from application_receipt_pdf where application_id = :id")
            .param("id", application)
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void theApplicantLandsOnTheReceiptAfterSubmitting() throws Exception {
        long application = scenario.draft(scenario.openCall("Kvittens efter inskickning"));
        scenario.fill(application, 1_000_000_00L);
        long version = ((Number) api.get("applicant", "/api/v1/applications/" + application).json("$.version"))
            .longValue();
        String redirect = mvc
            .perform(post("/applications/" + application + "/submit").param("version", String.valueOf(version))
                .with(user("applicant").roles("APPLICANT"))
                .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        assertThat(redirect).isEqualTo("/applications/" + application + "/receipt");
        String number = api.get("applicant", "/api/v1/applications/" + application).json("$.registrationNumber");
        var receipt = PageForm.page(mvc, "applicant", redirect);
        assertThat(receipt.select(".govuk-panel").text()).contains(number);
        assertThat(receipt.text()).contains(TestClock.TODAY.plusDays(Scenario.HANDLING_DAYS).toString());
        assertThat(receipt.select("a#receipt-pdf").attr("href"))
            .isEqualTo("/applications/" + application + "/receipts/1.pdf");
        assertThat(PageForm.page(mvc, "applicant", "/applications/" + application).select("a#receipt-link"))
            .isNotEmpty();
    }

    @Test
    void anotherOrganisationFindsNoReceiptNorCopy() throws Exception {
        long application = scenario.submitted(scenario.openCall("Kvittens för andra"), 1_000_000_00L);
        String base = "/applications/" + application;
        assertThat(api.get("applicant-boras", "/api/v1" + base + "/receipts").status()).isEqualTo(404);
        assertThat(download("applicant-boras", "/api/v1" + base + "/receipts/1.pdf").getStatus()).isEqualTo(404);
        assertThat(download("applicant-boras", base + "/receipts/1.pdf").getStatus()).isEqualTo(404);
        assertThat(download("applicant-boras", base + "/receipt").getStatus()).isEqualTo(404);
        // the officers read it, and a receipt that does not exist is not found
        assertThat(download("officer", "/api/v1" + base + "/receipts/1.pdf").getStatus()).isEqualTo(200);
        assertThat(download("officer", "/api/v1" + base + "/receipts/2.pdf").getStatus()).isEqualTo(404);
        assertThat(download("officer", base + "/receipt").getStatus()).isEqualTo(200);
    }

}
