package se.sif.economics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    private final UnitCostRepository repository;

    private final AuditTrail audit;

    UnitCosts(UnitCostRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The current version of every unit cost. */
    public List<UnitCostView> current() {
        return repository.current();
    }

    public List<UnitCostView> history(String code) {
        List<UnitCostView> versions = repository.history(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("unit cost", code);
        }
        return versions;
    }

    public Optional<UnitCostView> latest(String code) {
        return repository.latest(code);
    }

    public Optional<UnitCostView> version(String code, int version) {
        return repository.version(code, version);
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
        Long id = repository.idOf(in.code()).orElse(null);
        int current = id == null ? 0 : repository.currentVersion(id);
        if ((in.expectedVersion() == null ? 0 : in.expectedVersion()) != current) {
            throw id != null && in.expectedVersion() == null
                    ? DomainException.onField("code", "economics.unitCost.codeTaken")
                    : new ConcurrentEditException("unit cost", in.code());
        }
        if (id == null) {
            id = repository.insertCode(in.code());
        }
        if (!repository.insertVersion(id, current + 1,
                new UnitCostRepository.NewVersion(in.nameSv().strip(), in.nameEn().strip(), in.unitSv().strip(),
                        in.unitEn().strip(), in.valueOre(), in.priceYear(), in.actorKind(), in.actorService().strip(),
                        in.valueKind(), in.cashableShare(), Boolean.TRUE.equals(in.estimate()), in.source().strip(),
                        blankToNull(in.quote()), blankToNull(in.notes())),
                Actor.name())) {
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
