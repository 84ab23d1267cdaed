package se.sif.economics.calculation;

/**
 * What kind of value a benefit is: FISCAL (a public budget spends less or receives more),
 * ECONOMIC (wider economic gain, e.g. earnings) or SOCIAL (wellbeing). Only fiscal
 * benefits count in an actor's financial ROI.
 */
public enum ValueKind {

    FISCAL, ECONOMIC, SOCIAL

}
