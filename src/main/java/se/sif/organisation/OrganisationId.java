package se.sif.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of an organisation (a principal, applicant or partner), typed so that it cannot
 * be passed where another module's id is meant (records and commands that carry several
 * ids). Written as the plain number in JSON, so stored events and API documents keep
 * their shape.
 */
public record OrganisationId(@JsonValue long value) {

    @JsonCreator
    public static OrganisationId of(long value) {
        return new OrganisationId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

}
