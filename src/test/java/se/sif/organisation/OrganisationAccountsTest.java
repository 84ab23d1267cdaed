package se.sif.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.shared.web.PageForm;

/**
 * Organisations and their users: the register's rules on the page and in the API, the
 * invitation from link to account, what an organisation's administrator may not do, and
 * that an application belongs to its organisation (every user of it works on it, nobody
 * else sees it).
 */
@SifIntegrationTest
class OrganisationAccountsTest {

    static final long GULLSPANG = 6;

    static final long BORAS = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    // --- the register

    @Test
    void aNumberThatFailsItsCheckIsRefusedBesideItsFieldAndKeptAsTyped() throws Exception {
        MvcResult refused = PageForm.of(mvc, "officer", "/organisations/new", "/organisations")
            .type("name", "Kontrollsiffrans kommun")
            .type("orgNumber", "212000-1356")
            .choose("kind", "MUNICIPALITY")
            .type("street", "Box 1")
            .type("postcode", "4628")
            .type("town", "Vänersborg")
            .submit();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#orgNumber-error").text()).contains("giltigt organisationsnummer");
        assertThat(page.select("#postcode-error").text()).contains("fem siffror");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#orgNumber", "#postcode");
        assertThat(PageForm.shown(page, "orgNumber")).isEqualTo("212000-1356");
        assertThat(PageForm.shown(page, "name")).isEqualTo("Kontrollsiffrans kommun");
        assertThat(PageForm.shown(page, "postcode")).isEqualTo("4628");
        assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("MUNICIPALITY");
        assertThat(jdbc.sql("select count(*) from organisation where name = 'Kontrollsiffrans kommun'")
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void theApiRefusesEachBrokenRuleByItsFieldAndCreatesWithALocation() {
        Api.Response refused = api.post("officer", "/api/v1/organisations", """
                {"name": "", "orgNumber": "2320000131", "kind": "REGION", "street": "Regionens hus",
                 "postcode": "462 80", "town": ""}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat((List<String>) refused.json("$.errors[*].field")).containsExactly("name", "orgNumber", "town");

        Api.Response created = api.post("officer", "/api/v1/organisations", """
                {"name": "Registrets testregion", "orgNumber": "2321000131", "kind": "REGION",
                 "street": "Regionens hus", "postcode": "46280", "town": "Vänersborg"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/organisations/" + created.id());
        assertThat((String) created.json("$.orgNumber")).isEqualTo("232100-0131");
        assertThat((String) created.json("$.postcode")).isEqualTo("462 80");

        String change = """
                {"version": 0, "name": "Registrets testregion", "orgNumber": "232100-0131", "kind": "REGION",
                 "street": "Box 1", "postcode": "462 80", "town": "Vänersborg"}""";
        assertThat(api.put("officer", "/api/v1/organisations/" + created.id(), change).status()).isEqualTo(200);
        Api.Response stale = api.put("admin", "/api/v1/organisations/" + created.id(), change);
        assertThat(stale.status()).as("a second save from the same version").isEqualTo(409);
        assertThat((String) api.get("officer", "/api/v1/organisations/" + created.id()).json("$.street"))
            .isEqualTo("Box 1");

        Api.Response list = api.get("officer", "/api/v1/organisations?text=registrets&size=10");
        assertThat(list.status()).isEqualTo(200);
        assertThat((List<String>) list.json("$.items[*].name")).containsExactly("Registrets testregion");
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'organisation.%' and subject_id = :id")
            .param("id", created.id())
            .query(Long.class)
            .single()).isEqualTo(2);
    }

    @Test
    void whatTheOfficerTypesIntoAnOrganisationIsStoredAndShown() throws Exception {
        Api.Response created = api.post("officer", "/api/v1/organisations", """
                {"name": "Skrivet är sparat, kommun", "orgNumber": "212000-1355", "kind": "MUNICIPALITY",
                 "street": "Gatan 1", "postcode": "111 22", "town": "Staden"}""");
        String edit = "/organisations/" + created.id() + "/edit";
        MvcResult saved = PageForm.of(mvc, "officer", edit, edit)
            .type("name", "Skrivet är sparat, ”kommun” å ä ö")
            .type("orgNumber", "2321000131")
            .choose("kind", "REGION")
            .type("street", "Box 1, Regionens hus")
            .type("postcode", "46280")
            .type("town", "Vänersborg")
            .submit();
        assertThat(saved.getResponse().getRedirectedUrl()).as(saved.getResponse().getContentAsString())
            .isEqualTo("/organisations/" + created.id());
        Document again = PageForm.page(mvc, "officer", edit);
        assertThat(PageForm.shown(again, "name")).isEqualTo("Skrivet är sparat, ”kommun” å ä ö");
        assertThat(PageForm.shown(again, "orgNumber")).isEqualTo("232100-0131");
        assertThat(PageForm.shown(again, "street")).isEqualTo("Box 1, Regionens hus");
        assertThat(PageForm.shown(again, "postcode")).isEqualTo("462 80");
        assertThat(PageForm.shown(again, "town")).isEqualTo("Vänersborg");
        assertThat(again.select("input[name=kind][checked]").val()).isEqualTo("REGION");

        // the page read before the save is stale now: said above the form, typed values
        // kept
        MvcResult stale = PageForm.of(mvc, "officer", edit, edit).type("version", "0").type("town", "Borås").submit();
        Document refused = Jsoup.parse(stale.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select(".govuk-error-summary").text()).contains("Någon annan har ändrat");
        assertThat(PageForm.shown(refused, "town")).isEqualTo("Borås");
    }

    // --- invitations

    @Test
    void anInvitedPersonChoosesNameAndPasswordThroughTheLinkAndCanSignIn() throws Exception {
        Api.Response invited = api.post("officer", "/api/v1/organisations/" + BORAS + "/users", """
                {"email": " Ny.Handlaggare@Boras.example ", "name": "Nora Ny", "role": "APPLICANT"}""");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.header("Location")).isEqualTo("/api/v1/organisations/" + BORAS + "/users");
        String link = invited.json("$.acceptUrl");
        String path = link.replaceFirst("^https?://[^/]+", "");
        assertThat(path).startsWith("/invitations/");
        String token = path.substring("/invitations/".length());
        assertThat(jdbc.sql("select count(*) from invitation where token_hash = :t")
            .param("t", token)
            .query(Long.class)
            .single()).as("only the token's hash is stored").isZero();
        // the invitation is mailed in the inviting transaction, with the link on the
        // site's address
        assertThat(jdbc.sql("""
                select subject || ' | ' || body from notification_outbox
                where recipient_address = 'ny.handlaggare@boras.example' and message_key = 'notification.invitation'""")
            .query(String.class)
            .single()).startsWith("Inbjudan till Borås stad i SIF | Hej Nora Ny!")
            .contains("http://localhost:8080" + path);

        // no sign-in needed to open the link
        String opened = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(opened).contains("Borås stad").contains("ny.handlaggare@boras.example");
        Document form = Jsoup.parse(opened);
        assertThat(PageForm.shown(form, "displayName")).isEqualTo("Nora Ny");

        MvcResult tooShort = mvc
            .perform(post(path).param("displayName", "Nora Nyström").param("password", "elva tecken").with(csrf()))
            .andReturn();
        Document refused = Jsoup.parse(tooShort.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#password-error").text()).contains("minst 12 tecken");
        assertThat(PageForm.shown(refused, "displayName")).isEqualTo("Nora Nyström");

        MvcResult accepted = mvc
            .perform(post(path).param("displayName", "Nora Nyström").param("password", "tolv tecken!").with(csrf()))
            .andReturn();
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(mvc
            .perform(get("/api/v1/organisations/" + BORAS)
                .with(httpBasic("ny.handlaggare@boras.example", "tolv tecken!")))
            .andReturn()
            .getResponse()
            .getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("""
                select display_name || ' ' || role || ' ' || organisation_id from user_account
                where username = 'ny.handlaggare@boras.example'""").query(String.class).single())
            .isEqualTo("Nora Nyström APPLICANT " + BORAS);
        assertThat(jdbc.sql("select email from user_account where username = 'ny.handlaggare@boras.example'")
            .query(String.class)
            .single()).as("written to where the invitation went").isEqualTo("ny.handlaggare@boras.example");
        assertThat(
                jdbc.sql("select actor from audit_event where action = 'invitation.accepted' order by id desc limit 1")
                    .query(String.class)
                    .single())
            .isEqualTo("ny.handlaggare@boras.example");

        // the link is used once
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
            .contains("redan använd")
            .doesNotContain("name=\"password\"");
        MvcResult again = mvc
            .perform(
                    post(path).param("displayName", "Någon annan").param("password", "ett annat lösenord").with(csrf()))
            .andReturn();
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("redan använd");
        assertThat(mvc.perform(get("/invitations/ingen-sadan-lank")).andReturn().getResponse().getStatus())
            .isEqualTo(404);

        // the organisation's list shows the new user; deactivated, they can no longer
        // sign in
        Api.Response users = api.get("officer", "/api/v1/organisations/" + BORAS + "/users");
        assertThat((List<String>) users.json("$.items[*].username")).contains("ny.handlaggare@boras.example");
        long userId = jdbc.sql("select id from user_account where username = 'ny.handlaggare@boras.example'")
            .query(Long.class)
            .single();
        assertThat(api
            .post("applicant-boras", "/api/v1/organisations/" + BORAS + "/users/" + userId + "/deactivation", "{}")
            .status()).isEqualTo(204);
        assertThat(mvc
            .perform(get("/api/v1/organisations/" + BORAS)
                .with(httpBasic("ny.handlaggare@boras.example", "tolv tecken!")))
            .andReturn()
            .getResponse()
            .getStatus()).isEqualTo(401);
    }

    @Test
    void theInviterSeesTheLinkOnThePage() throws Exception {
        String page = "/organisations/" + GULLSPANG;
        MvcResult invited = PageForm.of(mvc, "applicant", page, "/invitations")
            .type("email", "kollega@gullspang.example")
            .type("name", "Kim Kollega")
            .submit();
        assertThat(invited.getResponse().getRedirectedUrl()).as(invited.getResponse().getContentAsString())
            .isEqualTo(page);
        String link = (String) invited.getFlashMap().get("invitationLink");
        assertThat(link).contains("/invitations/");
        // the link goes to the next page only (flash): it is not stored to be shown again
        Document shown = PageForm.page(mvc, "applicant", page);
        assertThat(shown.text()).contains("kollega@gullspang.example").doesNotContain(link);
        assertThat(mvc.perform(get(link.replaceFirst("^https?://[^/]+", ""))).andReturn().getResponse().getStatus())
            .isEqualTo(200);
    }

    @Test
    void anOrganisationsAdministratorInvitesOnlyApplicantsOfTheirOwnOrganisation() {
        String invite = """
                {"email": "%s", "name": "Test Testsson", "role": "%s", "organisationAdmin": %s}""";
        Api.Response other = api.post("applicant", "/api/v1/organisations/" + BORAS + "/users",
                invite.formatted("x@boras.example", "APPLICANT", false));
        assertThat(other.status()).as("another organisation does not exist for them").isEqualTo(404);

        Api.Response officer = api.post("applicant", "/api/v1/organisations/" + GULLSPANG + "/users",
                invite.formatted("x@gullspang.example", "OFFICER", false));
        assertThat(officer.status()).isEqualTo(422);
        assertThat((List<String>) officer.json("$.errors[*].field")).containsExactly("role");

        Api.Response admin = api.post("applicant", "/api/v1/organisations/" + GULLSPANG + "/users",
                invite.formatted("x@gullspang.example", "APPLICANT", true));
        assertThat(admin.status()).isEqualTo(422);
        assertThat((List<String>) admin.json("$.errors[*].field")).containsExactly("organisationAdmin");

        Api.Response notAdmin = api.post("applicant-gullspang", "/api/v1/organisations/" + GULLSPANG + "/users",
                invite.formatted("y@gullspang.example", "APPLICANT", false));
        assertThat(notAdmin.status()).as("a user who does not administer the organisation").isEqualTo(403);

        Api.Response applicant = api.post("applicant", "/api/v1/organisations/" + GULLSPANG + "/users",
                invite.formatted("z@gullspang.example", "APPLICANT", false));
        assertThat(applicant.status()).as(applicant.body()).isEqualTo(201);

        // an officer may give any role but administrator
        assertThat(api
            .post("officer", "/api/v1/organisations/" + GULLSPANG + "/users",
                    invite.formatted("w@gullspang.example", "ADMIN", false))
            .status()).isEqualTo(422);
        assertThat(api
            .post("admin", "/api/v1/organisations/" + GULLSPANG + "/users",
                    invite.formatted("w@gullspang.example", "APPLICANT", true))
            .status()).isEqualTo(201);

        long self = jdbc.sql("select id from user_account where username = 'applicant'").query(Long.class).single();
        assertThat(
                api.post("applicant", "/api/v1/organisations/" + GULLSPANG + "/users/" + self + "/deactivation", "{}")
                    .status())
            .isEqualTo(422);
        long leader = jdbc.sql("select id from user_account where username = 'leader'").query(Long.class).single();
        assertThat(
                api.post("applicant", "/api/v1/organisations/" + GULLSPANG + "/users/" + leader + "/deactivation", "{}")
                    .status())
            .as("the project leader is not theirs to deactivate")
            .isEqualTo(422);
        long boras = jdbc.sql("select id from user_account where username = 'applicant-boras'")
            .query(Long.class)
            .single();
        assertThat(
                api.post("applicant", "/api/v1/organisations/" + GULLSPANG + "/users/" + boras + "/deactivation", "{}")
                    .status())
            .isEqualTo(404);
    }

    // --- applications belong to their organisation

    @Test
    void everyUserOfTheApplicantOrganisationWorksOnItsApplicationAndNobodyElseSeesIt() throws Exception {
        long call = scenario.openCall("Per organisation");
        long gullspang = scenario.draft(call);
        Api.Response started = api.post("applicant-boras", "/api/v1/applications", "{\"callId\": %d}".formatted(call));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long boras = started.id();
        assertThat(jdbc.sql("select applicant_organisation_id from application where id = :id")
            .param("id", boras)
            .query(Long.class)
            .single()).as("made for the signed-in user's organisation").isEqualTo(BORAS);

        // the other organisation's users see nothing of it: 404 in the API and on the
        // page
        assertThat(api.get("applicant-boras", "/api/v1/applications/" + gullspang).status()).isEqualTo(404);
        assertThat(api.get("applicant", "/api/v1/applications/" + boras).status()).isEqualTo(404);
        assertThat(api.get("applicant-gullspang", "/api/v1/applications/" + boras).status()).isEqualTo(404);
        assertThat(page("applicant-boras", "/applications/" + gullspang)).isEqualTo(404);
        assertThat(page("applicant", "/applications/" + boras)).isEqualTo(404);
        assertThat(page("applicant", "/applications/" + boras + "/edit")).isEqualTo(404);
        assertThat(api.put("applicant", "/api/v1/applications/" + boras, "{\"version\": 0, \"title\": \"x\"}").status())
            .isEqualTo(404);
        assertThat(
                (List<Integer>) api.get("applicant-boras", "/api/v1/applications?callId=" + call).json("$.items[*].id"))
            .containsExactly((int) boras);

        // both users of Gullspång read and work on Gullspång's application
        assertThat(api.get("applicant", "/api/v1/applications/" + gullspang).status()).isEqualTo(200);
        assertThat(api.get("applicant-gullspang", "/api/v1/applications/" + gullspang).status()).isEqualTo(200);
        assertThat(page("applicant", "/applications/" + gullspang)).isEqualTo(200);
        assertThat(page("applicant-gullspang", "/applications/" + gullspang)).isEqualTo(200);
        assertThat(page("applicant-gullspang", "/applications/" + gullspang + "/edit")).isEqualTo(200);
        long version = ((Number) api.get("applicant", "/api/v1/applications/" + gullspang).json("$.version"))
            .longValue();
        assertThat(api
            .put("applicant-gullspang", "/api/v1/applications/" + gullspang,
                    "{\"version\": %d, \"title\": \"Skrivet av en kollega\"}".formatted(version))
            .status()).isEqualTo(200);
        assertThat((String) api.get("applicant", "/api/v1/applications/" + gullspang).json("$.title"))
            .isEqualTo("Skrivet av en kollega");
        assertThat((List<Integer>) api.get("applicant-gullspang", "/api/v1/applications?callId=" + call)
            .json("$.items[*].id")).containsExactly((int) gullspang);
    }

    private int page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(user).roles("APPLICANT"))).andReturn().getResponse().getStatus();
    }

}
