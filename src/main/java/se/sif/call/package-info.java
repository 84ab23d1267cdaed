/**
 * Calls for proposals as versioned data: a call is built as a draft, published, open
 * between its opening and closing time (Europe/Stockholm), closed and archived; each
 * saved content ({@link se.sif.call.CallContent}: texts, amounts, project period,
 * eligibility rules) is a version an application keeps. Public API:
 * {@link se.sif.call.Calls}, {@link se.sif.call.CallView},
 * {@link se.sif.call.CallContent}, {@link se.sif.call.CallStatus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calls",
        allowedDependencies = { "shared", "shared :: web", "audit", "fund", "identity", "organisation",
                "notification" })
@org.jspecify.annotations.NullMarked
package se.sif.call;
