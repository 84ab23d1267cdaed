/**
 * Web infrastructure every module's controllers use: form errors, typed-number parsing, the problem+json
 * handler, locale and downloads. Part of the open {@code shared} module, not a module of its own: it carries
 * no {@code @ApplicationModule}, only the nullness default.
 */
@org.jspecify.annotations.NullMarked
package se.sif.shared.web;
