/**
 * The embedded default database and the demo data loader. Part of the open {@code shared} module, not a
 * module of its own: it carries no {@code @ApplicationModule}, only the nullness default.
 */
@org.jspecify.annotations.NullMarked
package se.sif.shared.db;
