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
import org.jspecify.annotations.Nullable;
import se.sif.identity.Role;
import se.sif.identity.Users;
import se.sif.shared.ConcurrentEditException;
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

    /**
     * The calls the signed-in person may see: drafts only to those who build calls, the
     * published ones to everyone.
     */
    public List<CallView> all() {
        boolean builder = users.current().isAny(Role.OFFICER, Role.ADMIN);
        return views(repository.findAll()).stream().filter(c -> builder || c.status() != CallStatus.DRAFT).toList();
    }

    /**
     * The call list's sort keys, each mapped to its comparator here (never taken from the
     * request).
     */
    public static final java.util.Set<String> SORTS = java.util.Set.of("title", "fund", "deadline", "ceiling",
            "status");

    /**
     * One page of the calls, optionally only the open (or only the not open) ones; by
     * default the latest deadline first.
     */
    public se.sif.shared.ListPage<CallView> list(@Nullable Boolean open, se.sif.shared.ListQuery asked) {
        se.sif.shared.ListQuery query = asked.sortedBy(SORTS, "deadline", true);
        java.util.Comparator<CallView> byTitle = java.util.Comparator
            .comparing(c -> c.title().toLowerCase(java.util.Locale.ROOT));
        return query.apply(all().stream().filter(c -> open == null || c.open() == open).toList(),
                java.util.Map.of("title", byTitle, "fund",
                        java.util.Comparator.comparing(CallView::fundName).thenComparing(byTitle), "deadline",
                        java.util.Comparator.comparing(CallView::deadline).thenComparing(CallView::id), "ceiling",
                        java.util.Comparator.comparingLong(CallView::budgetCeilingOre).thenComparing(CallView::id),
                        "status", java.util.Comparator.comparing(CallView::status).thenComparing(CallView::deadline)));
    }

    /** A call the signed-in person may see (a draft only to those who build calls). */
    public CallView get(long id) {
        CallView call = views(repository.findById(id).stream().toList()).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("call", id));
        if (call.status() == CallStatus.DRAFT && !users.current().isAny(Role.OFFICER, Role.ADMIN)) {
            throw new NotFoundException("call", id);
        }
        return call;
    }

    /**
     * The content of the call as it was in version {@code versionNo}: what an application
     * written against that version was asked.
     */
    public CallContent content(long callId, int versionNo) {
        return repository.content(callId, versionNo).orElseThrow(() -> new NotFoundException("call", callId));
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
        return rows.stream().map(r -> {
            CallContent c = r.content();
            CallStatus status = CallStatus.of(r.status(), c.opensAt(), c.closesAt(), now);
            return new CallView(r.id(), r.fundId(), fundNames.getOrDefault(r.fundId(), "–"), c.title(),
                    c.description() == null ? "" : c.description(), c.closesAt(), c.budgetCeilingOre(), r.createdBy(),
                    r.createdAt(), status == CallStatus.OPEN, status, c.opensAt(), r.contentVersion(), r.copiedFrom(),
                    r.version(), c);
        }).toList();
    }

    /**
     * Starts a call as a draft, seen only by those who build calls until it is published.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public long create(long fundId, CallContent content) {
        if (!funds.exists(fundId)) {
            throw DomainException.onField("fundId", "call.error.unknownFund");
        }
        check(content);
        long id = repository.insert(fundId, withFundFocus(fundId, clean(content)), null, users.current().username());
        audit.record("call.created", "call", id, describe(content));
        return id;
    }

    /**
     * Saves a changed content as the call's next version; applications already started
     * keep the version they were written against. {@code version} is the call's as the
     * officer read it.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public int revise(long id, long version, CallContent content) {
        CallView call = get(id);
        if (call.status() == CallStatus.ARCHIVED) {
            throw new DomainException("call.error.archived");
        }
        // applications already written keep what they are: a pre-study stays a pre-study
        if (call.status() != CallStatus.DRAFT && call.content().kind() != content.kind()) {
            throw DomainException.onField("kind", "call.error.kindFixed");
        }
        check(content);
        int next = repository.revise(id, version, clean(content), users.current().username())
            .orElseThrow(() -> new ConcurrentEditException("call", id));
        audit.record("call.revised", "call", id, "version " + next + ": " + describe(content));
        return next;
    }

    /**
     * Publishes a draft: it shows to everyone, and takes applications from its opening
     * time (at once when it has none) until it closes.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void publish(long id, long version) {
        CallView call = get(id);
        if (call.status() != CallStatus.DRAFT) {
            throw new DomainException("call.error.notDraft");
        }
        if (!call.deadline().isAfter(clock.instant())) {
            throw DomainException.onField("deadlineDate", "call.error.deadlinePassed");
        }
        move(id, version, CallStatus.Stored.DRAFT, CallStatus.Stored.PUBLISHED);
        audit.record("call.published", "call", id, "version " + call.contentVersion());
    }

    /**
     * Archives a closed call: it stays readable, and no longer shows among the current
     * ones.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void archive(long id, long version) {
        CallView call = get(id);
        if (call.status() != CallStatus.CLOSED) {
            throw new DomainException("call.error.notClosed");
        }
        move(id, version, CallStatus.Stored.PUBLISHED, CallStatus.Stored.ARCHIVED);
        audit.record("call.archived", "call", id, call.title());
    }

    /**
     * A new round of a call: a draft with the same content, for the officer to give new
     * dates and publish.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public long copy(long id) {
        CallView call = get(id);
        long copy = repository.insert(call.fundId(), call.content(), id, users.current().username());
        audit.record("call.copied", "call", copy, "from call " + id);
        return copy;
    }

    private void move(long id, long version, CallStatus.Stored from, CallStatus.Stored to) {
        if (!repository.moveStatus(id, version, from, to)) {
            throw new ConcurrentEditException("call", id);
        }
    }

    /** Every broken rule of a content at once, named by the builder's fields. */
    private static void check(CallContent c) {
        DomainException.Violations found = new DomainException.Violations();
        if (c.title() == null || c.title().isBlank()) {
            found.add("title", "call.error.titleRequired");
        }
        if (c.budgetCeilingOre() <= 0 || c.budgetCeilingOre() > MAX_CEILING_ORE) {
            found.add("budgetCeiling", "call.error.ceiling");
        }
        if (c.minAmountOre() != null && c.minAmountOre() <= 0) {
            found.add("minAmount", "call.error.amountPositive");
        }
        if (c.maxAmountOre() != null && (c.maxAmountOre() <= 0 || c.maxAmountOre() > c.budgetCeilingOre())) {
            found.add("maxAmount", "call.error.maxAmount");
        }
        if (c.minAmountOre() != null && c.maxAmountOre() != null && c.minAmountOre() > c.maxAmountOre()) {
            found.add("minAmount", "call.error.minAboveMax");
        }
        if (c.earliestStart() != null && c.latestEnd() != null && !c.latestEnd().isAfter(c.earliestStart())) {
            found.add("latestEnd", "call.error.endBeforeStart");
        }
        if (c.maxMonths() != null && (c.maxMonths() < 1 || c.maxMonths() > 120)) {
            found.add("maxMonths", "call.error.maxMonths");
        }
        if (c.opensAt() != null && !c.opensAt().isBefore(c.closesAt())) {
            found.add("opensDate", "call.error.opensAfterCloses");
        }
        if (c.handlingDays() != null && (c.handlingDays() < 1 || c.handlingDays() > 365)) {
            found.add("handlingDays", "call.error.handlingDays");
        }
        if (c.eligibility().applicantKinds().isEmpty()) {
            found.add("applicantKinds", "call.error.applicantKinds");
        }
        if (c.projectTypes().isEmpty()) {
            found.add("projectTypes", "call.error.projectTypes");
        }
        c.projectTypes().forEach((type, criteria) -> {
            String path = "projectTypes[" + type + "].";
            if (criteria.criteria().isEmpty() || !Criteria.CATALOGUE.containsAll(criteria.criteria())) {
                found.add(path + "criteria", "call.error.criteria");
            }
            for (int i = 0; i < criteria.rubric().size(); i++) {
                Criteria.RubricItem item = criteria.rubric().get(i);
                String at = path + "rubric[" + i + "].";
                if (!Criteria.RUBRIC_AREAS.contains(item.area())) {
                    found.add(at + "area", "call.error.rubricArea");
                }
                if (item.weight() < 0 || item.weight() > 10) {
                    found.add(at + "weight", "call.error.weight");
                }
                if (item.threshold() != null && (item.threshold() < 1 || item.threshold() > 4)) {
                    found.add(at + "threshold", "call.error.threshold");
                }
            }
            if (criteria.rubric().stream().noneMatch(item -> item.weight() > 0)) {
                found.add(path + "rubric", "call.error.rubricEmpty");
            }
        });
        if (!Criteria.TABLE_2.containsAll(c.triageChecklist())) {
            found.add("triageChecklist", "call.error.triageChecklist");
        }
        found.throwIfAny();
    }

    private static CallContent clean(CallContent c) {
        return new CallContent(c.title().strip(), blankToNull(c.purpose()), blankToNull(c.focus()),
                blankToNull(c.description()), c.budgetCeilingOre(), c.minAmountOre(), c.maxAmountOre(),
                c.earliestStart(), c.latestEnd(), c.maxMonths(), c.opensAt(), c.closesAt(), c.handlingDays(),
                c.eligibility(), c.projectTypes(), c.triageChecklist(), c.kind());
    }

    /**
     * A call left without a focus takes the fund's focus for the year it closes in, as
     * the board decided it for the period.
     */
    private CallContent withFundFocus(long fundId, CallContent c) {
        if (c.focus() != null) {
            return c;
        }
        return c
            .withFocus(funds.focus(fundId, c.closesAt().atZone(se.sif.shared.Stockholm.ZONE).getYear()).orElse(null));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String describe(CallContent c) {
        return (c.preStudy() ? "pre-study call " : "") + c.title() + ", closes " + c.closesAt() + ", ceiling "
                + Money.format(c.budgetCeilingOre(), Locale.ROOT) + ", " + c.eligibility().collaboration();
    }

}
