package se.sif.investment;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.decision.GrantDecided;
import se.sif.identity.CurrentUser;
import se.sif.identity.Role;
import se.sif.identity.Users;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * Follow-up rules: the officer names the project leader; the officer or that leader sets
 * indicators; only the leader reports values, for a group of at least five, one value per
 * indicator and period. What was funded and what it achieved is public information, so
 * every signed-in user may read it.
 */
@Service
@Transactional(readOnly = true)
public class Investments {

    /** Smallest group an aggregate may describe before it could reveal an individual. */
    public static final int MIN_GROUP_SIZE = 5;

    private final JdbcClient jdbc;

    private final Users users;

    private final AuditTrail audit;

    private final se.sif.organisation.Organisations organisations;

    Investments(JdbcClient jdbc, Users users, AuditTrail audit, se.sif.organisation.Organisations organisations) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /**
     * Synchronous, inside the board's decision transaction: a grant and its investment
     * exist together.
     */
    @EventListener
    @Transactional
    void on(GrantDecided grant) {
        long id = jdbc.sql("""
                insert into investment (decision_id, application_id, fund_id, title, owner_organisation_id,
                    granted_amount_ore, start_date, end_date)
                values (:decision, :app, :fund, :title, :owner, :amount, :start, :end) returning id""")
            .param("decision", grant.decisionId())
            .param("app", grant.applicationId())
            .param("fund", grant.fundId())
            .param("title", grant.title())
            .param("owner", grant.ownerOrganisationId())
            .param("amount", grant.grantedAmountOre())
            .param("start", grant.startDate() == null ? null : Date.valueOf(grant.startDate()))
            .param("end", grant.endDate() == null ? null : Date.valueOf(grant.endDate()))
            .query(Long.class)
            .single();
        audit.record("investment.created", "investment", id, grant.registrationNumber());
    }

    public List<InvestmentView> all() {
        return load(jdbc.sql("select id from investment order by id").query(Long.class).list());
    }

    /**
     * The investment list's sort keys, each mapped to its comparator here (never taken
     * from the request).
     */
    public static final java.util.Set<String> SORTS = java.util.Set.of("title", "owner", "granted", "start");

