package se.sif.decision;

/**
 * What the decision page offers the signed-in user, decided by the services rather than
 * by role names in the template.
 */
final class DecisionPage {

    private DecisionPage() {
    }

    /**
     * @param propose the working group may (re)write the proposal
     * @param endorse the steering group may endorse it
     * @param decide the signed-in user is the board, who decides
     * @param readyForDecision the proposal is endorsed, so the board may decide now
     */
    record Capabilities(boolean propose, boolean endorse, boolean decide, boolean readyForDecision) {
    }

}
