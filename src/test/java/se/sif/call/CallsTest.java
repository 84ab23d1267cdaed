package se.sif.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.TestClock;

/**
 * A call as versioned data through its life: built as a draft only its builders see,
 * published, open by the clock between its opening and closing time, closed, archived,
 * copied to a new round; each application keeps the content it was written against, and
 * the formal check reads that content's rules.
 */
@SifIntegrationTest
class CallsTest {

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    static String at(Instant instant) {
        return instant.atOffset(ZoneOffset.ofHours(1)).toString();
    }

    static String content(String title, Instant opens, Instant closes, String extra) {
        return """
                {"fundId": 1, "title": "%s", "purpose": "Barn och unga", "description": "# Om utlysningen\\n\\nSök **senast** sista dagen. <script>alert(1)</script>",
                 "budgetCeilingOre": 500000000, %s "deadline": "%s" %s}"""
            .formatted(title, opens == null ? "" : "\"opensAt\": \"" + at(opens) + "\",", at(closes), extra);
    }

    long version(long call) {
        return ((Number) api.get("officer", "/api/v1/calls/" + call).json("$.version")).longValue();
    }

    @Test
    void aDraftIsSeenOnlyByItsBuildersAndOpensWhenPublished() {
        long call = api
            .post("officer", "/api/v1/calls", content("Utkast syns inte", null, TestClock.NOW.plusSeconds(3600), ""))
            .id();
        assertThat(api.get("officer", "/api/v1/calls/" + call).<String>json("$.status")).isEqualTo("DRAFT");
        assertThat(api.get("applicant", "/api/v1/calls/" + call).status()).isEqualTo(404);
        assertThat(api.get("assessor1", "/api/v1/calls/" + call).status()).isEqualTo(404);
        assertThat(api.post("applicant", "/api/v1/applications", "{\"callId\": %d}".formatted(call)).status())
            .isEqualTo(404);

        assertThat(api
            .post("officer", "/api/v1/calls/" + call + "/publication", "{\"version\": %d}".formatted(version(call)))
            .status()).isEqualTo(200);
        Api.Response published = api.get("applicant", "/api/v1/calls/" + call);
        assertThat(published.<String>json("$.status")).isEqualTo("OPEN");
        assertThat(published.<Boolean>json("$.open")).isTrue();
        assertThat(api.post("applicant", "/api/v1/applications", "{\"callId\": %d}".formatted(call)).status())
            .isEqualTo(201);
        assertThat(api
            .post("officer", "/api/v1/calls/" + call + "/publication", "{\"version\": %d}".formatted(version(call)))
            .status()).as("published once").isEqualTo(422);
    }

    @Test
    void aPublishedCallTakesApplicationsFromItsOpeningTimeUntilItsClosingTime() {
        long later = api
            .post("officer", "/api/v1/calls",
                    content("Öppnar i morgon", TestClock.NOW.plusSeconds(86_400), TestClock.NOW.plusSeconds(7 * 86_400),
                            ""))
            .id();
        api.post("officer", "/api/v1/calls/" + later + "/publication", "{\"version\": %d}".formatted(version(later)));
        assertThat(api.get("applicant", "/api/v1/calls/" + later).<String>json("$.status")).isEqualTo("PUBLISHED");
        assertThat(api.post("applicant", "/api/v1/applications", "{\"callId\": %d}".formatted(later)).status())
            .as("not open yet")
            .isEqualTo(422);

        // one second before the closing time it is open; at it, closed
        long closing = api
            .post("officer", "/api/v1/calls", content("Stänger om en sekund", null, TestClock.NOW.plusSeconds(1), ""))
            .id();
        api.post("officer", "/api/v1/calls/" + closing + "/publication",
                "{\"version\": %d}".formatted(version(closing)));
        assertThat(api.get("applicant", "/api/v1/calls/" + closing).<String>json("$.status")).isEqualTo("OPEN");
        assertThat(api
            .put("officer", "/api/v1/calls/" + closing,
                    content("Stänger om en sekund", null, TestClock.NOW,
                            ", \"version\": %d".formatted(version(closing))))
            .status()).isEqualTo(200);
        assertThat(api.get("applicant", "/api/v1/calls/" + closing).<String>json("$.status")).isEqualTo("CLOSED");
        assertThat(api.post("applicant", "/api/v1/applications", "{\"callId\": %d}".formatted(closing)).status())
            .isEqualTo(422);

        assertThat(api
            .post("officer", "/api/v1/calls/" + later + "/archival", "{\"version\": %d}".formatted(version(later)))
            .status()).as("only a closed call").isEqualTo(422);
        assertThat(api
            .post("officer", "/api/v1/calls/" + closing + "/archival", "{\"version\": %d}".formatted(version(closing)))
            .status()).isEqualTo(200);
        assertThat(api.get("applicant", "/api/v1/calls/" + closing).<String>json("$.status")).isEqualTo("ARCHIVED");
        assertThat(api
            .put("officer", "/api/v1/calls/" + closing,
                    content("Arkiverad", null, TestClock.NOW.plusSeconds(60),
                            ", \"version\": %d".formatted(version(closing))))
            .status()).as("an archived call is not changed").isEqualTo(422);
    }

