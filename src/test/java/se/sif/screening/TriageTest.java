package se.sif.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;

/**
 * The working group's triage as the report ran it: each member declares (no) conflict of
 * interest, then grades against the call's Table 2; a member sees the others' grades only
 * after giving their own; the group agrees a grade with a note; an agreed 2 opens a
 * second pass and every earlier grade stays on the record; the screening carries the
 * agreed grade; the applicant of a rejected application reads its reasons and how to
 * appeal, from the body that owns the fund.
 */
@SifIntegrationTest
class TriageTest {

    static final String ALL_MET = """
            ["activitiesForTargetGroup", "effectsForTargetGroup", "healthPromotingAndPreventive",
             "completingCompulsorySchool", "changeOfMethod", "jointOwnership", "coFinancingFromApplicants"]""";

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    long submitted(String title) {
        return scenario.submitted(scenario.openCall(title), 100_000_000L);
    }

    Api.Response declare(String member, long application, boolean conflict, String note) {
        return api.post(member, "/api/v1/applications/" + application + "/triage/declaration",
                "{\"conflict\": %s, \"note\": %s}".formatted(conflict, note == null ? "null" : "\"" + note + "\""));
    }

    Api.Response grade(String member, long application, Long revises, int grade, String criteriaMet) {
        return api.post(member, "/api/v1/applications/" + application + "/triage/grades",
                "{\"revises\": %s, \"grade\": %d, \"criteriaMet\": %s, \"note\": \"Anteckning\"}".formatted(revises,
                        grade, criteriaMet));
    }

    Api.Response agree(String member, long application, int pass, int grade, String note) {
        return api.post(member, "/api/v1/applications/" + application + "/triage/agreements",
                "{\"pass\": %d, \"grade\": %d, \"note\": %s}".formatted(pass, grade,
                        note == null ? "null" : "\"" + note + "\""));
    }

    Api.Response sheet(String member, long application) {
        return api.get(member, "/api/v1/applications/" + application + "/triage");
    }

    @Test
    void aMemberDeclaresBeforeGradingAndAConflictExcludesThemUntilWithdrawnWithANote() {
        long application = submitted("Triagering med jäv");
        Api.Response undeclared = grade("officer2", application, null, 2, "[]");
        assertThat(undeclared.status()).isEqualTo(422);
        assertThat(undeclared.body()).contains("sifting.error.declareFirst");

        Api.Response withoutNote = declare("officer2", application, true, null);
        assertThat(withoutNote.status()).isEqualTo(422);
        assertThat(withoutNote.body()).contains("\"note\"");
        assertThat(declare("officer2", application, true, "Jag sitter i projektets styrgrupp").status()).isEqualTo(201);
        assertThat(declare("officer2", application, false, null).body()).contains("sifting.error.declaredAlready");

        Api.Response conflicted = grade("officer2", application, null, 2, "[]");
        assertThat(conflicted.status()).isEqualTo(422);
        assertThat(conflicted.body()).contains("sifting.error.conflict");
        Api.Response screening = api.post("officer2", "/api/v1/applications/" + application + "/screening",
                "{\"formalComplete\": true, \"triageGrade\": 1, \"outcome\": \"TO_PANEL\"}");
        assertThat(screening.status()).isEqualTo(422);
        assertThat(screening.body()).contains("sifting.error.conflict");
        assertThat(countGrades(application)).isZero();

        Api.Response bareWithdrawal = api.post("officer2",
                "/api/v1/applications/" + application + "/triage/declaration/withdrawal", "{}");
        assertThat(bareWithdrawal.status()).isEqualTo(422);
        assertThat(api
            .post("officer2", "/api/v1/applications/" + application + "/triage/declaration/withdrawal",
                    "{\"withdrawnNote\": \"Jag lämnade styrgruppen innan ansökan skrevs\"}")
            .status()).isEqualTo(204);
        assertThat(declare("officer2", application, false, null).status()).isEqualTo(201);
        assertThat(grade("officer2", application, null, 2, "[\"changeOfMethod\"]").status()).isEqualTo(201);

        // both declarations stay on the record, the first marked withdrawn with its note
        Api.Response read = sheet("officer2", application);
        assertThat(read.<List<Object>>json("$.declarations")).hasSize(2);
        assertThat(read.<String>json("$.declarations[0].withdrawnNote"))
            .isEqualTo("Jag lämnade styrgruppen innan ansökan skrevs");
        assertThat(read.<List<Object>>json("$.declarations[*].withdrawnAt")).hasSize(1);
        assertThat(auditActions(application)).contains("triage.conflictDeclared", "triage.declarationWithdrawn",
                "triage.noConflictDeclared", "triage.graded");
    }

