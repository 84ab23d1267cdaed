package se.sif.economics.calculation;

/**
 * How a low/likely/high estimate is drawn. PERT (a scaled beta with the mode weighted
 * four times) keeps most draws near the likely value; the triangular gives the extremes
 * more weight, for estimates nobody trusts.
 */
public enum DistributionShape {

    PERT, TRIANGULAR

}
