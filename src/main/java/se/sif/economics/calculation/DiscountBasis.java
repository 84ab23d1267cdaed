package se.sif.economics.calculation;

/**
 * Which discount schedule a benefit uses: health effects are discounted at the lower
 * health rate (Green Book).
 */
public enum DiscountBasis {

    STANDARD, HEALTH

}