    @Test
    void aGradeOffTheScaleOrAOneWithoutEveryCriterionIsRefusedAndNothingIsSaved() {
        long application = submitted("Triagering med fel betyg");
        declare("officer", application, false, null);
        for (int offScale : new int[] { 0, 4, -1 }) {
            Api.Response refused = grade("officer", application, null, offScale, "[]");
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).contains("\"grade\"").contains("screening.error.grade");
        }
        Api.Response oneWithoutAll = grade("officer", application, null, 1,
                "[\"activitiesForTargetGroup\", \"effectsForTargetGroup\"]");
        assertThat(oneWithoutAll.status()).isEqualTo(422);
        assertThat(oneWithoutAll.body()).contains("sifting.error.oneNeedsAll");
        Api.Response unknown = grade("officer", application, null, 2, "[\"beautifulLayout\"]");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"criteriaMet\"");
        assertThat(countGrades(application)).isZero();

        Api.Response one = grade("officer", application, null, 1, ALL_MET);
        assertThat(one.status()).as(one.body()).isEqualTo(201);
        assertThat(one.<List<String>>json("$.criteriaMet")).hasSize(7);
    }

    @Test
    void othersGradesAreHiddenUntilOnesOwnIsInAndADisagreementIsShown() {
        long application = submitted("Triagering dold tills egen");
        declare("officer", application, false, null);
        declare("officer2", application, false, null);
        assertThat(grade("officer", application, null, 1, ALL_MET).status()).isEqualTo(201);

        Api.Response before = sheet("officer2", application);
        assertThat(before.<Boolean>json("$.othersHidden")).isTrue();
        assertThat(before.<List<Object>>json("$.grades")).isEmpty();
        assertThat(before.<Boolean>json("$.disagreement")).isFalse();
        // nor can the group's grade be agreed by someone who has not graded and so not
        // seen
        // the others'
        assertThat(before.body()).doesNotContain("\"grade\":1");

        assertThat(grade("officer2", application, null, 2, "[\"changeOfMethod\"]").status()).isEqualTo(201);
        Api.Response after = sheet("officer2", application);
        assertThat(after.<Boolean>json("$.othersHidden")).isFalse();
        assertThat(after.<List<Integer>>json("$.grades[*].grade")).containsExactly(1, 2);
        assertThat(after.<Boolean>json("$.disagreement")).isTrue();
    }

    @Test
    void anAgreedTwoOpensASecondPassTheFirstStaysOnTheRecordAndTheScreeningCarriesTheAgreedGrade() {
        long application = submitted("Triagering två omgångar");
        declare("officer", application, false, null);
        declare("officer2", application, false, null);
        grade("officer", application, null, 1, ALL_MET);
        grade("officer2", application, null, 2, "[\"changeOfMethod\"]");

        Api.Response noNote = agree("officer", application, 1, 2, " ");
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(noNote.body()).contains("sifting.error.agreementNote");
        Api.Response agreed = agree("officer", application, 1, 2, "Oklart om metoden är ny. Titta igen.");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(201);

        Api.Response second = sheet("officer", application);
        assertThat(second.<Integer>json("$.pass")).isEqualTo(2);
        // the first pass's grades stay, and the second pass's grades are hidden again
        // until one's own is in
        assertThat(second.<List<Integer>>json("$.grades[*].pass")).containsExactly(1, 1);
        assertThat(second.<Boolean>json("$.othersHidden")).isTrue();
        assertThat(agree("officer", application, 1, 3, "Sent").status()).isEqualTo(409);

        Long first = second.<Number>json("$.grades[0].id").longValue();
        assertThat(grade("officer", application, first, 3, "[]").status())
            .as("a grade of the first pass is not revised in the second")
            .isEqualTo(409);
        assertThat(grade("officer", application, null, 3, "[\"changeOfMethod\"]").status()).isEqualTo(201);
        assertThat(agree("officer", application, 2, 3, "Metoden är ordinarie verksamhet.").status()).isEqualTo(201);
        assertThat(grade("officer2", application, null, 3, "[]").body()).contains("sifting.error.agreedAlready");

        Api.Response notAgreed = api.post("officer", "/api/v1/applications/" + application + "/screening",
                "{\"formalComplete\": true, \"triageGrade\": 1, \"outcome\": \"TO_PANEL\"}");
        assertThat(notAgreed.status()).isEqualTo(422);
        assertThat(notAgreed.body()).contains("sifting.error.notAgreedGrade").contains("\"triageGrade\"");
        Api.Response rejected = api.post("officer", "/api/v1/applications/" + application + "/screening", """
                {"formalComplete": true, "triageGrade": 3, "outcome": "REJECTED",
                 "rejectionReasons": ["IMPLEMENTATION_PLAN", "UNCLEAR_TARGET_GROUP"],
                 "reasonsText": "Insatsen liknar ordinarie verksamhet och målgruppen är inte avgränsad."}""");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);

        Api.Response record = sheet("officer", application);
        assertThat(record.<Integer>json("$.pass")).isZero();
        assertThat(record.<List<Integer>>json("$.agreements[*].grade")).containsExactly(2, 3);
        assertThat(auditActions(application)).contains("triage.agreed", "screening.recorded");
    }

    @Test
    void theApplicantReadsTheReasonsOfARejectionAndHowToAppealToTheFundsOwner() throws Exception {
        long regional = submitted("Avslag i regionens fond");
        reject(regional);
        var page = page("applicant", "/applications/" + regional + "/rejection").getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Genomförandeplan saknas")
            .contains("Insatsen saknar genomförandeplan.")
            .contains("medlem i regionen")
            .contains("Regionutvecklingsnämnden");
        // and the applicant is e-mailed the same, with the link
        String number = api.get("applicant", "/api/v1/applications/" + regional).json("$.registrationNumber");
        java.util.Map<String, Object> mail = jdbc.sql("""
                select recipient_address, subject, body from notification_outbox
                where message_key = 'notification.siftingRejection' and subject like :number""")
            .param("number", "%" + number + "%")
            .query()
            .singleRow();
        assertThat(mail.get("recipient_address")).isEqualTo("sara.holm@example.se");
        assertThat((String) mail.get("body")).contains("– Genomförandeplan saknas")
            .contains("Insatsen saknar genomförandeplan.")
            .contains("medlem i regionen")
            .contains("/applications/" + regional + "/rejection");
        // the decision link of the application leads there
        assertThat(page("applicant", "/applications/" + regional + "/decision").getResponse().getRedirectedUrl())
            .endsWith("/applications/" + regional + "/rejection");
        // another organisation's applicant does not know it exists
        assertThat(page("applicant-boras", "/applications/" + regional + "/rejection").getResponse().getStatus())
            .isEqualTo(404);

        long municipal = scenario.submitted(scenario.openCall(2, "Avslag i kommunens fond"), 100_000_000L);
        reject(municipal);
        String municipalPage = page("applicant", "/applications/" + municipal + "/rejection").getResponse()
            .getContentAsString();
        assertThat(municipalPage).contains("medlem i kommunen").contains("Örebro kommun").doesNotContain("regionen");
    }

    @Test
    void twoMembersGradingAtOnceBothStayAndTwoRevisionsOfOneGradeFromTheSameReadingCannotBothWin() throws Exception {
        long application = submitted("Triagering samtidigt");
        declare("officer", application, false, null);
        declare("officer2", application, false, null);
        List<Api.Response> both = together(() -> grade("officer", application, null, 2, "[]"),
                () -> grade("officer2", application, null, 3, "[]"));
        assertThat(both).extracting(Api.Response::status).containsOnly(201);

        long mine = sheet("officer", application).<Number>json("$.myGrade.id").longValue();
        List<Api.Response> revisions = together(() -> grade("officer", application, mine, 1, ALL_MET),
                () -> grade("officer", application, mine, 3, "[]"));
        assertThat(revisions).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
        // the revised grade stays on the record beside the one that revises it
        Api.Response read = sheet("officer", application);
        assertThat(read.<List<Object>>json("$.revisions")).hasSize(1);
        assertThat(read.<Number>json("$.revisions[0].id").longValue()).isEqualTo(mine);

        List<Api.Response> agreements = together(() -> agree("officer", application, 1, 2, "Titta igen"),
                () -> agree("officer2", application, 1, 3, "Ut"));
        assertThat(agreements).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
    }

    org.springframework.test.web.servlet.MvcResult page(String user, String path) throws Exception {
        return mvc
            .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .header("Accept-Language", "sv")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .user(user)
                    .roles(se.sif.DemoUsers.roleOf(user))))
            .andReturn();
    }

    private void reject(long application) {
        declare("officer", application, false, null);
        grade("officer", application, null, 3, "[]");
        agree("officer", application, 1, 3, "Saknar plan");
        Api.Response rejected = api.post("officer", "/api/v1/applications/" + application + "/screening", """
                {"formalComplete": true, "triageGrade": 3, "outcome": "REJECTED",
                 "rejectionReasons": ["IMPLEMENTATION_PLAN"], "reasonsText": "Insatsen saknar genomförandeplan."}""");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    }

    @SafeVarargs
    private static List<Api.Response> together(java.util.concurrent.Callable<Api.Response>... requests)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (var request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private long countGrades(long application) {
        return jdbc.sql("select count(*) from triage_grade where application_id = :a")
            .param("a", application)
            .query(Long.class)
            .single();
    }

    private List<String> auditActions(long application) {
        return jdbc.sql("select action from audit_event where subject_type = 'application' and subject_id = :a")
            .param("a", application)
            .query(String.class)
            .list();
    }

}
