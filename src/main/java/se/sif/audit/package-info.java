/**
 * Audit trail: an append-only record of who did what to which subject, written by every
 * module for decisions, score changes, screening results and postings. Public API:
 * {@link se.sif.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
@org.jspecify.annotations.NullMarked
package se.sif.audit;
