/**
 * The fund's money: funds, their owners and economic model, and the ledger of immutable postings
 * (appropriated, committed, expired) from which every balance is derived. Public API:
 * {@link se.sif.fund.FundLedger}, {@link se.sif.fund.FundSummary}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fund and money", allowedDependencies = {"shared", "audit", "organisation"})
package se.sif.fund;
