/**
 * The calculation as a spreadsheet whose results are live formulas. Internal to the
 * {@code economics} module, not a module of its own: it carries no
 * {@code @ApplicationModule}, only the nullness default.
 */
@org.jspecify.annotations.NullMarked
package se.sif.economics.workbook;
