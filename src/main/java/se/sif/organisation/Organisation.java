package se.sif.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A principal (huvudman) or one of its units. {@code orgNumber} is the Swedish
 * organisation number.
 */
public record Organisation(long id, String name, String orgNumber, Kind kind, boolean invented) {

    public enum Kind {

        REGION, REGION_UNIT, MUNICIPALITY, MUNICIPAL_UNIT, OTHER

    }

    /**
     * The org-id.guide identifier (SE-ON-&lt;organisation number&gt;) used by 360Giving
     * and IATI exports.
     */
    public @Nullable String orgId() {
        return orgNumber == null ? null : "SE-ON-" + orgNumber.replace("-", "");
    }
}
