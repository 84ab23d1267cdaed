/**
 * Organisations (principals, huvudmän): the region and its units, municipalities and
 * their units, others; each with its organisation number, principal type and address, and
 * the pages and API where officers keep them and where users are invited to them. Public
 * API: {@link se.sif.organisation.Organisations},
 * {@link se.sif.organisation.Organisation},
 * {@link se.sif.organisation.OrganisationDetails} and
 * {@link se.sif.organisation.OrganisationNumber}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations",
        allowedDependencies = { "shared", "shared :: web", "audit", "identity", "notification" })
@org.jspecify.annotations.NullMarked
package se.sif.organisation;
