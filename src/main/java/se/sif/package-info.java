/**
 * SIF, a modular monolith: each sub-package is an application module (see
 * ARCHITECTURE.md); this package holds only the application's entry point. Types are
 * non-null unless declared {@code @Nullable}.
 */
@org.jspecify.annotations.NullMarked
package se.sif;
