package se.sif.call;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
            select c.id, c.fund_id, f.name as fund_name, c.title, c.description, c.deadline, c.budget_ceiling_ore,
                   c.created_by, c.created_at
            from funding_call c join fund f on f.id = c.fund_id""";

    public List<CallView> all() {
        return jdbc.sql(SELECT + " order by c.deadline desc").query(this::row).list();
    }

    /** The call list's sort keys, each mapped to its comparator here (never taken from the request). */
    public static final java.util.Set<String> SORTS = java.util.Set.of("title", "fund", "deadline", "ceiling", "status");

    /** One page of the calls, optionally only the open (or only the closed) ones; by default the latest deadline first. */
    public se.sif.shared.ListPage<CallView> list(Boolean open, se.sif.shared.ListQuery asked) {
        se.sif.shared.ListQuery query = asked.sortedBy(SORTS, "deadline", true);
        java.util.Comparator<CallView> byTitle = java.util.Comparator.comparing(c -> c.title().toLowerCase(java.util.Locale.ROOT));
        return query.apply(all().stream().filter(c -> open == null || c.open() == open).toList(), java.util.Map.of(
                "title", byTitle,
                "fund", java.util.Comparator.comparing(CallView::fundName).thenComparing(byTitle),
                "deadline", java.util.Comparator.comparing(CallView::deadline).thenComparing(CallView::id),
                "ceiling", java.util.Comparator.comparingLong(CallView::budgetCeilingOre).thenComparing(CallView::id),
                "status", java.util.Comparator.comparing(CallView::open).thenComparing(CallView::deadline)));
    }

    public CallView get(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("call", id));
    }

    private CallView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Instant deadline = rs.getTimestamp("deadline").toInstant();
        return new CallView(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("fund_name"), rs.getString("title"),
                rs.getString("description"), deadline, rs.getLong("budget_ceiling_ore"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), clock.instant().isBefore(deadline));
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
                .param("fund", call.fundId()).param("title", call.title().strip())
                .param("description", call.description())
                .param("deadline", java.sql.Timestamp.from(call.deadline()))
                .param("ceiling", call.budgetCeilingOre())
                .param("by", users.current().username())
                .query(Long.class).single();
        audit.record("call.opened", "call", id,
                call.title() + ", deadline " + call.deadline() + ", ceiling " + Money.format(call.budgetCeilingOre(), Locale.ROOT));
        return id;
    }
}
