package se.sif.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.identity.Accounts;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;
import se.sif.shared.NotFoundException;

/**
 * The organisations: lookups for every module, and the register officers and
 * administrators keep (number, principal type, address). Who sees an organisation's page
 * is {@link Accounts#mayRead}'s rule, the same that says who sees its users.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

    static final int MAX_NAME = 200;

    static final int MAX_STREET = 200;

    static final int MAX_TOWN = 100;

    private final OrganisationRepository repository;

    private final Accounts accounts;

    private final AuditTrail audit;

    Organisations(OrganisationRepository repository, Accounts accounts, AuditTrail audit) {
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * What the organisation list can be narrowed to: words in name, number or town; a
     * type.
     */
    public record Filter(@Nullable String text, Organisation.@Nullable Kind kind) {
    }

    /** The list's sort keys. */
    public static final java.util.Set<String> SORTS = OrganisationRepository.SORT_COLUMNS.keySet();

    /** An organisation as typed (page) or sent (API), before the rules have read it. */
    public record Input(@Nullable String name, @Nullable String orgNumber, Organisation.@Nullable Kind kind,
            @Nullable String street, @Nullable String postcode, @Nullable String town) {
    }

    /** An organisation the rules have read: a checked number, a normalised postcode. */
    record Checked(String name, OrganisationNumber number, Organisation.Kind kind, String street, String postcode,
            String town) {
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public ListPage<OrganisationDetails> list(Filter filter, ListQuery asked) {
        ListQuery query = asked.sortedBy(SORTS, "name", false);
        return new ListPage<>(repository.findPage(filter, query), repository.countMatching(filter), query);
    }

    /**
     * One organisation with its address, for officers and administrators, and for the
     * organisation's own applicants; to anyone else it does not exist.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'APPLICANT')")
    public OrganisationDetails details(long id) {
        if (!accounts.mayRead(id)) {
            throw new NotFoundException("organisation", id);
        }
        return repository.details(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public long create(Input input) {
        Checked checked = check(input, null);
        long id = repository.insert(checked);
        audit.record("organisation.created", "organisation", id, checked.name() + " " + checked.number());
        return id;
    }

    /**
     * Saves the organisation as typed, unless someone else saved it since
     * {@code expectedVersion}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public void update(long id, long expectedVersion, Input input) {
        repository.details(id).orElseThrow(() -> new NotFoundException("organisation", id));
        Checked checked = check(input, id);
        if (!repository.update(id, expectedVersion, checked)) {
            throw new ConcurrentEditException("organisation", id);
        }
        audit.record("organisation.updated", "organisation", id, checked.name() + " " + checked.number());
    }

    /** Every rule at once, each beside its field; the postcode is kept as NNN NN. */
    private Checked check(Input input, @Nullable Long id) {
        DomainException.Violations violations = new DomainException.Violations();
        String name = strip(input.name());
        if (name.isEmpty()) {
            violations.add("name", "organisation.error.nameRequired");
        }
        else if (name.length() > MAX_NAME) {
            violations.add("name", "organisation.error.nameLength", MAX_NAME);
        }
        else if (repository.nameTaken(name, id)) {
            violations.add("name", "organisation.error.nameTaken");
        }
        OrganisationNumber number = null;
        if (strip(input.orgNumber()).isEmpty()) {
            violations.add("orgNumber", "organisation.error.numberRequired");
        }
        else {
            number = OrganisationNumber.parse(input.orgNumber()).orElse(null);
            if (number == null) {
                violations.add("orgNumber", "organisation.error.number");
            }
        }
        if (input.kind() == null) {
            violations.add("kind", "organisation.error.kindRequired");
        }
        String street = strip(input.street());
        if (street.isEmpty()) {
            violations.add("street", "organisation.error.streetRequired");
        }
        else if (street.length() > MAX_STREET) {
            violations.add("street", "organisation.error.streetLength", MAX_STREET);
        }
        String postcode = postcode(input.postcode());
        if (strip(input.postcode()).isEmpty()) {
            violations.add("postcode", "organisation.error.postcodeRequired");
        }
        else if (postcode == null) {
            violations.add("postcode", "organisation.error.postcode");
        }
        String town = strip(input.town());
        if (town.isEmpty()) {
            violations.add("town", "organisation.error.townRequired");
        }
        else if (town.length() > MAX_TOWN) {
            violations.add("town", "organisation.error.townLength", MAX_TOWN);
        }
        violations.throwIfAny();
        return new Checked(name, java.util.Objects.requireNonNull(number),
                java.util.Objects.requireNonNull(input.kind()), street, java.util.Objects.requireNonNull(postcode),
                town);
    }

    /**
     * A Swedish postcode as NNN NN, whether typed with the space or without; else null.
     */
    static @Nullable String postcode(@Nullable String typed) {
        String digits = strip(typed).replace(" ", "");
        return digits.matches("[0-9]{5}") ? digits.substring(0, 3) + " " + digits.substring(3) : null;
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
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
