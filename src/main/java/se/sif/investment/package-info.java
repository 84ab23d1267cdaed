/**
 * Follow-up of granted investments: project leader, indicators with baseline and target,
 * and reported values — aggregates only, never about groups smaller than five (GDPR). An
 * investment is created when the board grants money
 * ({@link se.sif.decision.GrantDecided}). Under pay-for-success, an outcomes contract
 * prices verified outcome units of the investment's indicators and pays them from the
 * grant. Public API: {@link se.sif.investment.Investments},
 * {@link se.sif.investment.OutcomesContracts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investments and follow-up",
        allowedDependencies = { "shared", "shared :: web", "audit", "application", "decision", "identity",
                "organisation", "fund" })
@org.jspecify.annotations.NullMarked
package se.sif.investment;
