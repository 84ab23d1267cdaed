package se.sif.fund;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The funds as stored: the fund row with its owner, model and carry-over rule, its
 * co-owners and the focus of each period ({@code fund}, {@code fund_co_owner},
 * {@code fund_focus}). The fund row is also the lock every movement of money takes.
 */
@Repository
class FundRepository {

    /**
     * A fund's own columns; the names of its organisations are the organisation module's.
     */
    record Head(long id, String name, long ownerOrganisationId, String purpose, String economicModel,
            boolean carryOver) {
    }

    private final JdbcClient jdbc;

    FundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the fund's row until the transaction ends, so every check of a balance and
     * the write that depends on it are serialised per fund, also across nodes.
     * @return whether the fund exists
     */
    boolean lock(long fundId) {
        return jdbc.sql("select id from fund where id = :id for update")
            .param("id", fundId)
            .query(Long.class)
            .optional()
            .isPresent();
    }

    List<Long> ids() {
        return jdbc.sql("select id from fund order by id").query(Long.class).list();
    }

    List<FundLedger.FundName> names() {
        return jdbc.sql("select id, name from fund order by id").query(FundLedger.FundName.class).list();
    }

    boolean exists(long fundId) {
        return jdbc.sql("select count(*) from fund where id = :id")
            .param("id", fundId)
            .query(Integer.class)
            .single() > 0;
    }

    Optional<FundLedger.EconomicModel> economicModel(long fundId) {
        return jdbc.sql("select economic_model from fund where id = :id")
            .param("id", fundId)
            .query(String.class)
            .optional()
            .map(FundLedger.EconomicModel::valueOf);
    }

    boolean carriesOver(long fundId) {
        return jdbc.sql("select carry_over from fund where id = :id").param("id", fundId).query(Boolean.class).single();
    }

    Optional<Head> head(long fundId) {
        return jdbc.sql("""
                select id, name, owner_organisation_id, purpose, economic_model, carry_over
                from fund where id = :id""").param("id", fundId).query(Head.class).optional();
    }

    List<Long> coOwnerIds(long fundId) {
        return jdbc.sql("select organisation_id from fund_co_owner where fund_id = :id")
            .param("id", fundId)
            .query(Long.class)
            .list();
    }

    /** The focus of the latest period that has begun by {@code year}. */
    Optional<String> focus(long fundId, int year) {
        return jdbc.sql("""
                select text from fund_focus where fund_id = :id and year_from <= :year
                order by year_to desc, year_from desc limit 1""")
            .param("id", fundId)
            .param("year", year)
            .query(String.class)
            .optional();
    }

    long create(String name, long ownerOrganisationId, String purpose, FundLedger.EconomicModel model,
            boolean carryOver) {
        return jdbc.sql("""
                insert into fund (name, owner_organisation_id, purpose, economic_model, carry_over)
                values (:name, :owner, :purpose, :model, :carry) returning id""")
            .param("name", name)
            .param("owner", ownerOrganisationId)
            .param("purpose", purpose)
            .param("model", model.name())
            .param("carry", carryOver)
            .query(Long.class)
            .single();
    }

    void addCoOwner(long fundId, long organisationId) {
        jdbc.sql("insert into fund_co_owner (fund_id, organisation_id) values (:f, :o)")
            .param("f", fundId)
            .param("o", organisationId)
            .update();
    }

    /** Whether a focus of the fund already covers a year of the period. */
    boolean focusOverlaps(long fundId, int yearFrom, int yearTo) {
        return jdbc.sql("""
                select count(*) > 0 from fund_focus where fund_id = :f and year_from <= :to and year_to >= :from""")
            .param("f", fundId)
            .param("from", yearFrom)
            .param("to", yearTo)
            .query(Boolean.class)
            .single();
    }

    void addFocus(long fundId, int yearFrom, int yearTo, String text) {
        jdbc.sql("insert into fund_focus (fund_id, year_from, year_to, text) values (:f, :from, :to, :text)")
            .param("f", fundId)
            .param("from", yearFrom)
            .param("to", yearTo)
            .param("text", text)
            .update();
    }

}
