package se.sif.economics.calculation;

/**
 * Whose costs and benefits the totals count; per-actor results are always given for every
 * actor.
 */
public enum Perspective {

    /**
     * Only the actors of the fund owner's organisation: what the owner itself pays and
     * gets back.
     */
    OWNER_ORGANISATION,
    /** Every actor: the socio-economic (samhällsekonomisk) view. */
    SOCIETY;

    boolean includes(Actor actor) {
        return this == SOCIETY || actor.ownerOrganisation();
    }

}
