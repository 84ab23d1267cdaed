package se.sif.economics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.DiscountingParameters;
import se.sif.economics.calculation.OptimismBiasTable;
import se.sif.economics.calculation.PriceIndex;
import se.sif.shared.Actor;
import se.sif.shared.DomainException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned parameter sets a calculation names: discounting schedules, optimism-bias
 * tables and CPI series. Rows never change (a database trigger refuses it), so they are
 * cached per node without invalidation; a new figure is a new version. The built-in sets
 * are written on start-up if missing, by whichever node gets there first
 * ({@code on conflict do nothing}).
 */
@Service
public class ParameterSets {

    public enum Kind {

        DISCOUNTING, OPTIMISM_BIAS, PRICE_INDEX

    }

    public record ParameterSet(Kind kind, String version, String description) {
    }

    /**
     * SCB, Konsumentprisindex (1980=100), fastställda tal, årsmedel 2006–2023. 2024 had
     * only three months when the table was read, so it is not in this version; a later
     * series is a new version.
     */
    static final PriceIndex SCB_KPI = new PriceIndex("scb-kpi-1980-100-2023",
            Map.ofEntries(Map.entry(2006, 284.22), Map.entry(2007, 290.51), Map.entry(2008, 300.61),
                    Map.entry(2009, 299.66), Map.entry(2010, 303.46), Map.entry(2011, 311.43), Map.entry(2012, 314.20),
                    Map.entry(2013, 314.06), Map.entry(2014, 313.49), Map.entry(2015, 313.35), Map.entry(2016, 316.43),
                    Map.entry(2017, 322.11), Map.entry(2018, 328.40), Map.entry(2019, 334.26), Map.entry(2020, 335.92),
                    Map.entry(2021, 343.19), Map.entry(2022, 371.91), Map.entry(2023, 403.70)));

    static final String SCB_KPI_SOURCE = "SCB, Konsumentprisindex (1980=100), fastställda tal, årsmedel 2006–2023 "
            + "(https://www.scb.se/hitta-statistik/statistik-efter-amne/priser-och-konsumtion/konsumentprisindex/"
            + "konsumentprisindex-kpi/pong/tabell-och-diagram/konsumentprisindex-kpi/kpi-faststallda-tal-1980100/)";

    private final ParameterSetRepository repository;

    private final JsonMapper json;

    private final AuditTrail audit;

    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    ParameterSets(ParameterSetRepository repository, JsonMapper json, AuditTrail audit) {
        this.repository = repository;
        this.json = json;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void ensureBuiltIns() {
        insertIfMissing(Kind.DISCOUNTING, DiscountingParameters.DEFAULT.version(),
                "3.5 % real, constant (ASEK; HM Treasury Green Book); health 1.5 %; year 0 undiscounted",
                DiscountingParameters.DEFAULT);
        insertIfMissing(Kind.DISCOUNTING, DiscountingParameters.GREEN_BOOK_DECLINING.version(),
                "HM Treasury Green Book declining schedule: 3.5 % years 0–30, 3.0 % 31–75, 2.5 % 76–125, 2.0 % 126–200, "
                        + "1.5 % 201–300, 1.0 % after; health schedule 1.5 % declining likewise",
                DiscountingParameters.GREEN_BOOK_DECLINING);
        insertIfMissing(Kind.OPTIMISM_BIAS, OptimismBiasTable.DEFAULT.version(),
                "SIF default: grade 0 (audited outturn) no correction … grade 5 (unsupported estimate) costs +40 %, "
                        + "benefits −40 %. A configurable default, not a published table.",
                OptimismBiasTable.DEFAULT);
        insertIfMissing(Kind.OPTIMISM_BIAS, OptimismBiasTable.NONE.version(),
                "No correction (to see uncorrected figures)", OptimismBiasTable.NONE);
        insertIfMissing(Kind.PRICE_INDEX, SCB_KPI.version(), SCB_KPI_SOURCE, SCB_KPI);
    }

    private void insertIfMissing(Kind kind, String version, String description, Object body) {
        repository.insertBuiltInIfMissing(kind, version, description, json.writeValueAsString(body));
    }

    public List<ParameterSet> all(Kind kind) {
        return repository.all(kind);
    }

    /**
     * Adds a new version of a set (the body is checked by parsing it into the core's
     * record).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public void add(Kind kind, String version, @Nullable String description, String body) {
        Object parsed;
        try {
            parsed = json.readValue(body, type(kind));
        }
        catch (RuntimeException e) {
            throw DomainException.onField("body", "economics.parameterSet.unreadable");
        }
        insert(kind, version, description, parsed);
    }

    /**
     * Adds a new optimism-bias table, e.g. from the page where officials keep the fund's
     * own.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public void addOptimismBias(OptimismBiasTable table, @Nullable String description) {
        insert(Kind.OPTIMISM_BIAS, table.version(), description, table);
    }

    private void insert(Kind kind, String version, String description, Object parsed) {
        if (version == null || version.isBlank() || !version.equals(versionOf(parsed))) {
            throw DomainException.onField("version", "economics.parameterSet.versionMismatch");
        }
        if (!repository.insert(kind, version, description == null ? "" : description.strip(),
                json.writeValueAsString(parsed), Actor.name())) {
            throw DomainException.onField("version", "economics.parameterSet.versionTaken");
        }
        audit.record("economics.parameterSetAdded", "parameter_set", null, kind + " " + version);
    }

    public DiscountingParameters discounting(String version) {
        return load(Kind.DISCOUNTING, version == null ? DiscountingParameters.DEFAULT.version() : version,
                "discountingVersion", DiscountingParameters.class);
    }

    public OptimismBiasTable optimismBias(String version) {
        return load(Kind.OPTIMISM_BIAS, version == null ? OptimismBiasTable.DEFAULT.version() : version,
                "optimismBiasVersion", OptimismBiasTable.class);
    }

    public PriceIndex priceIndex(String version) {
        return version == null || version.equals(PriceIndex.NONE.version()) ? PriceIndex.NONE
                : load(Kind.PRICE_INDEX, version, "priceIndexVersion", PriceIndex.class);
    }

    private <T> T load(Kind kind, String version, String field, Class<T> type) {
        Object found = cache.computeIfAbsent(kind + "/" + version,
                key -> repository.body(kind, version).map(body -> json.readValue(body, type)).orElse(null));
        if (found == null) {
            throw new CalculationInputException(field, "unknown parameter set '" + version + "'");
        }
        return type.cast(found);
    }

    private static Class<?> type(Kind kind) {
        return switch (kind) {
            case DISCOUNTING -> DiscountingParameters.class;
            case OPTIMISM_BIAS -> OptimismBiasTable.class;
            case PRICE_INDEX -> PriceIndex.class;
        };
    }

    private static @Nullable String versionOf(Object parsed) {
        if (parsed instanceof DiscountingParameters d) {
            return d.version();
        }
        if (parsed instanceof OptimismBiasTable o) {
            return o.version();
        }
        return parsed instanceof PriceIndex p ? p.version() : null;
    }

}
