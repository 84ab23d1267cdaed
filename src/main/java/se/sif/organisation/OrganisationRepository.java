package se.sif.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The principals, applicants and partners as stored ({@code organisation}). */
@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organisation> all() {
        return jdbc.sql("select * from organisation order by name").query(Organisation.class).list();
    }

    Optional<Organisation> find(long id) {
        return jdbc.sql("select * from organisation where id = :id")
            .param("id", id)
            .query(Organisation.class)
            .optional();
    }

    List<Organisation> byIds(Collection<Long> ids) {
        return jdbc.sql("select * from organisation where id in (:ids)")
            .param("ids", ids)
            .query(Organisation.class)
            .list();
    }

    private static final String DETAILS = """
            select id, name, org_number, kind, street, postcode, town, invented, version from organisation""";

    /** The list's sort keys and their columns. */
    static final Map<String, String> SORT_COLUMNS = Map.of("name", "lower(name)", "number", "org_number", "kind",
            "kind", "town", "lower(town)");

    Optional<OrganisationDetails> details(long id) {
        return jdbc.sql(DETAILS + " where id = :id").param("id", id).query(OrganisationDetails.class).optional();
    }

    long countMatching(Organisations.Filter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from organisation" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    }

    List<OrganisationDetails> findPage(Organisations.Filter filter, se.sif.shared.ListQuery query) {
        Where where = where(filter);
        return jdbc
            .sql(DETAILS + where.sql() + " order by " + query.orderBy(SORT_COLUMNS, "id")
                    + " limit :limit offset :offset")
            .params(where.params())
            .param("limit", query.pageSize())
            .param("offset", query.offset())
            .query(OrganisationDetails.class)
            .list();
    }

    /**
     * Whether another organisation has this name (names are unique, whatever the case).
     */
    boolean nameTaken(String name, @Nullable Long exceptId) {
        return jdbc.sql("select exists (select 1 from organisation where lower(name) = lower(:name) and id <> :except)")
            .param("name", name)
            .param("except", exceptId == null ? -1L : exceptId)
            .query(Boolean.class)
            .single();
    }

    long insert(Organisations.Checked o) {
        return jdbc.sql("""
                insert into organisation (name, org_number, kind, street, postcode, town)
                values (:name, :number, :kind, :street, :postcode, :town) returning id""")
            .param("name", o.name())
            .param("number", o.number().value())
            .param("kind", o.kind().name())
            .param("street", o.street())
            .param("postcode", o.postcode())
            .param("town", o.town())
            .query(Long.class)
            .single();
    }

    /**
     * False when someone else changed the organisation since {@code version} was read.
     */
    boolean update(long id, long version, Organisations.Checked o) {
        return jdbc.sql("""
                update organisation set name = :name, org_number = :number, kind = :kind, street = :street,
                       postcode = :postcode, town = :town, version = version + 1
                where id = :id and version = :version""")
            .param("id", id)
            .param("version", version)
            .param("name", o.name())
            .param("number", o.number().value())
            .param("kind", o.kind().name())
            .param("street", o.street())
            .param("postcode", o.postcode())
            .param("town", o.town())
            .update() == 1;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Organisations.Filter filter) {
        StringBuilder sql = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (name ilike :text or org_number ilike :text or town ilike :text)");
            params.put("text",
                    "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Where(sql.toString(), params);
    }

}
