/**
 * The fund's money: funds, their owners and economic model, the double-entry ledger of
 * immutable transactions (appropriation, commitment, disbursement, decommitment, expiry,
 * carry-over, reversal) from which every balance is derived, grants with payment
 * schedules, and the year-end close. Public API: {@link se.sif.fund.FundLedger},
 * {@link se.sif.fund.Grants}, {@link se.sif.fund.FundSummary}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fund and money",
        allowedDependencies = { "shared", "shared :: web", "audit", "organisation", "identity" })
@org.jspecify.annotations.NullMarked
package se.sif.fund;
