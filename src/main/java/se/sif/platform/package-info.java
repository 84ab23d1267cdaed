/**
 * Platform infrastructure that no domain module calls: the embedded default database, the
 * demo data loader and the resubmission of incomplete event publications. It depends on
 * no domain module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform infrastructure", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package se.sif.platform;
