package se.sif.fund;

import java.time.Instant;

/** One immutable ledger row. Corrections are new postings that reverse an earlier one. */
public record Posting(long id, long fundId, int fiscalYear, String account, long amountOre, String grantReference,
                      String registrationNumber, String description, String recordedBy, Instant recordedAt,
                      Long reversesId) {
}
