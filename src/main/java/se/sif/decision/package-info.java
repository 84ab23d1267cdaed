/**
 * Decisions: the board's grant or rejection with written reasons, conditions, the
 * minutes' paragraph and posting date (from which legal force follows), and a
 * registration number. A grant commits the money in the fund's ledger in the same
 * transaction and announces {@link se.sif.decision.GrantDecided}. Public API:
 * {@link se.sif.decision.Decisions}, {@link se.sif.decision.DecisionView}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions",
        allowedDependencies = { "shared", "shared :: web", "audit", "application", "call", "fund", "identity",
                "organisation" })
@org.jspecify.annotations.NullMarked
package se.sif.decision;
