package se.sif.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;

/**
 * The ranking ranks only applications with the panel's minimum of submitted assessments
 * (two by default): one member's enthusiasm does not put an application first. The others
 * follow, unranked, with what they have; the areas where members are two steps apart are
 * named.
 */
@SifIntegrationTest
class RankingTest {

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Test
    void anApplicationWithFewerThanTheMinimumOfAssessmentsIsNotRanked() {
        long call = scenario.openCall("Rangordning med minsta antal");
        long loved = scenario.submitted(call, 100_000_000L);
        long steady = scenario.submitted(call, 100_000_000L);
        scenario.toPanel(loved);
        scenario.toPanel(steady);
        assertThat(scenario.score("assessor1", loved, "VERY_GOOD", true).status()).isEqualTo(200);
        assertThat(scenario.score("assessor1", steady, "GOOD", true).status()).isEqualTo(200);
        assertThat(scenario.score("assessor2", steady, "DOUBTFUL", true).status()).isEqualTo(200);

        List<Map<String, Object>> ranking = api.get("officer", "/api/v1/calls/" + call + "/ranking").json("$");
        assertThat(ranking).extracting(r -> ((Number) r.get("applicationId")).longValue())
            .containsExactly(steady, loved);
        assertThat(ranking.get(0)).containsEntry("rank", 1).containsEntry("ranked", true);
        assertThat(ranking.get(1)).containsEntry("rank", 0).containsEntry("ranked", false);
        // GOOD (3) against DOUBTFUL (1) on every area: two steps apart everywhere
        Api.Response read = api.get("officer", "/api/v1/calls/" + call + "/ranking");
        assertThat(read.<List<Integer>>json("$[0].aggregate.areas[*].spread")).containsOnly(2);
        assertThat(read.<Number>json("$[0].aggregate.medianTotal").doubleValue()).isEqualTo(10.0);
    }

}
