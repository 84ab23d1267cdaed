package se.sif.call;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    private final CallRepository repository;

    private final FundLedger funds;

    private final AuditTrail audit;

    private final Users users;

    private final Clock clock;

    Calls(CallRepository repository, FundLedger funds, AuditTrail audit, Users users, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.funds = funds;
        this.audit = audit;
        this.users = users;
    }

    public List<CallView> all() {
        return views(repository.findAll());
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
        return views(repository.findById(id).stream().toList()).stream()
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
        return views(repository.findByIds(ids)).stream().collect(Collectors.toMap(CallView::id, Function.identity()));
    }

    /**
     * The fund's name comes from the fund module, which owns it: one lookup for the whole
     * list.
     */
    private List<CallView> views(List<CallRepository.Row> rows) {
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
        long id = repository.insert(call.fundId(), call.title().strip(), call.description(), call.deadline(),
                call.budgetCeilingOre(), users.current().username());
        audit.record("call.opened", "call", id, call.title() + ", deadline " + call.deadline() + ", ceiling "
                + Money.format(call.budgetCeilingOre(), Locale.ROOT));
        return id;
    }

}
