/**
 * Applications: drafting, co-applicants, submission before the call's deadline, and the
 * application's state through the lifecycle (screening and decision move it on through
 * this module's API). Public API: {@link se.sif.application.Applications},
 * {@link se.sif.application.ApplicationView},
 * {@link se.sif.application.ApplicationStatus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications",
        allowedDependencies = { "shared", "shared :: web", "audit", "call", "organisation", "identity",
                "notification" })
@org.jspecify.annotations.NullMarked
package se.sif.application;
