package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.Api;
import se.sif.DemoUsers;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;

/**
 * Attachments end to end against the real database: what is accepted comes back byte for
 * byte as a download, what is disguised or too large is refused beside the field with
 * nothing else lost, and who may see, add and remove them.
 */
@SifIntegrationTest
class AttachmentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Attachments attachments;

    record Accepted(String name, byte[] content, String mediaType) {
    }

    @Test
    void acceptedTypesAreStoredAndDownloadedByteForByteAsDownloads() throws Exception {
        long draft = scenario.draft(scenario.openCall("Bilagor tas emot"));
        List<Accepted> files = List.of(new Accepted("Projektplan.pdf", TestFiles.pdf(), "application/pdf"),
                new Accepted("Budget för Gullspång å ä ö.xlsx", TestFiles.xlsx(),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                new Accepted("Avsiktsförklaring.docx", TestFiles.docx(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                new Accepted("Beskrivning.odt", TestFiles.odt(), "application/vnd.oasis.opendocument.text"),
                new Accepted("Kalkyl.ODS", TestFiles.ods(), "application/vnd.oasis.opendocument.spreadsheet"));
        for (Accepted file : files) {
            Api.Response added = api.upload("applicant", "/api/v1/applications/" + draft + "/attachments", file.name(),
                    file.content());
            assertThat(added.status()).as(file.name() + ": " + added.body()).isEqualTo(201);
            assertThat(added.<String>json("$.mediaType")).isEqualTo(file.mediaType());
            assertThat(added.<String>json("$.fileName")).isEqualTo(file.name());
            assertThat(added.<String>json("$.sha256")).isEqualTo(Attachments.sha256(file.content()));
            String location = added.header("Location");
            assertThat(location).isEqualTo("/api/v1/applications/" + draft + "/attachments/" + added.id());

            MockHttpServletResponse download = mvc.perform(get(location).with(httpBasic("applicant", "demo")))
                .andReturn()
                .getResponse();
            assertThat(download.getStatus()).isEqualTo(200);
            assertThat(download.getContentAsByteArray()).isEqualTo(file.content());
            assertThat(download.getContentType()).isEqualTo(file.mediaType());
            assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            String disposition = download.getHeader("Content-Disposition");
            assertThat(disposition).startsWith("attachment;")
                .contains("filename*=UTF-8''"
                        + org.springframework.web.util.UriUtils.encode(file.name(), StandardCharsets.UTF_8));
            // the page's download link serves the same
            MockHttpServletResponse fromPage = mvc
                .perform(get("/applications/" + draft + "/attachments/" + added.id()).with(as("applicant")))
                .andReturn()
                .getResponse();
            assertThat(fromPage.getContentAsByteArray()).isEqualTo(file.content());
            assertThat(fromPage.getHeader("Content-Disposition")).startsWith("attachment;");
        }
        assertThat(api.get("applicant", "/api/v1/applications/" + draft + "/attachments").<List<?>>json("$"))
            .hasSize(5);
        // the same content again is another attachment, stored once
        assertThat(
                api.upload("applicant", "/api/v1/applications/" + draft + "/attachments", "Kopia.pdf", TestFiles.pdf())
                    .status())
            .isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from application_attachment_content where sha256 = :s")
            .param("s", Attachments.sha256(TestFiles.pdf()))
            .query(Long.class)
            .single()).isEqualTo(1);

        Document page = page("applicant", "/applications/" + draft);
        assertThat(page.select("#attachments td a[download]").eachText()).contains("Budget för Gullspång å ä ö.xlsx");
        assertThat(page.select("#attachments").text()).contains("Excel-kalkylblad (XLSX)");
        assertThat(page.select("#attachments form[enctype=multipart/form-data] input[type=file][name=file]"))
            .hasSize(1);
    }

    @Test
    void disguisedAndWrongTypesAreRefusedBesideTheFieldAndNothingSavedIsLost() throws Exception {
        long draft = scenario.draft(scenario.openCall("Förklädda bilagor"));
        scenario.fill(draft, 500_000_00L);
        assertThat(upload(draft, "Projektplan.pdf", TestFiles.pdf()).getResponse().getRedirectedUrl())
            .isEqualTo("/applications/" + draft + "#attachments");
        long version = version(draft);
        String before = jdbc.sql("select method from application where id = :id")
            .param("id", draft)
            .query(String.class)
            .single();

        Map<String, String> refused = Map.of("Faktura.pdf", "inte tas emot", "Sida.pdf", "text/html", "Budget.xlsm",
                "makron", "Budget.pdf", "XLSX", "Plan", "filändelse", "Tom.pdf", "tom");
        Map<String, byte[]> contents = Map.of("Faktura.pdf", TestFiles.exe(), "Sida.pdf", TestFiles.html(),
                "Budget.xlsm", TestFiles.xlsm(), "Budget.pdf", TestFiles.xlsx(), "Plan", TestFiles.pdf(), "Tom.pdf",
                new byte[0]);
        for (Map.Entry<String, String> expected : refused.entrySet()) {
            MvcResult result = upload(draft, expected.getKey(), contents.get(expected.getKey()));
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            Document page = Jsoup.parse(result.getResponse().getContentAsString());
            String beside = page.select("#attachments .govuk-form-group--error #file-error").text();
            assertThat(beside).as(expected.getKey()).containsIgnoringCase(expected.getValue());
            assertThat(page.select(".govuk-error-summary a[href=#file]").text()).as(expected.getKey())
                .isEqualTo(beside.replace("Fel: ", "").strip());
            // what was already attached is still listed
            assertThat(page.select("#attachments td a[download]").eachText()).containsExactly("Projektplan.pdf");
        }
        MvcResult none = mvc
            .perform(multipart("/applications/" + draft + "/attachments").with(as("applicant")).with(csrf()))
            .andReturn();
        assertThat(Jsoup.parse(none.getResponse().getContentAsString()).select("#file-error").text())
            .contains("Välj en fil");

        assertThat(api.get("applicant", "/api/v1/applications/" + draft + "/attachments").<List<?>>json("$"))
            .hasSize(1);
        assertThat(version(draft)).isEqualTo(version);
        assertThat(jdbc.sql("select method from application where id = :id")
            .param("id", draft)
            .query(String.class)
            .single()).isEqualTo(before);

        Api.Response disguised = api.upload("applicant", "/api/v1/applications/" + draft + "/attachments",
                "Faktura.pdf", TestFiles.exe());
        assertThat(disguised.status()).isEqualTo(422);
        assertThat(disguised.contentType()).startsWith("application/problem+json");
        assertThat(disguised.<String>json("$.errors[0].field")).isEqualTo("file");
        Api.Response renamed = api.upload("applicant", "/api/v1/applications/" + draft + "/attachments", "Budget.pdf",
                TestFiles.xlsx());
        assertThat(renamed.<String>json("$.detail")).contains(".pdf").contains("XLSX").contains(".xlsx");
    }

    @Test
    void anOversizeFileIsRefusedWithAClearMessage() throws Exception {
        long draft = scenario.draft(scenario.openCall("För stora bilagor"));
        byte[] large = new byte[(int) attachments.maxSize() + 1];
        byte[] pdf = TestFiles.pdf();
        System.arraycopy(pdf, 0, large, 0, pdf.length);

        MvcResult page = upload(draft, "Stor.pdf", large);
        assertThat(Jsoup.parse(page.getResponse().getContentAsString()).select("#file-error").text())
            .contains("för stor")
            .contains("10 MB");

        // far beyond the limit, the upload is not even read: the page that says so
        byte[] huge = new byte[(int) (attachments.maxSize() + 2 * AttachmentUploads.ENVELOPE)];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        String tooLarge = mvc
            .perform(post("/applications/" + draft + "/attachments").contentType("multipart/form-data; boundary=x")
                .content(huge)
                .with(as("applicant"))
                .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        assertThat(tooLarge).isEqualTo("/applications/" + draft + "/attachments/too-large#file");
        Document said = page("applicant", tooLarge.replace("#file", ""));
        assertThat(said.select("#file-error").text()).contains("för stor");
        assertThat(said.select(".govuk-error-summary a[href=#file]").text()).contains("för stor");

        Api.Response api413 = api.upload("applicant", "/api/v1/applications/" + draft + "/attachments", "Stor.pdf",
                large);
        assertThat(api413.status()).isEqualTo(413);
        assertThat(api413.contentType()).startsWith("application/problem+json");
        assertThat(api413.<String>json("$.detail")).contains("10 MB");
        assertThat(api413.<String>json("$.errors[0].field")).isEqualTo("file");
        assertThat(api.get("applicant", "/api/v1/applications/" + draft + "/attachments").<List<?>>json("$")).isEmpty();
    }

    @Test
    void whoMaySeeAddAndRemoveAttachments() throws Exception {
        long call = scenario.openCall("Bilagornas läsare");
        long application = scenario.draft(call);
        scenario.fill(application, 500_000_00L);
        String list = "/api/v1/applications/" + application + "/attachments";
        long attachment = api.upload("applicant", list, "Plan.pdf", TestFiles.pdf()).id();
        String one = list + "/" + attachment;

        // a draft is its organisation's alone
        assertThat(api.get("applicant-gullspang", one).status()).isEqualTo(200);
        for (String user : List.of("applicant-boras", "officer", "assessor1", "board")) {
            assertThat(api.get(user, list).status()).as(user).isEqualTo(404);
            assertThat(api.get(user, one).status()).as(user).isEqualTo(404);
        }
        assertThat(api.upload("applicant-boras", list, "Intrång.pdf", TestFiles.pdf()).status()).isEqualTo(404);
        assertThat(api.delete("applicant-boras", one).status()).isEqualTo(404);
        assertThat(mvc
            .perform(get("/applications/" + application + "/attachments/" + attachment).with(as("applicant-boras")))
            .andReturn()
            .getResponse()
            .getStatus()).isEqualTo(404);

        assertThat(scenario.submit(application).status()).isEqualTo(200);
        scenario.toPanel(application);
        for (String user : List.of("applicant", "officer", "assessor1", "board", "steering")) {
            assertThat(api.get(user, list).<List<?>>json("$")).as(user).hasSize(1);
            Api.Response file = api.get(user, one);
            assertThat(file.status()).as(user).isEqualTo(200);
        }
        assertThat(api.get("applicant-boras", one).status()).isEqualTo(404);
        // submitted: the applicant no longer changes them; officials never do
        assertThat(api.upload("applicant", list, "Sen.pdf", TestFiles.pdf()).status()).isEqualTo(422);
        assertThat(api.delete("applicant", one).status()).isEqualTo(422);
        assertThat(api.upload("officer", list, "Handläggare.pdf", TestFiles.pdf()).status()).isEqualTo(403);
        assertThat(api.delete("officer", one).status()).isEqualTo(403);
        Document page = page("applicant", "/applications/" + application);
        assertThat(page.select("#attachments td a[download]").eachText()).containsExactly("Plan.pdf");
        assertThat(page.select("#attachments form")).isEmpty();
        Document officers = page("officer", "/applications/" + application);
        assertThat(officers.select("#attachments td a[download]").eachText()).containsExactly("Plan.pdf");
        assertThat(officers.select("#attachments form")).isEmpty();
    }

    @Test
    void removingKeepsTheRecordAndEveryChangeIsAudited() throws Exception {
        long draft = scenario.draft(scenario.openCall("Borttagna bilagor"));
        String list = "/api/v1/applications/" + draft + "/attachments";
        long kept = api.upload("applicant", list, "Kvar.pdf", TestFiles.pdf()).id();
        long removed = api.upload("applicant", list, "Borttagen.odt", TestFiles.odt()).id();

        MvcResult removal = mvc
            .perform(post("/applications/" + draft + "/attachments/" + removed + "/removal").with(as("applicant"))
                .with(csrf()))
            .andReturn();
        assertThat(removal.getResponse().getRedirectedUrl()).isEqualTo("/applications/" + draft + "#attachments");
        assertThat(api.get("applicant", list).<List<Integer>>json("$[*].id")).containsExactly((int) kept);
        assertThat(api.get("applicant", list + "/" + removed).status()).isEqualTo(404);
        assertThat(api.delete("applicant", list + "/" + removed).status()).isEqualTo(404);
        assertThat(api.delete("applicant-gullspang", list + "/" + kept).status()).isEqualTo(204);
        assertThat(api.get("applicant", list).<List<?>>json("$")).isEmpty();

        assertThat(jdbc.sql("""
                select count(*) from application_attachment
                where application_id = :a and removed_at is not null and removed_by is not null""")
            .param("a", draft)
            .query(Long.class)
            .single()).isEqualTo(2);
        List<String> audited = jdbc.sql("""
                select actor || ' ' || action || ' ' || details from audit_event
                where subject_type = 'application' and subject_id = :a and action like 'application.attachment%'
                order by id""").param("a", draft).query(String.class).list();
        assertThat(audited).hasSize(4);
        assertThat(audited.get(0)).startsWith("applicant application.attachmentAdded #" + kept + " Kvar.pdf (PDF");
        assertThat(audited.get(1)).contains("attachmentAdded").contains("Borttagen.odt");
        assertThat(audited.get(2)).startsWith("applicant application.attachmentRemoved #" + removed);
        assertThat(audited.get(3)).startsWith("applicant-gullspang application.attachmentRemoved #" + kept);
    }

    private MvcResult upload(long application, String name, byte[] content) throws Exception {
        return mvc
            .perform(multipart("/applications/" + application + "/attachments")
                .file(new MockMultipartFile("file", name, "application/pdf", content))
                .with(as("applicant"))
                .with(csrf()))
            .andReturn();
    }

    private Document page(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private long version(long application) {
        return ((Number) api.get("applicant", "/api/v1/applications/" + application).json("$.version")).longValue();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return user(user).roles(DemoUsers.roleOf(user));
    }

}