    /**
     * One page of the investments whose title or owner contains {@code text} (all without
     * it); by title by default.
     */
    public se.sif.shared.ListPage<InvestmentView> list(String text, se.sif.shared.ListQuery asked) {
        se.sif.shared.ListQuery query = asked.sortedBy(SORTS, "title", false);
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.Comparator<InvestmentView> byTitle = java.util.Comparator
            .comparing(i -> i.title().toLowerCase(java.util.Locale.ROOT));
        return query.apply(
                all().stream()
                    .filter(i -> needle.isEmpty() || i.title().toLowerCase(java.util.Locale.ROOT).contains(needle)
                            || i.ownerName().toLowerCase(java.util.Locale.ROOT).contains(needle))
                    .toList(),
                java.util.Map.of("title", byTitle, "owner",
                        java.util.Comparator.comparing(InvestmentView::ownerName).thenComparing(byTitle), "granted",
                        java.util.Comparator.comparingLong(InvestmentView::grantedAmountOre)
                            .thenComparing(InvestmentView::id),
                        "start",
                        java.util.Comparator
                            .comparing(InvestmentView::startDate,
                                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                            .thenComparing(InvestmentView::id)));
    }

    public InvestmentView get(long id) {
        List<InvestmentView> found = load(List.of(id));
        if (found.isEmpty()) {
            throw new NotFoundException("investment", id);
        }
        return found.get(0);
    }

    /** The investment a granted application became, if it has become one. */
    public java.util.Optional<InvestmentView> forApplication(long applicationId) {
        return load(jdbc.sql("select id from investment where application_id = :app")
            .param("app", applicationId)
            .query(Long.class)
            .list()).stream().findFirst();
    }

    /** The investments of one fund, for portfolio totals. */
    public List<InvestmentView> ofFund(long fundId) {
        return load(jdbc.sql("select id from investment where fund_id = :fund order by id")
            .param("fund", fundId)
            .query(Long.class)
            .list());
    }

    /**
     * Indicator values due: one per indicator for every calendar year after the
     * investment's start year up to its end year that has ended by {@code today} and has
     * no value for a period naming that year, due at the end of the following January.
     * The project leader sees their investments', an applicant their organisation's, the
     * officer every investment's.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'APPLICANT', 'PROJECT_LEADER')")
    public List<se.sif.shared.WorkItem> reportsDue(LocalDate today) {
        CurrentUser user = users.current();
        String mine = switch (user.role()) {
            case PROJECT_LEADER -> " and i.project_leader = :me";
            case APPLICANT -> " and i.owner_organisation_id = :org";
            default -> "";
        };
        record Row(long investmentId, String title, String indicator, int year) {
        }
        return jdbc.sql("""
                select i.id as investment_id, i.title, ind.name as indicator, y.year
                from investment i join indicator ind on ind.investment_id = i.id
                cross join lateral generate_series(extract(year from i.start_date)::int + 1,
                    least(extract(year from i.end_date)::int, :lastYear)) as y(year)
                where i.start_date is not null and i.end_date is not null""" + mine + """
                 and not exists (select 1 from indicator_value v
                                 where v.indicator_id = ind.id and position(y.year::text in v.period) > 0)
                order by y.year, i.id, ind.id""")
            .param("lastYear", today.getYear() - 1)
            .param("me", user.username())
            .param("org", user.organisationId() == null ? -1L : user.organisationId())
            .query(Row.class)
            .list()
            .stream()
            .map(r -> new se.sif.shared.WorkItem(r.title() + " – " + r.indicator(), String.valueOf(r.year()),
                    "/investments/" + r.investmentId(), LocalDate.of(r.year() + 1, 1, 31)))
            .toList();
    }

    public boolean mayReport(InvestmentView investment) {
        CurrentUser user = users.current();
        return user.is(Role.PROJECT_LEADER) && user.username().equals(investment.projectLeader());
    }

    public boolean mayDefineIndicators(InvestmentView investment) {
        return users.current().is(Role.OFFICER) || mayReport(investment);
    }

    /**
     * The officials who follow the fund's investments up read their calculations and
     * reports.
     */
    public boolean mayReadFollowUpMaterial() {
        return se.sif.shared.Actor.hasRole("OFFICER") || se.sif.shared.Actor.hasRole("STEERING")
                || se.sif.shared.Actor.hasRole("BOARD") || se.sif.shared.Actor.hasRole("ADMIN");
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void assignProjectLeader(long investmentId, String username) {
        get(investmentId);
        CurrentUser leader = users.find(username == null ? "" : username.strip())
            .filter(u -> u.is(Role.PROJECT_LEADER))
            .orElseThrow(() -> DomainException.onField("projectLeader", "investment.error.unknownLeader"));
        jdbc.sql("update investment set project_leader = :leader, version = version + 1 where id = :id")
            .param("leader", leader.username())
            .param("id", investmentId)
            .update();
        audit.record("investment.leaderAssigned", "investment", investmentId, leader.username());
    }

    public record NewIndicator(String name, String unit, @Nullable BigDecimal baseline, String baselinePeriod,
            @Nullable BigDecimal target, @Nullable String direction) {
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'PROJECT_LEADER')")
    public long addIndicator(long investmentId, NewIndicator indicator) {
        InvestmentView investment = get(investmentId);
        if (!mayDefineIndicators(investment)) {
            throw new NotFoundException("investment", investmentId);
        }
        if (indicator.name() == null || indicator.name().isBlank()) {
            throw DomainException.onField("name", "investment.error.nameRequired");
        }
        if (indicator.unit() == null || indicator.unit().isBlank()) {
            throw DomainException.onField("unit", "investment.error.unitRequired");
        }
        if (indicator.baseline() == null) {
            throw DomainException.onField("baseline", "investment.error.baselineRequired");
        }
        if (indicator.target() == null) {
            throw DomainException.onField("target", "investment.error.targetRequired");
        }
        if (indicator.baselinePeriod() == null || indicator.baselinePeriod().isBlank()) {
            throw DomainException.onField("baselinePeriod", "investment.error.periodRequired");
        }
        String direction = indicator.target().compareTo(indicator.baseline()) >= 0 ? "INCREASE" : "DECREASE";
        long id = jdbc.sql("""
                insert into indicator (investment_id, name, unit, baseline, baseline_period, target, direction)
                values (:inv, :name, :unit, :baseline, :period, :target, :direction) returning id""")
            .param("inv", investmentId)
            .param("name", indicator.name().strip())
            .param("unit", indicator.unit().strip())
            .param("baseline", indicator.baseline())
            .param("period", indicator.baselinePeriod().strip())
            .param("target", indicator.target())
            .param("direction", direction)
            .query(Long.class)
            .single();
        audit.record("investment.indicatorAdded", "investment", investmentId, indicator.name());
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('PROJECT_LEADER')")
    public void reportValue(long investmentId, long indicatorId, String period, @Nullable BigDecimal value,
            @Nullable Integer groupSize, String comment) {
        InvestmentView investment = get(investmentId);
        if (!mayReport(investment)) {
            throw new NotFoundException("investment", investmentId);
        }
        if (investment.indicators().stream().noneMatch(i -> i.id() == indicatorId)) {
            throw new NotFoundException("indicator", indicatorId);
        }
        if (period == null || period.isBlank()) {
            throw DomainException.onField("period", "investment.error.periodRequired");
        }
        if (value == null) {
            throw DomainException.onField("value", "investment.error.valueRequired");
        }
        if (groupSize == null || groupSize < MIN_GROUP_SIZE) {
            throw DomainException.onField("groupSize", "investment.error.smallGroup", MIN_GROUP_SIZE);
        }
        if (comment != null && comment.matches("(?s).*\\b(19|20)?\\d{6}[-+]?\\d{4}\\b.*")) {
            throw DomainException.onField("comment", "investment.error.personalNumber");
        }
        try {
            jdbc.sql("""
                    insert into indicator_value (indicator_id, period, value, group_size, comment, reported_by)
                    values (:indicator, :period, :value, :size, :comment, :by)""")
                .param("indicator", indicatorId)
                .param("period", period.strip())
                .param("value", value)
                .param("size", groupSize)
                .param("comment", comment)
                .param("by", users.current().username())
                .update();
        }
        catch (DuplicateKeyException e) {
            throw DomainException.onField("period", "investment.error.periodReported", period.strip());
        }
        audit.record("investment.valueReported", "investment", investmentId,
                indicatorId + " " + period + " = " + value);
    }

    private List<InvestmentView> load(List<Long> ids) {
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
        var owners = organisations.byIds(rows.stream().map(Row::ownerOrganisationId).collect(Collectors.toSet()));
        return rows.stream()
            .map(r -> new InvestmentView(r.id(), r.applicationId(), r.fundId(), r.title(),
                    owners.containsKey(r.ownerOrganisationId()) ? owners.get(r.ownerOrganisationId()).name() : "–",
                    r.projectLeader(), r.grantedAmountOre(), r.startDate(), r.endDate(),
                    byInvestment.getOrDefault(r.id(), List.of())))
            .toList();
    }

}
