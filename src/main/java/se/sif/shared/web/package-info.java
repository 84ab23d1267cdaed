/**
 * Web infrastructure for the modules' controllers: form errors and typed input
 * ({@link se.sif.shared.web.FormErrors}, {@link se.sif.shared.web.Kronor},
 * {@link se.sif.shared.web.Percent}), flash messages, downloads, money formatting in
 * templates, the API's problem+json handler, locale and the OpenAPI description. A
 * module's controllers use it through the named interface {@code shared :: web}.
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package se.sif.shared.web;
