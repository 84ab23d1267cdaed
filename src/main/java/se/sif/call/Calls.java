package se.sif.call;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.fund.FundLedger;
import se.sif.identity.Users;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.NotFoundException;

@Service
@Transactional(readOnly = true)
public class Calls {

    private static final long MAX_CEILING_ORE = Money.ofKronor(10_000_000_000L);

    private final JdbcClient jdbc;

    private final FundLedger funds;

    private final AuditTrail audit;

    private final Users users;

    private final Clock clock;

    Calls(JdbcClient jdbc, FundLedger funds, AuditTrail audit, Users users, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.funds = funds;
        this.audit = audit;
        this.users = users;
    }

    private static final String SELECT = """
            select id, fund_id, title, description, deadline, budget_ceiling_ore, created_by, created_at
            from funding_call""";

    record Row(long id, long fundId, String title, String description, Instant deadline, long budgetCeilingOre,
            String createdBy, Instant createdAt) {
    }

    public List<CallView> all() {
        return views(jdbc.sql(SELECT + " order by deadline desc").query(Row.class).list());
    }

    /**
     * The call list's sort keys, each mapped to its comparator here (never taken from the
     * request).
     */
    public static final java.util.Set<String> SORTS = java.util.Set.of("title", "fund", "deadline", "ceiling",
            "status");

    /**
     * One page of the calls, optionally only the open (or only the closed) ones; by
     * default the latest deadline first.
     */
    public se.sif.shared.ListPage<CallView> list(Boolean open, se.sif.shared.ListQuery asked) {
        se.sif.shared.ListQuery query = asked.sortedBy(SORTS, "deadline", true);
        java.util.Comparator<CallView> byTitle = java.util.Comparator
            .comparing(c -> c.title().toLowerCase(java.util.Locale.ROOT));
        return query.apply(all().stream().filter(c -> open == null || c.open() == open).toList(),
                java.util.Map.of("title", byTitle, "fund",
                        java.util.Comparator.comparing(CallView::fundName).thenComparing(byTitle), "deadline",
                        java.util.Comparator.comparing(CallView::deadline).thenComparing(CallView::id), "ceiling",
                        java.util.Comparator.comparingLong(CallView::budgetCeilingOre).thenComparing(CallView::id),
                        "status", java.util.Comparator.comparing(CallView::open).thenComparing(CallView::deadline)));
    }

    public CallView get(long id) {
        return views(jdbc.sql(SELECT + " where id = :id").param("id", id).query(Row.class).list()).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("call", id));
    }

    /**
     * The calls with these ids (unknown ids are left out), for lists that show each
     * item's call in one lookup.
     */
    public Map<Long, CallView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return views(jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(Row.class).list()).stream()
            .collect(Collectors.toMap(CallView::id, Function.identity()));
    }

    /**
     * The fund's name comes from the fund module, which owns it: one lookup for the whole
     * list.
     */
    private List<CallView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> fundNames = funds.names()
            .stream()
            .collect(Collectors.toMap(FundLedger.FundName::id, FundLedger.FundName::name));
        Instant now = clock.instant();
        return rows.stream()
            .map(r -> new CallView(r.id(), r.fundId(), fundNames.getOrDefault(r.fundId(), "–"), r.title(),
                    r.description(), r.deadline(), r.budgetCeilingOre(), r.createdBy(), r.createdAt(),
                    now.isBefore(r.deadline())))
            .toList();
    }

    public record NewCall(long fundId, String title, String description, Instant deadline, long budgetCeilingOre) {
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public long open(NewCall call) {
        if (!funds.exists(call.fundId())) {
            throw DomainException.onField("fundId", "call.error.unknownFund");
        }
        if (!call.deadline().isAfter(clock.instant())) {
            throw DomainException.onField("deadlineDate", "call.error.deadlinePassed");
        }
        if (call.budgetCeilingOre() <= 0 || call.budgetCeilingOre() > MAX_CEILING_ORE) {
            throw DomainException.onField("budgetCeiling", "call.error.ceiling");
        }
        long id = jdbc.sql("""
                insert into funding_call (fund_id, title, description, deadline, budget_ceiling_ore, created_by)
                values (:fund, :title, :description, :deadline, :ceiling, :by) returning id""")
            .param("fund", call.fundId())
            .param("title", call.title().strip())
            .param("description", call.description())
            .param("deadline", java.sql.Timestamp.from(call.deadline()))
            .param("ceiling", call.budgetCeilingOre())
            .param("by", users.current().username())
            .query(Long.class)
            .single();
        audit.record("call.opened", "call", id, call.title() + ", deadline " + call.deadline() + ", ceiling "
                + Money.format(call.budgetCeilingOre(), Locale.ROOT));
        return id;
    }

}
