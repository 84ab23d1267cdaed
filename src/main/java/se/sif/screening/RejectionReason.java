package se.sif.screening;

/** The report's standard list of reasons for a written rejection. */
public enum RejectionReason {

    BUDGET, IMPLEMENTATION_GUIDELINES, SOCIO_ECONOMIC_CALCULATION, OWNERSHIP, INDICATORS, IMPLEMENTATION_PLAN,
    CO_APPLICANTS, FOLLOW_UP, UNCLEAR_TARGET_GROUP

}
