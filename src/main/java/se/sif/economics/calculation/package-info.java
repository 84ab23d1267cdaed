/**
 * The calculation core: plain Java without Spring or a database, benchmarked with JMH.
 * Internal to the {@code economics} module, not a module of its own: it carries no
 * {@code @ApplicationModule}, only the nullness default.
 */
@org.jspecify.annotations.NullMarked
package se.sif.economics.calculation;
