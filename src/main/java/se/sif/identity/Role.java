package se.sif.identity;

/**
 * The roles of DOMAIN.md. Spring Security sees them as authorities {@code ROLE_<name>}.
 */
public enum Role {

    /** Operative working group: runs calls, screening and follow-up. */
    OFFICER,
    /** Member of the assessment panel. */
    ASSESSOR,
    /** Steering group: reviews the panel's proposal before the board decides. */
    STEERING,
    /** Board secretary: records the board's political decisions and appropriations. */
    BOARD,
    /** Applicant: writes applications for its own organisation. */
    APPLICANT,
    /** Project leader of a granted investment: reports indicator values. */
    PROJECT_LEADER,
    /** Administrator: users, organisations and the audit trail. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public org.springframework.security.core.authority.SimpleGrantedAuthority grantedAuthority() {
        return new org.springframework.security.core.authority.SimpleGrantedAuthority(authority());
    }

}
