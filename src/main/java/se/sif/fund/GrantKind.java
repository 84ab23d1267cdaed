package se.sif.fund;

/**
 * A grant after a board decision, or a pre-study grant decided within the fund;
 * {@code fund_grant.kind}.
 */
public enum GrantKind {

    GRANT, PRE_STUDY

}
