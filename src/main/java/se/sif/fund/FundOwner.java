package se.sif.fund;

/**
 * Who owns a fund, as its decisions name it: the body that decides (the owner's board,
 * e.g. Regionutvecklingsnämnden) and whether it belongs to a municipality or a region —
 * which decides who may appeal (a member of the municipality or of the region,
 * laglighetsprövning under the Local Government Act, chapter 13). Public: a decision
 * names its body to everyone it is sent to.
 */
public record FundOwner(long organisationId, String name, boolean municipal) {

    /** The message key suffix of the appeal text for this owner. */
    public String appealKind() {
        return municipal ? "municipality" : "region";
    }

}
