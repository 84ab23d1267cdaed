/**
 * The fund overview: calls, applications per state, money and the investments' indicators
 * on one page and in one API call, composed from the other modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fund overview",
        allowedDependencies = { "fund", "call", "application", "investment", "screening", "decision", "shared",
                "shared :: web" })
@org.jspecify.annotations.NullMarked
package se.sif.overview;
