/**
 * Organisations (principals, huvudmän): the region and its units, municipalities and
 * their units, others. Public API: {@link se.sif.organisation.Organisations} and
 * {@link se.sif.organisation.Organisation}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
@org.jspecify.annotations.NullMarked
package se.sif.organisation;
