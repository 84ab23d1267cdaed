package se.sif.organisation;

import org.jspecify.annotations.Nullable;

/**
 * An organisation with everything its page and the API show and edit: the organisation
 * number ({@link OrganisationNumber}'s form), the principal type and the postal address.
 * An organisation recorded before addresses were kept has none until someone edits it.
 */
public record OrganisationDetails(long id, String name, @Nullable String orgNumber, Organisation.Kind kind,
        @Nullable String street, @Nullable String postcode, @Nullable String town, boolean invented, long version) {
}
