package se.sif.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.shared.NotFoundException;

@Service
@Transactional(readOnly = true)
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> all() {
        return jdbc.sql("select * from organisation order by name").query(Organisation.class).list();
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("select * from organisation where id = :id")
            .param("id", id)
            .query(Organisation.class)
            .optional();
    }

    public Organisation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    public boolean exists(long id) {
        return find(id).isPresent();
    }

    public Map<Long, Organisation> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from organisation where id in (:ids)")
            .param("ids", ids)
            .query(Organisation.class)
            .list()
            .stream()
            .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

}
