package se.sif.decision;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.sif.shared.web.Kronor;

/**
 * The working group's proposal as typed on the decision page; {@code version} is empty
 * for the first one.
 */
record ProposalForm(@Nullable Long version,
        @NotNull(message = "{proposal.error.form}") @Nullable DecisionOutcome recommendation,
        @Kronor @Nullable Long amount, @Size(max = 8000) @Nullable String reasons) {

    static ProposalForm of(@Nullable Proposal proposal) {
        return proposal == null ? new ProposalForm(null, null, null, null)
                : new ProposalForm(proposal.version(), null, null, null);
    }

    boolean grant() {
        return recommendation == DecisionOutcome.GRANTED;
    }
}
