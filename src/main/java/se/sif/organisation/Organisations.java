package se.sif.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.shared.NotFoundException;

@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository repository;

    Organisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    public List<Organisation> all() {
        return repository.all();
    }

    public Optional<Organisation> find(long id) {
        return repository.find(id);
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
        return repository.byIds(ids).stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    /**
     * The names of the given organisations by id, for modules that show a list of other
     * things with an organisation's name beside each (one query for the whole list).
     */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.byIds(ids).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

}