    @Test
    void anApplicationKeepsTheVersionItWasWrittenAgainstAndIsCheckedByItsRules() {
        long call = scenario.openCall("Versioner av utlysningen");
        long application = scenario.submitted(call, 1_000_000_00L);
        assertThat(api.get("officer", "/api/v1/applications/" + application).<Integer>json("$.callVersion"))
            .isEqualTo(1);
        List<Map<String, Object>> before = api.get("officer", "/api/v1/applications/" + application + "/formal-check")
            .json("$.findings");
        assertThat(before).extracting(f -> f.get("rule")).contains("collaboration.REGION_AND_MUNICIPALITY");

        // the officer changes the rules: another collaboration, a smaller largest amount
        Api.Response revised = api.put("officer", "/api/v1/calls/" + call,
                content("Versioner av utlysningen", null, TestClock.NOW.plusSeconds(30 * 86_400), """
                        , "maxAmountOre": 100000, "eligibility": {"applicantKinds": ["OTHER"], "collaboration": "NONE",
                          "coFinancingRequired": false}, "version": %d""".formatted(version(call))));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.<Integer>json("$.contentVersion")).isEqualTo(2);
        assertThat(api.get("officer", "/api/v1/calls/" + call + "/versions/1").<Map<String, Object>>json("$"))
            .doesNotContainKey("maxAmountOre");
        assertThat(
                api.get("officer", "/api/v1/calls/" + call + "/versions/2").<Number>json("$.maxAmountOre").longValue())
            .isEqualTo(100000);

        List<Map<String, Object>> after = api.get("officer", "/api/v1/applications/" + application + "/formal-check")
            .json("$.findings");
        assertThat(after).as("checked by version 1, which it was written against").isEqualTo(before);
        long newer = scenario.draft(call);
        assertThat(api.get("applicant", "/api/v1/applications/" + newer).<Integer>json("$.callVersion")).isEqualTo(2);
    }

    @Test
    void everyMistakeOfAContentIsNamedAtOnceAndAStaleVersionIsRefused() {
        Api.Response wrong = api.post("officer", "/api/v1/calls", content("Fel överallt",
                TestClock.NOW.plusSeconds(7200), TestClock.NOW.plusSeconds(3600),
                """
                        , "minAmountOre": 300, "maxAmountOre": 200, "earliestStart": "2028-01-01", "latestEnd": "2027-01-01",
                        "maxMonths": 0, "handlingDays": 400, "eligibility": {"applicantKinds": [], "collaboration": "NONE",
                        "coFinancingRequired": false}"""));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("minAmountOre", "latestEnd",
                "maxMonths", "opensAt", "handlingDays", "applicantKinds");

        long call = api
            .post("officer", "/api/v1/calls", content("Två ändrar", null, TestClock.NOW.plusSeconds(3600), ""))
            .id();
        long read = version(call);
        assertThat(api
            .put("officer", "/api/v1/calls/" + call,
                    content("Första ändringen", null, TestClock.NOW.plusSeconds(3600),
                            ", \"version\": %d".formatted(read)))
            .status()).isEqualTo(200);
        assertThat(api
            .put("officer", "/api/v1/calls/" + call,
                    content("Andra ändringen", null, TestClock.NOW.plusSeconds(3600),
                            ", \"version\": %d".formatted(read)))
            .status()).isEqualTo(409);
        assertThat(api.get("officer", "/api/v1/calls/" + call).<String>json("$.title")).isEqualTo("Första ändringen");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'call' and subject_id = :id")
            .param("id", call)
            .query(Long.class)
            .single()).as("created and revised once").isEqualTo(2);
    }

    @Test
    void aCopyIsANewRoundAsADraftWithTheSameDemands() {
        Api.Response copy = api.post("officer", "/api/v1/calls/1/copy", "{}");
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.<String>json("$.status")).isEqualTo("DRAFT");
        assertThat(copy.<Number>json("$.copiedFrom").longValue()).isEqualTo(1);
        assertThat(copy.<String>json("$.title"))
            .isEqualTo(api.get("officer", "/api/v1/calls/1").<String>json("$.title"));
        assertThat(copy.<String>json("$.content.eligibility.collaboration")).isEqualTo("REGION_AND_MUNICIPALITY");
    }

    @Test
    void aCallThatTakesOneTypeAsksItsOwnCriteriaAndNamesAMistakeByItsPath() {
        Api.Response wrong = api.post("officer", "/api/v1/calls", content("Bara metodtillämpning", null,
                TestClock.NOW.plusSeconds(3600),
                """
                        , "projectTypes": {"METHOD_APPLICATION": {"criteria": ["targetGroup", "localConditions"],
                          "rubric": [{"area": "FEASIBILITY", "weight": 11}, {"area": "BUDGET", "weight": 1, "threshold": 5}]}},
                          "triageChecklist": ["changeOfMethod"]"""));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.<List<String>>json("$.errors[*].field")).containsExactly(
                "projectTypes[METHOD_APPLICATION].rubric[0].weight",
                "projectTypes[METHOD_APPLICATION].rubric[1].threshold");

        Api.Response made = api.post("officer", "/api/v1/calls", content("Bara metodtillämpning", null,
                TestClock.NOW.plusSeconds(3600),
                """
                        , "projectTypes": {"METHOD_APPLICATION": {"criteria": ["targetGroup", "localConditions"],
                          "rubric": [{"area": "FEASIBILITY", "weight": 2}, {"area": "BUDGET", "weight": 1, "threshold": 3}]}},
                          "triageChecklist": ["changeOfMethod"]"""));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.<Map<String, Object>>json("$.content.projectTypes")).containsOnlyKeys("METHOD_APPLICATION");
        assertThat(made.<List<String>>json("$.content.projectTypes.METHOD_APPLICATION.criteria"))
            .containsExactly("targetGroup", "localConditions");
        assertThat(made.<List<String>>json("$.content.triageChecklist")).containsExactly("changeOfMethod");
        assertThat(api.get("officer", "/api/v1/calls/" + made.id() + "/versions/1")
            .<Integer>json("$.projectTypes.METHOD_APPLICATION.rubric[1].threshold")).isEqualTo(3);
    }

}
