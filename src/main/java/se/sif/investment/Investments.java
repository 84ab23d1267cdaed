package se.sif.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
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

    private final InvestmentRepository repository;

    private final Users users;

    private final AuditTrail audit;

    private final se.sif.organisation.Organisations organisations;

    Investments(InvestmentRepository repository, Users users, AuditTrail audit,
            se.sif.organisation.Organisations organisations) {
        this.repository = repository;
        this.users = users;
        this.audit = audit;
        this.organisations = organisations;
    }

    /**
     * Synchronous, inside the board's decision transaction: a grant and its investment
     * exist together.
     */
    @EventListener
    @Transactional
    void on(GrantDecided grant) {
        long id = repository.add(grant);
        audit.record("investment.created", "investment", id, grant.registrationNumber());
    }

    public List<InvestmentView> all() {
        return load(repository.ids());
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
    public se.sif.shared.ListPage<InvestmentView> list(@Nullable String text, se.sif.shared.ListQuery asked) {
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
        return load(repository.idsForApplication(applicationId)).stream().findFirst();
    }

    /** The investments of one fund, for portfolio totals. */
    public List<InvestmentView> ofFund(long fundId) {
        return load(repository.idsOfFund(fundId));
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
        String leader = user.is(Role.PROJECT_LEADER) ? user.username() : null;
        Long organisation = !user.is(Role.APPLICANT) ? null
                : user.organisationId() == null ? Long.valueOf(-1) : user.organisationId();
        return repository.reportsDue(today.getYear() - 1, leader, organisation)
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

    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void assignProjectLeader(long investmentId, @Nullable String username) {
        get(investmentId);
        CurrentUser leader = users.find(username == null ? "" : username.strip())
            .filter(u -> u.is(Role.PROJECT_LEADER))
            .orElseThrow(() -> DomainException.onField("projectLeader", "investment.error.unknownLeader"));
        repository.assignLeader(investmentId, leader.username());
        audit.record("investment.leaderAssigned", "investment", investmentId, leader.username());
    }

    public record NewIndicator(@Nullable String name, @Nullable String unit, @Nullable BigDecimal baseline,
            @Nullable String baselinePeriod, @Nullable BigDecimal target, @Nullable String direction) {
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
        long id = repository.addIndicator(investmentId, indicator.name().strip(), indicator.unit().strip(),
                indicator.baseline(), indicator.baselinePeriod().strip(), indicator.target(), direction);
        audit.record("investment.indicatorAdded", "investment", investmentId, indicator.name());
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('PROJECT_LEADER')")
    public void reportValue(long investmentId, long indicatorId, @Nullable String period, @Nullable BigDecimal value,
            @Nullable Integer groupSize, @Nullable String comment) {
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
        if (!repository.addValue(indicatorId, period.strip(), value, groupSize, comment, users.current().username())) {
            throw DomainException.onField("period", "investment.error.periodReported", period.strip());
        }
        audit.record("investment.valueReported", "investment", investmentId,
                indicatorId + " " + period + " = " + value);
    }

    private List<InvestmentView> load(List<Long> ids) {
        return repository.byIds(ids, organisations::names);
    }

}
