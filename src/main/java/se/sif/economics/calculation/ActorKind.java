package se.sif.economics.calculation;

/**
 * Who an actor is, so that gains can be summed per level of government across
 * calculations.
 */
public enum ActorKind {

    MUNICIPALITY_BOARD, REGION, STATE, INDIVIDUAL, OTHER

}
