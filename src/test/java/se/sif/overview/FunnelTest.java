package se.sif.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sif.Api;
import se.sif.SifIntegrationTest;

/**
 * The report's rounds on the record: spring 2015 went from 21 applications through a
 * first pass of 2/9/10 and a second pass (one 2 lowered to a 3, one completed) to 11
 * rejections with reasons and 10 to the panel, and 4 grants; autumn 2015 went 7 → 4 → 1.
 * Each number is counted from the recorded sifting, triage, proposals and decisions.
 */
@SifIntegrationTest
class FunnelTest {

    @Autowired
    Api api;

    @Test
    void theSpring2015RoundFrom21ApplicationsTo4Grants() {
        Api.Response funnel = api.get("steering", "/api/v1/calls/1/funnel");
        assertThat(funnel.status()).isEqualTo(200);
        assertThat(funnel.<Integer>json("$.received")).isEqualTo(21);
        assertThat(funnel.<Map<String, Integer>>json("$.sifting.firstPass")).isEqualTo(Map.of("1", 2, "2", 9, "3", 10));
        assertThat(funnel.<Integer>json("$.sifting.lookedAtAgain")).isEqualTo(9);
        assertThat(funnel.<Map<String, Integer>>json("$.sifting.afterSecondPass"))
            .isEqualTo(Map.of("1", 2, "2", 8, "3", 11));
        assertThat(funnel.<Integer>json("$.sifting.rejected")).isEqualTo(11);
        assertThat(funnel.<Integer>json("$.sifting.toPanel")).isEqualTo(10);
        assertThat(funnel.<Integer>json("$.sifting.awaitingCompletion")).isZero();
        // every rejection in the sifting carries at least one standard reason
        assertThat(funnel.<Map<String, Integer>>json("$.sifting.rejectionReasons")
            .values()
            .stream()
            .mapToInt(Integer::intValue)
            .sum()).isGreaterThanOrEqualTo(11);
        assertThat(funnel.<Integer>json("$.decisions.granted")).isEqualTo(4);
        assertThat(funnel.<Integer>json("$.decisions.rejected")).isEqualTo(6);
        assertThat(((Number) funnel.json("$.decisions.grantedOre")).longValue())
            .isEqualTo(320_000_000L + 420_000_000L + 310_000_000L + 950_000_000L);
    }

    @Test
    void theAutumn2015RoundFrom7ApplicationsTo1Grant() {
        Api.Response funnel = api.get("board", "/api/v1/calls/2/funnel");
        assertThat(funnel.<Integer>json("$.received")).isEqualTo(7);
        assertThat(funnel.<Integer>json("$.sifting.toPanel")).isEqualTo(4);
        assertThat(funnel.<Integer>json("$.sifting.rejected")).isEqualTo(3);
        assertThat(funnel.<Integer>json("$.sifting.lookedAtAgain")).isZero();
        assertThat(funnel.<Integer>json("$.decisions.granted")).isEqualTo(1);
    }

    @Test
    void theFunnelExportsAsCsvForSwedishExcelAndIsOfficialsOnly() {
        Api.Response csv = api.get("officer", "/api/v1/calls/1/funnel.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).contains("Inkomna ansökningar;21", "Första genomgången: betyg 2;9",
                "Efter andra genomgången: betyg 3;11", "Avslag i sållningen;11", "Till bedömargruppen;10",
                "Beviljade av nämnden;4", "Beviljat belopp (kr);20000000");
        assertThat(csv.body().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
        for (String outsider : List.of("assessor1", "applicant", "leader")) {
            assertThat(api.get(outsider, "/api/v1/calls/1/funnel").status()).as(outsider).isEqualTo(403);
        }
    }

}
