/**
 * The signed-in person's start page and the navigation: one definition of what each role
 * reaches from the menu and the start page ({@link se.sif.inbox.Navigation}), and the
 * work inbox, which asks each module what waits for this person (each module answers from
 * its own tables through its public API) and composes the answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work inbox and navigation", allowedDependencies = {
        "shared", "identity", "application", "screening", "assessment", "decision", "fund", "investment" })
package se.sif.inbox;
