package se.sif.economics.calculation;

import org.jspecify.annotations.Nullable;

/**
 * A party that bears costs or receives benefits. The same id in two calculations is the
 * same party, which is what lets a portfolio add up what, say, the region pays and gains
 * across all investments.
 *
 * @param ownerOrganisation whether the actor belongs to the fund owner's organisation,
 * which decides what the {@link Perspective#OWNER_ORGANISATION} perspective counts
 */
public record Actor(@Nullable String id, String name, ActorKind kind, boolean ownerOrganisation) {

    public Actor {
        new Checks().notBlank("id", id).notBlank("name", name).notNull("kind", kind).throwIfAny();
    }
}
