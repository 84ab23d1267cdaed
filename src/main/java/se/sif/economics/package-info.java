/**
 * Socio-economic calculation (samhällsekonomisk kalkyl). For now the discounting core: present values of
 * yearly costs and benefits at a given real rate, with the year-0 or year-1 convention, exact in
 * BigDecimal. The full model (actors, outcomes, deadweight, uncertainty) builds on it.
 * Public API: {@link se.sif.economics.Discounting}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Economics", allowedDependencies = {"shared"})
package se.sif.economics;
