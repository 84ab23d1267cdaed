package se.sif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo data reproduces the VGR reference case of 2014–2015 as the report tells it.
 */
@SifIntegrationTest
class ReferenceCaseTest {

    static final long MSEK = 1_000_000_00L;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Test
    void everyDemoUserCanSignIn() {
        for (String user : List.of("officer", "assessor1", "assessor2", "assessor3", "steering", "board", "applicant",
                "leader", "admin")) {
            assertThat(api.get(user, "/api/v1/calls").status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void theMoneyOf2014And2015() {
        Api.Response fund = api.get("board", "/api/v1/funds/1");
        Map<String, Object> y2014 = year(fund, 2014);
        assertThat(amount(y2014, "appropriated")).isEqualTo(5 * MSEK);
        assertThat(amount(y2014, "committed")).as("only the pre-study grant to Gullspång").isBetween(1L, MSEK);
        assertThat(amount(y2014, "appropriated") - amount(y2014, "committed") - amount(y2014, "expired"))
            .as("the rest expired at the 2014 close")
            .isZero();
        String preStudy = jdbc.sql("select title from fund_grant where fiscal_year = 2014 and kind = 'PRE_STUDY'")
            .query(String.class)
            .single();
        assertThat(preStudy).contains("Gullspång");

        Map<String, Object> y2015 = year(fund, 2015);
        assertThat(amount(y2015, "appropriated")).isEqualTo(30 * MSEK);
        long spring = grantedIn("våren 2015");
        assertThat(30 * MSEK - spring).as("about 10 MSEK left for the autumn call").isEqualTo(10 * MSEK);
        assertThat(amount(y2015, "committed")).as("the ledger's commitments are the decisions' grants")
            .isEqualTo(spring + grantedIn("hösten 2015"));
        assertThat(amount(y2015, "available")).as("2015 is closed: the rest expired").isZero();
        assertThat((Boolean) y2015.get("closed")).isTrue();
    }

    @Test
    void gullspangsSpringApplicationGrewOutOfItsPreStudyGrantOf2014() {
        long preStudy = jdbc.sql("select id from application where registration_number = 'RUN 612-0412-14'")
            .query(Long.class)
            .single();
        assertThat(jdbc
            .sql("select kind from call_version v join application a on a.call_id = v.call_id "
                    + "and a.call_version = v.version_no where a.id = :id")
            .param("id", preStudy)
            .query(String.class)
            .single()).isEqualTo("PRE_STUDY");
        assertThat(jdbc.sql("select title from application where pre_study_id = :id")
            .param("id", preStudy)
            .query(String.class)
            .list()).containsExactly("Utmanande avstamp 2");
        assertThat(jdbc.sql("select application_id from fund_grant where reference = 'RUN 612-0412-14'")
            .query(Long.class)
            .list()).as("the ledger's pre-study grant is the pre-study's").containsExactly(preStudy);
    }

    @Test
    void theSpringCallFromTwentyOneApplicationsToFourGrants() {
        long call = callId("våren 2015");
        assertThat(count("select count(*) from application where call_id = :c", call)).isEqualTo(21);
        assertThat(count("select count(*) from screening_result s join application a on a.id = s.application_id "
                + "where a.call_id = :c and s.outcome = 'TO_PANEL'", call))
            .isEqualTo(10);
        assertThat(count("select count(*) from screening_result s join application a on a.id = s.application_id "
                + "where a.call_id = :c and s.outcome = 'REJECTED'", call))
            .isEqualTo(11);
        assertThat(count("select count(*) from screening_result s join application a on a.id = s.application_id "
                + "where a.call_id = :c and s.triage_grade = 1", call))
            .isEqualTo(2);
        assertThat(count("select count(*) from application where call_id = :c and status = 'GRANTED'", call))
            .isEqualTo(4);

        List<Map<String, Object>> ranking = api.get("officer", "/api/v1/calls/" + call + "/ranking").json("$");
        assertThat(ranking).hasSize(10);
        assertThat(ranking.subList(0, 4)).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("GRANTED"));
        assertThat(ranking.subList(4, 10)).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("REJECTED"));
        assertThat(ranking.stream().map(r -> (String) r.get("title"))).contains("Tidiga insatser för ökad skolnärvaro",
                "Utmanande avstamp 2");
    }

    @Test
    void theAutumnCallFromSevenApplicationsToOneGrant() {
        long call = callId("hösten 2015");
        assertThat(count("select count(*) from application where call_id = :c", call)).isEqualTo(7);
        assertThat(count("select count(*) from screening_result s join application a on a.id = s.application_id "
                + "where a.call_id = :c and s.outcome = 'TO_PANEL'", call))
            .isEqualTo(4);
        assertThat(count("select count(*) from application where call_id = :c and status = 'GRANTED'", call))
            .isEqualTo(1);
        assertThat(grantedIn("hösten 2015")).isLessThanOrEqualTo(10 * MSEK);
    }

    @Test
    void grantedInvestmentsAreFollowedUpAndAssessor3HasAConflict() {
        assertThat(count("""
                select count(*) from investment i join application a on a.id = i.application_id
                join funding_call c on c.id = a.call_id where c.title like '%2015'""", 0)).isEqualTo(5);
        assertThat(
                count("select count(*) from indicator where name like '%Dexter%' and baseline = 50 and target = 90", 0))
            .isEqualTo(1);
        assertThat(count("""
                select count(*) from conflict_of_interest i join application a on a.id = i.application_id
                join funding_call c on c.id = a.call_id where c.title like '%2015' and i.assessor = 'assessor3'""", 0))
            .isEqualTo(1);
    }

    private long grantedIn(String callTitlePart) {
        return jdbc.sql("""
                select sum(d.granted_amount_ore) from decision d join application a on a.id = d.application_id
                join funding_call c on c.id = a.call_id where c.title like :t and d.outcome = 'GRANTED'""")
            .param("t", "%" + callTitlePart + "%")
            .query(Long.class)
            .single();
    }

    private long callId(String titlePart) {
        // the demo's own call, not a new round copied from it by another test
        return jdbc.sql("select id from funding_call where title like :t and copied_from is null")
            .param("t", "%" + titlePart + "%")
            .query(Long.class)
            .single();
    }

    private long count(String sql, long callId) {
        return jdbc.sql(sql)
            .paramSource(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("c", callId))
            .query(Long.class)
            .single();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> year(Api.Response fund, int year) {
        List<Map<String, Object>> years = fund.json("$.years[?(@.fiscalYear == " + year + ")]");
        return years.get(0);
    }

    private static long amount(Map<String, Object> year, String field) {
        return ((Number) year.get(field)).longValue();
    }

}
