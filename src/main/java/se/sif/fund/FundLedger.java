package se.sif.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.shared.Actor;
import se.sif.shared.Clock;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.NotFoundException;
import se.sif.shared.RegistrationNumbers;
import org.springframework.util.StringUtils;

/**
 * The fund's ledger. Every movement of money is an immutable posting; balances are sums of postings.
 * A commitment locks the fund row first, so two decisions racing for the last kronor are serialised and
 * only the one that still fits is committed.
 */
@Service
@Transactional(readOnly = true)
public class FundLedger {

    /** Amounts above this (100 billion SEK) are typing mistakes, not fund money. */
    static final long MAX_AMOUNT_ORE = Money.ofKronor(100_000_000_000L);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final RegistrationNumbers registrationNumbers;

    FundLedger(JdbcClient jdbc, AuditTrail audit, RegistrationNumbers registrationNumbers) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.registrationNumbers = registrationNumbers;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<FundSummary> funds() {
        return jdbc.sql("select id from fund order by id").query(Long.class).list().stream()
                .map(this::summaryOf).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public FundSummary summary(long fundId) {
        return summaryOf(fundId);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<Posting> postings(long fundId) {
        requireFund(fundId);
        return jdbc.sql("select * from fund_posting where fund_id = :fund order by fiscal_year desc, id desc")
                .param("fund", fundId).query(Posting.class).list();
    }

    /** Names of all funds, for choosing one when a call is opened. */
    public List<FundName> names() {
        return jdbc.sql("select id, name from fund order by id").query(FundName.class).list();
    }

    public record FundName(long id, String name) {
    }

    public boolean exists(long fundId) {
        return jdbc.sql("select count(*) from fund where id = :id").param("id", fundId).query(Integer.class).single() > 0;
    }

    public long available(long fundId, int fiscalYear) {
        return jdbc.sql("""
                select coalesce(sum(case account when 'APPROPRIATED' then amount_ore else -amount_ore end), 0)
                from fund_posting where fund_id = :fund and fiscal_year = :year""")
                .param("fund", fundId).param("year", fiscalYear)
                .query(Long.class).single();
    }

    /** The board appropriates money to the fund for a fiscal year (a political decision). */
    @Transactional
    @PreAuthorize("hasRole('BOARD')")
    public long appropriate(long fundId, int fiscalYear, long amountOre, String registrationNumber, String description) {
        requireFund(fundId);
        requireSensibleAmount(amountOre);
        int currentYear = LocalDate.now(Clock.STOCKHOLM).getYear();
        if (fiscalYear < currentYear || fiscalYear > currentYear + 5) {
            throw DomainException.onField("fiscalYear", "fund.error.yearOutOfRange", String.valueOf(currentYear), String.valueOf(currentYear + 5));
        }
        if (!StringUtils.hasText(registrationNumber)) {
            registrationNumber = registrationNumbers.next(LocalDate.now(Clock.STOCKHOLM));
        }
        long id = post(fundId, fiscalYear, "APPROPRIATED", amountOre, null, registrationNumber.strip(), description);
        audit.record("fund.appropriated", "fund", fundId,
                fiscalYear + ": " + Money.format(amountOre, Locale.ROOT) + " (" + registrationNumber + ")");
        return id;
    }

    /**
     * Commits a grant from the fiscal year's available money, or refuses with a clear message. Called by the
     * decision module inside the board's decision transaction, so a refused commitment leaves no decision.
     */
    @Transactional
    public long commitGrant(long fundId, int fiscalYear, long amountOre, String grantReference, String description) {
        requireSensibleAmount(amountOre);
        jdbc.sql("select id from fund where id = :id for update").param("id", fundId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("fund", fundId));
        long available = available(fundId, fiscalYear);
        if (amountOre > available) {
            Locale locale = LocaleContextHolder.getLocale();
            throw DomainException.onField("grantedAmount", "fund.error.insufficient",
                    Money.format(amountOre, locale), String.valueOf(fiscalYear), Money.format(available, locale));
        }
        long id = post(fundId, fiscalYear, "COMMITTED", amountOre, grantReference, grantReference, description);
        audit.record("fund.committed", "fund", fundId,
                fiscalYear + ": " + Money.format(amountOre, Locale.ROOT) + " for " + grantReference);
        return id;
    }

    private long post(long fundId, int year, String account, long amountOre, String grantReference,
            String registrationNumber, String description) {
        return jdbc.sql("""
                insert into fund_posting (fund_id, fiscal_year, account, amount_ore, grant_reference,
                                          registration_number, description, recorded_by)
                values (:fund, :year, :account, :amount, :grant, :reg, :description, :by) returning id""")
                .param("fund", fundId).param("year", year).param("account", account).param("amount", amountOre)
                .param("grant", grantReference).param("reg", registrationNumber)
                .param("description", description).param("by", Actor.name())
                .query(Long.class).single();
    }

    private FundSummary summaryOf(long fundId) {
        record Head(long id, String name, String ownerName, String purpose, String economicModel, boolean carryOver) {
        }
        Head head = jdbc.sql("""
                select f.id, f.name, o.name as owner_name, f.purpose, f.economic_model, f.carry_over
                from fund f join organisation o on o.id = f.owner_organisation_id where f.id = :id""")
                .param("id", fundId).query(Head.class).optional()
                .orElseThrow(() -> new NotFoundException("fund", fundId));
        List<String> coOwners = jdbc.sql("""
                select o.name from fund_co_owner c join organisation o on o.id = c.organisation_id
                where c.fund_id = :id order by o.name""").param("id", fundId).query(String.class).list();
        int year = LocalDate.now(Clock.STOCKHOLM).getYear();
        String focus = jdbc.sql("""
                select text from fund_focus where fund_id = :id and year_from <= :year
                order by year_to desc, year_from desc limit 1""")
                .param("id", fundId).param("year", year).query(String.class).optional().orElse(null);
        List<FundSummary.Year> years = jdbc.sql("""
                select fiscal_year,
                       coalesce(sum(amount_ore) filter (where account = 'APPROPRIATED'), 0) as appropriated,
                       coalesce(sum(amount_ore) filter (where account = 'COMMITTED'), 0) as committed,
                       coalesce(sum(amount_ore) filter (where account = 'EXPIRED'), 0) as expired
                from fund_posting where fund_id = :id group by fiscal_year order by fiscal_year""")
                .param("id", fundId).query(FundSummary.Year.class).list();
        return new FundSummary(head.id(), head.name(), head.ownerName(), head.purpose(), head.economicModel(),
                head.carryOver(), coOwners, focus, years);
    }

    private void requireFund(long fundId) {
        if (!exists(fundId)) {
            throw new NotFoundException("fund", fundId);
        }
    }

    private static void requireSensibleAmount(long amountOre) {
        if (amountOre <= 0 || amountOre > MAX_AMOUNT_ORE) {
            throw DomainException.onField("amount", "fund.error.amount");
        }
    }

}
