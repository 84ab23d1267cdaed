package se.sif.economics.calculation;

/**
 * Where a cost comes from; own staff time is the usual co-financing and is a real cost
 * even though no money moves.
 */
public enum CostType {

    CASH_FROM_FUND, STAFF_TIME, IN_KIND

}
