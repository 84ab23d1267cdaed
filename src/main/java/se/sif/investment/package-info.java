/**
 * Follow-up of granted investments: project leader, indicators with baseline and target, and reported
 * values — aggregates only, never about groups smaller than five (GDPR). An investment is created when
 * the board grants money ({@link se.sif.decision.GrantDecided}). Public API: {@link se.sif.investment.Investments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investments and follow-up", allowedDependencies = {"shared", "audit", "decision", "identity", "organisation"})
package se.sif.investment;
