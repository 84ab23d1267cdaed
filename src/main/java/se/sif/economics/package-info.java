/**
 * Socio-economic calculation (samhällsekonomisk kalkyl): who pays, who gains, when, and
 * how sure we are. The calculation core ({@code calculation}, plain Java without Spring
 * or a database) computes present values per actor, ROI, payback, break-even, switching
 * values, the tornado and Monte Carlo. Around it: versioned calculations per application
 * and investment ({@link se.sif.economics.Calculations}), the unit-cost library
 * ({@link se.sif.economics.UnitCosts}), versioned parameter sets
 * ({@link se.sif.economics.ParameterSets}), the editor pages, the API, the spreadsheet
 * export with live formulas, realised (ex-post) versions from measured indicators,
 * repayment plans proposed from expected cashable savings and portfolio totals per actor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Economics",
        allowedDependencies = { "shared", "shared :: web", "audit", "identity", "application", "assessment",
                "investment", "organisation", "fund", "jobs" })
@org.jspecify.annotations.NullMarked
package se.sif.economics;
