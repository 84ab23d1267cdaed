package se.sif.decision;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Size;

/** The steering group's endorsement of the proposal, with an optional comment. */
record EndorsementForm(long version, @Size(max = 2000) @Nullable String comment) {
}
