package se.sif.economics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.ValueKind;
import se.sif.shared.Actor;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * The unit-cost library: what one unit of a public service costs whom (a day in
 * residential care, a year of income support), with its price year and source. The fund's
 * officials keep it; every change is a new version, and a calculation pins the version it
 * used, so an old calculation keeps the values it was made with.
 */
@Service
public class UnitCosts {

    public record UnitCostView(String code, int version, String nameSv, String nameEn, String unitSv, String unitEn,
            long valueOre, int priceYear, ActorKind actorKind, String actorService, ValueKind valueKind,
            BigDecimal cashableShare, boolean estimate, String source, String quote, String notes, String createdBy,
            Instant createdAt) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
        }

        public String unit(Locale locale) {
            return "en".equals(locale.getLanguage()) ? unitEn : unitSv;
        }
    }

    /**
     * A unit cost as entered; {@code expectedVersion} is the version the editor saw (null
     * for a new code).
     */
    public record UnitCostInput(@Nullable String code, @Nullable Integer expectedVersion, @Nullable String nameSv,
            @Nullable String nameEn, @Nullable String unitSv, @Nullable String unitEn, @Nullable Long valueOre,
            @Nullable Integer priceYear, @Nullable ActorKind actorKind, @Nullable String actorService,
            @Nullable ValueKind valueKind, @Nullable BigDecimal cashableShare, Boolean estimate,
            @Nullable String source, @Nullable String quote, @Nullable String notes) {
    }

    private static final String SELECT = """
            select u.code, v.version, v.name_sv, v.name_en, v.unit_sv, v.unit_en, v.value_ore, v.price_year, v.actor_kind,
                   v.actor_service, v.value_kind, v.cashable_share, v.estimate, v.source, v.quote, v.notes, v.created_by,
                   v.created_at
            from unit_cost u join unit_cost_version v on v.unit_cost_id = u.id""";

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    UnitCosts(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The current version of every unit cost. */
    public List<UnitCostView> current() {
        return jdbc
            .sql(SELECT
                    + " where v.version = (select max(version) from unit_cost_version w where w.unit_cost_id = u.id)"
                    + " order by v.actor_kind, v.actor_service, u.code")
            .query(UnitCostView.class)
            .list();
    }

    public List<UnitCostView> history(String code) {
        List<UnitCostView> versions = jdbc.sql(SELECT + " where u.code = :code order by v.version desc")
            .param("code", code)
            .query(UnitCostView.class)
            .list();
        if (versions.isEmpty()) {
            throw new NotFoundException("unit cost", code);
        }
        return versions;
    }

    public Optional<UnitCostView> latest(String code) {
        return jdbc.sql(SELECT + " where u.code = :code order by v.version desc limit 1")
            .param("code", code)
            .query(UnitCostView.class)
            .optional();
    }

    public Optional<UnitCostView> version(String code, int version) {
        return jdbc.sql(SELECT + " where u.code = :code and v.version = :version")
            .param("code", code)
            .param("version", version)
            .query(UnitCostView.class)
            .optional();
    }

    /** Adds a unit cost, or a new version of one; returns the version written. */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public int save(UnitCostInput in) {
        List<String> missing = new java.util.ArrayList<>();
        require(missing, "code", in.code() != null && in.code().matches("[a-z0-9_]{2,60}"));
        require(missing, "nameSv", notBlank(in.nameSv()));
        require(missing, "nameEn", notBlank(in.nameEn()));
        require(missing, "unitSv", notBlank(in.unitSv()));
        require(missing, "unitEn", notBlank(in.unitEn()));
        require(missing, "valueOre", in.valueOre() != null);
        require(missing, "priceYear", in.priceYear() != null && in.priceYear() >= 1900 && in.priceYear() <= 2200);
        require(missing, "actorKind", in.actorKind() != null);
        require(missing, "actorService", notBlank(in.actorService()));
        require(missing, "valueKind", in.valueKind() != null);
        require(missing, "cashableShare", in.cashableShare() != null && in.cashableShare().signum() >= 0
                && in.cashableShare().compareTo(BigDecimal.ONE) <= 0);
        require(missing, "source", notBlank(in.source()));
        if (!missing.isEmpty()) {
            throw DomainException.onFields(missing, "economics.unitCost.invalid");
        }
        Long id = jdbc.sql("select id from unit_cost where code = :code")
            .param("code", in.code())
            .query(Long.class)
            .optional()
            .orElse(null);
        int current = id == null ? 0
                : jdbc.sql("select max(version) from unit_cost_version where unit_cost_id = :id")
                    .param("id", id)
                    .query(Integer.class)
                    .single();
        if ((in.expectedVersion() == null ? 0 : in.expectedVersion()) != current) {
            throw id != null && in.expectedVersion() == null
                    ? DomainException.onField("code", "economics.unitCost.codeTaken")
                    : new ConcurrentEditException("unit cost", in.code());
        }
        if (id == null) {
            id = jdbc.sql("insert into unit_cost (code) values (:code) returning id")
                .param("code", in.code())
                .query(Long.class)
                .single();
        }
        try {
            jdbc.sql(
                    """
                            insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore,
                                price_year, actor_kind, actor_service, value_kind, cashable_share, estimate, source, quote, notes,
                                created_by)
                            values (:id, :version, :nameSv, :nameEn, :unitSv, :unitEn, :valueOre, :priceYear, :actorKind,
                                :actorService, :valueKind, :cashableShare, :estimate, :source, :quote, :notes, :by)""")
                .param("id", id)
                .param("version", current + 1)
                .param("nameSv", in.nameSv().strip())
                .param("nameEn", in.nameEn().strip())
                .param("unitSv", in.unitSv().strip())
                .param("unitEn", in.unitEn().strip())
                .param("valueOre", in.valueOre())
                .param("priceYear", in.priceYear())
                .param("actorKind", in.actorKind().name())
                .param("actorService", in.actorService().strip())
                .param("valueKind", in.valueKind().name())
                .param("cashableShare", in.cashableShare())
                .param("estimate", Boolean.TRUE.equals(in.estimate()))
                .param("source", in.source().strip())
                .param("quote", blankToNull(in.quote()))
                .param("notes", blankToNull(in.notes()))
                .param("by", Actor.name())
                .update();
        }
        catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("unit cost", in.code());
        }
        audit.record("economics.unitCostSaved", "unit_cost", id,
                in.code() + " v" + (current + 1) + ": " + in.valueOre() + " öre (" + in.priceYear() + ")");
        return current + 1;
    }

    private static void require(List<String> missing, String field, boolean ok) {
        if (!ok) {
            missing.add(field);
        }
    }

    private static boolean notBlank(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
