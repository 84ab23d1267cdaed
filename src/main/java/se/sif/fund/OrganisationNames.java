package se.sif.fund;

import java.util.Collection;
import java.util.Map;
import se.sif.organisation.Organisations;

/**
 * Organisations' names by id. Names belong to the organisation module: a service passes
 * this lookup to its repository, which asks it once for a whole list.
 */
@FunctionalInterface
interface OrganisationNames {

    Map<Long, String> of(Collection<Long> organisationIds);

    static OrganisationNames of(Organisations organisations) {
        return organisations::names;
    }

}
