/**
 * Calls for proposals: title, fund, deadline (Europe/Stockholm) and budget ceiling. Public API:
 * {@link se.sif.call.Calls} and {@link se.sif.call.CallView}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calls", allowedDependencies = {"shared", "shared :: web", "audit", "fund", "identity"})
package se.sif.call;
