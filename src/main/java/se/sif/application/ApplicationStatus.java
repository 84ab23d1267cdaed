package se.sif.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * The application's state, and the legal moves between states: each step of the lifecycle
 * (the applicant's submission, the working group's screening, the board's decision) may
 * move an application only from the states it starts from to the states it leads to.
 * {@link Applications} asks this table before it writes a new state.
 */
public enum ApplicationStatus {

    DRAFT, SUBMITTED, COMPLETION_REQUESTED, IN_ASSESSMENT, REJECTED, GRANTED;

    /** Who moves an application on. */
    public enum Step {

        /** The applicant submits a draft or answers a completion request. */
        SUBMIT(EnumSet.of(DRAFT, COMPLETION_REQUESTED), EnumSet.of(SUBMITTED)),
        /**
         * The working group screens a submitted application, or revises its screening
         * while the panel has it.
         */
        SCREEN(EnumSet.of(SUBMITTED, IN_ASSESSMENT), EnumSet.of(IN_ASSESSMENT, COMPLETION_REQUESTED, REJECTED)),
        /** The board grants or rejects an application the panel has assessed. */
        DECIDE(EnumSet.of(IN_ASSESSMENT), EnumSet.of(GRANTED, REJECTED));

        private final Set<ApplicationStatus> from;

        private final Set<ApplicationStatus> to;

        Step(Set<ApplicationStatus> from, Set<ApplicationStatus> to) {
            this.from = from;
            this.to = to;
        }

        /** The states this step may lead to. */
        public Set<ApplicationStatus> leadsTo() {
            return EnumSet.copyOf(to);
        }

    }

    public boolean editableByApplicant() {
        return this == DRAFT || this == COMPLETION_REQUESTED;
    }

    /** Whether the step may start from this state at all. */
    public boolean allows(Step step) {
        return step.from.contains(this);
    }

    /** Whether the step may move an application from this state to {@code next}. */
    public boolean canMoveTo(ApplicationStatus next, Step step) {
        return allows(step) && step.to.contains(next);
    }

}
