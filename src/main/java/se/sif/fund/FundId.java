package se.sif.fund;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a fund, typed so that it cannot be passed where another module's id is meant
 * (records and commands that carry several ids). Written as the plain number in JSON, so
 * stored events and API documents keep their shape.
 */
public record FundId(@JsonValue long value) {

    @JsonCreator
    public static FundId of(long value) {
        return new FundId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

}
