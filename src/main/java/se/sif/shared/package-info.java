/**
 * Shared kernel: money, errors, registration numbers, web infrastructure and the embedded default
 * database. Every module may use it; it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package se.sif.shared;
