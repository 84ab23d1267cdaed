/**
 * Identity and access: users, roles, form login (demo users on the embedded default),
 * OIDC for production, and the security filter chains for pages and the API. Public API:
 * {@link se.sif.identity.Role}, {@link se.sif.identity.CurrentUser},
 * {@link se.sif.identity.Users}, {@link se.sif.identity.Permissions} (what a page may
 * offer).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
@org.jspecify.annotations.NullMarked
package se.sif.identity;
