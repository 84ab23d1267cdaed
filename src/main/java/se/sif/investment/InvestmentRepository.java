package se.sif.investment;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sif.decision.GrantDecided;

/**
 * Investments with their indicators and reported values as stored ({@code investment},
 * {@code indicator}, {@code indicator_value}). The owners' names are the organisation
 * module's: the service passes its lookup, asked once per list.
 */
@Repository
class InvestmentRepository {

    /** An indicator's value due for a calendar year that has ended. */
    record ReportDue(long investmentId, String title, String indicator, int year) {
    }

    private final JdbcClient jdbc;

    InvestmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(GrantDecided grant) {
        return jdbc.sql("""
                insert into investment (decision_id, application_id, fund_id, title, owner_organisation_id,
                    granted_amount_ore, start_date, end_date)
                values (:decision, :app, :fund, :title, :owner, :amount, :start, :end) returning id""")
            .param("decision", grant.decisionId().value())
            .param("app", grant.applicationId().value())
            .param("fund", grant.fundId().value())
            .param("title", grant.title())
            .param("owner", grant.ownerOrganisationId().value())
            .param("amount", grant.grantedAmountOre())
            .param("start", grant.startDate() == null ? null : Date.valueOf(grant.startDate()))
            .param("end", grant.endDate() == null ? null : Date.valueOf(grant.endDate()))
            .query(Long.class)
            .single();
    }

    List<Long> ids() {
        return jdbc.sql("select id from investment order by id").query(Long.class).list();
    }

    List<Long> idsForApplication(long applicationId) {
        return jdbc.sql("select id from investment where application_id = :app")
            .param("app", applicationId)
            .query(Long.class)
            .list();
    }

    List<Long> idsOfFund(long fundId) {
        return jdbc.sql("select id from investment where fund_id = :fund order by id")
            .param("fund", fundId)
            .query(Long.class)
            .list();
    }

    /**
     * One value per indicator for every calendar year after the investment's start year
     * up to its end year and at most {@code lastYear}, that has no value for a period
     * naming that year; only the investments of {@code projectLeader} or of
     * {@code ownerOrganisationId} when given.
     */
    List<ReportDue> reportsDue(int lastYear, @Nullable String projectLeader, @Nullable Long ownerOrganisationId) {
        String mine = projectLeader != null ? " and i.project_leader = :me"
                : ownerOrganisationId != null ? " and i.owner_organisation_id = :org" : "";
        return jdbc.sql("""
                select i.id as investment_id, i.title, ind.name as indicator, y.year
                from investment i join indicator ind on ind.investment_id = i.id
                cross join lateral generate_series(extract(year from i.start_date)::int + 1,
                    least(extract(year from i.end_date)::int, :lastYear)) as y(year)
                where i.start_date is not null and i.end_date is not null""" + mine + """
                 and not exists (select 1 from indicator_value v
                                 where v.indicator_id = ind.id and position(y.year::text in v.period) > 0)
                order by y.year, i.id, ind.id""")
            .param("lastYear", lastYear)
            .param("me", projectLeader == null ? "" : projectLeader)
            .param("org", ownerOrganisationId == null ? -1L : ownerOrganisationId)
            .query(ReportDue.class)
            .list();
    }

    void assignLeader(long investmentId, String username) {
        jdbc.sql("update investment set project_leader = :leader, version = version + 1 where id = :id")
            .param("leader", username)
            .param("id", investmentId)
            .update();
    }

    long addIndicator(long investmentId, String name, String unit, BigDecimal baseline, String baselinePeriod,
            BigDecimal target, String direction) {
        return jdbc.sql("""
                insert into indicator (investment_id, name, unit, baseline, baseline_period, target, direction)
                values (:inv, :name, :unit, :baseline, :period, :target, :direction) returning id""")
            .param("inv", investmentId)
            .param("name", name)
            .param("unit", unit)
            .param("baseline", baseline)
            .param("period", baselinePeriod)
            .param("target", target)
            .param("direction", direction)
            .query(Long.class)
            .single();
    }

    /**
     * Adds a reported value, once per indicator and period (the table's unique key).
     * @return false when a value for that period was reported already
     */
    boolean addValue(long indicatorId, String period, BigDecimal value, int groupSize, @Nullable String comment,
            String reportedBy) {
        try {
            jdbc.sql("""
                    insert into indicator_value (indicator_id, period, value, group_size, comment, reported_by)
                    values (:indicator, :period, :value, :size, :comment, :by)""")
                .param("indicator", indicatorId)
                .param("period", period)
                .param("value", value)
                .param("size", groupSize)
                .param("comment", comment)
                .param("by", reportedBy)
                .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The investments of {@code ids} in id order, with indicators and values. */
    List<InvestmentView> byIds(List<Long> ids, Function<Collection<Long>, Map<Long, String>> ownerNames) {
        if (ids.isEmpty()) {
            return List.of();
        }
        record Row(long id, long applicationId, long fundId, String title, long ownerOrganisationId,
                String projectLeader, long grantedAmountOre, LocalDate startDate, LocalDate endDate) {
        }
        record IndicatorRow(long id, long investmentId, String name, String unit, BigDecimal baseline,
                String baselinePeriod, BigDecimal target, String direction, boolean invented) {
        }
        record ValueRow(long indicatorId, String period, BigDecimal value, int groupSize, String comment,
                String reportedBy) {
        }
        List<Row> rows = jdbc.sql("""
                select id, application_id, fund_id, title, owner_organisation_id, project_leader,
                       granted_amount_ore, start_date, end_date
                from investment where id in (:ids) order by id""").param("ids", ids).query(Row.class).list();
        List<IndicatorRow> indicators = jdbc.sql("select * from indicator where investment_id in (:ids) order by id")
            .param("ids", ids)
            .query(IndicatorRow.class)
            .list();
        Map<Long, List<InvestmentView.Value>> values = indicators.isEmpty() ? Map.of() : jdbc.sql("""
                select indicator_id, period, value, group_size, comment, reported_by from indicator_value
                where indicator_id in (:ids) order by period, id""")
            .param("ids", indicators.stream().map(IndicatorRow::id).toList())
            .query(ValueRow.class)
            .list()
            .stream()
            .collect(Collectors.groupingBy(ValueRow::indicatorId, Collectors.mapping(
                    v -> new InvestmentView.Value(v.period(), v.value(), v.groupSize(), v.comment(), v.reportedBy()),
                    Collectors.toList())));
        Map<Long, List<InvestmentView.Indicator>> byInvestment = indicators.stream()
            .collect(Collectors.groupingBy(IndicatorRow::investmentId, Collectors.mapping(
                    i -> new InvestmentView.Indicator(i.id(), i.name(), i.unit(), i.baseline(), i.baselinePeriod(),
                            i.target(), i.direction(), i.invented(), values.getOrDefault(i.id(), List.of())),
                    Collectors.toList())));
        // Owners' names belong to the organisation module: one lookup for the whole list.
        Map<Long, String> owners = ownerNames
            .apply(rows.stream().map(Row::ownerOrganisationId).collect(Collectors.toSet()));
        return rows.stream()
            .map(r -> new InvestmentView(r.id(), r.applicationId(), r.fundId(), r.title(),
                    owners.getOrDefault(r.ownerOrganisationId(), "–"), r.projectLeader(), r.grantedAmountOre(),
                    r.startDate(), r.endDate(), byInvestment.getOrDefault(r.id(), List.of())))
            .toList();
    }

}
