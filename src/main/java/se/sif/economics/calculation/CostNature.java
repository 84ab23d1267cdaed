package se.sif.economics.calculation;

/**
 * Capital or revenue (operating) expenditure, kept apart because budgets and
 * optimism-bias practice treat them apart.
 */
public enum CostNature {

    CAPITAL, REVENUE

}
