package se.sif.economics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sif.economics.UnitCosts.UnitCostView;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.ValueKind;

/**
 * The unit-cost library as stored: a code ({@code unit_cost}) and its versions
 * ({@code unit_cost_version}), appended and never changed.
 */
@Repository
class UnitCostRepository {

    /** A version to append, as checked and tidied by the service. */
    record NewVersion(String nameSv, String nameEn, String unitSv, String unitEn, long valueOre, int priceYear,
            ActorKind actorKind, String actorService, ValueKind valueKind, BigDecimal cashableShare, boolean estimate,
            String source, @Nullable String quote, @Nullable String notes) {
    }

    private static final String SELECT = """
            select u.code, v.version, v.name_sv, v.name_en, v.unit_sv, v.unit_en, v.value_ore, v.price_year, v.actor_kind,
                   v.actor_service, v.value_kind, v.cashable_share, v.estimate, v.source, v.quote, v.notes, v.created_by,
                   v.created_at
            from unit_cost u join unit_cost_version v on v.unit_cost_id = u.id""";

    private final JdbcClient jdbc;

    UnitCostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version of every unit cost. */
    List<UnitCostView> current() {
        return jdbc
            .sql(SELECT
                    + " where v.version = (select max(version) from unit_cost_version w where w.unit_cost_id = u.id)"
                    + " order by v.actor_kind, v.actor_service, u.code")
            .query(UnitCostView.class)
            .list();
    }

    /** Every version of a code, the latest first; empty for an unknown code. */
    List<UnitCostView> history(String code) {
        return jdbc.sql(SELECT + " where u.code = :code order by v.version desc")
            .param("code", code)
            .query(UnitCostView.class)
            .list();
    }

    Optional<UnitCostView> latest(String code) {
        return jdbc.sql(SELECT + " where u.code = :code order by v.version desc limit 1")
            .param("code", code)
            .query(UnitCostView.class)
            .optional();
    }

    Optional<UnitCostView> version(String code, int version) {
        return jdbc.sql(SELECT + " where u.code = :code and v.version = :version")
            .param("code", code)
            .param("version", version)
            .query(UnitCostView.class)
            .optional();
    }

    Optional<Long> idOf(String code) {
        return jdbc.sql("select id from unit_cost where code = :code").param("code", code).query(Long.class).optional();
    }

    /** The number of the latest version of a stored code. */
    int currentVersion(long id) {
        return jdbc.sql("select max(version) from unit_cost_version where unit_cost_id = :id")
            .param("id", id)
            .query(Integer.class)
            .single();
    }

    long insertCode(String code) {
        return jdbc.sql("insert into unit_cost (code) values (:code) returning id")
            .param("code", code)
            .query(Long.class)
            .single();
    }

    /**
     * Appends a version.
     * @return false when that version number was written already (someone saved in
     * between)
     */
    boolean insertVersion(long id, int version, NewVersion v, String createdBy) {
        try {
            jdbc.sql(
                    """
                            insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore,
                                price_year, actor_kind, actor_service, value_kind, cashable_share, estimate, source, quote, notes,
                                created_by)
                            values (:id, :version, :nameSv, :nameEn, :unitSv, :unitEn, :valueOre, :priceYear, :actorKind,
                                :actorService, :valueKind, :cashableShare, :estimate, :source, :quote, :notes, :by)""")
                .param("id", id)
                .param("version", version)
                .param("nameSv", v.nameSv())
                .param("nameEn", v.nameEn())
                .param("unitSv", v.unitSv())
                .param("unitEn", v.unitEn())
                .param("valueOre", v.valueOre())
                .param("priceYear", v.priceYear())
                .param("actorKind", v.actorKind().name())
                .param("actorService", v.actorService())
                .param("valueKind", v.valueKind().name())
                .param("cashableShare", v.cashableShare())
                .param("estimate", v.estimate())
                .param("source", v.source())
                .param("quote", v.quote())
                .param("notes", v.notes())
                .param("by", createdBy)
                .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

}
