package se.sif.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

}
