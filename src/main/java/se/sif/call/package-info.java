/**
 * Calls for proposals: title, fund, deadline (Europe/Stockholm) and budget ceiling.
 * Public API: {@link se.sif.call.Calls} and {@link se.sif.call.CallView}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calls",
        allowedDependencies = { "shared", "shared :: web", "audit", "fund", "identity" })
@org.jspecify.annotations.NullMarked
package se.sif.call;
