/**
 * Screening (första sållning): the formal check and the triage grade 1/2/3 by the
 * operative working group, recorded as two results, with the outcome (to the panel,
 * completion request, rejection with reasons from the standard list). Public API:
 * {@link se.sif.screening.Screenings}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening",
        allowedDependencies = { "shared", "shared :: web", "audit", "application", "identity", "organisation", "call",
                "fund", "notification" })
@org.jspecify.annotations.NullMarked
package se.sif.screening;
