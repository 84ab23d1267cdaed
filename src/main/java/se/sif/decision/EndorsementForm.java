package se.sif.decision;

import jakarta.validation.constraints.Size;

/** The steering group's endorsement of the proposal, with an optional comment. */
record EndorsementForm(long version, @Size(max = 2000) String comment) {
}
