package se.sif.overview;

import java.util.ArrayList;
import java.util.List;
import se.sif.decision.DecisionFunnel;
import se.sif.screening.RejectionReason;
import se.sif.screening.SiftingFunnel;

/**
 * A call's path from applications to grants on the record (the report's "21 applications
 * became 4 grants"): how many were received, what the sifting did with them, what the
 * decision chain did with the rest, and the money granted. Each number is counted from
 * what the modules recorded, never typed in.
 */
public record CallFunnel(long callId, String callTitle, long received, SiftingFunnel sifting,
        DecisionFunnel decisions) {

    /**
     * One row of the funnel: a stage's key (its label is {@code funnel.stage.<key>}) and
     * its count.
     */
    public record Stage(String key, long count, boolean detail) {
    }

    /** The stages in the order the round runs them, the page's rows and the export's. */
    public List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        stages.add(new Stage("received", received, false));
        stages.add(new Stage("formalPassed", sifting.formalPassed(), false));
        stages.add(new Stage("formalFailed", sifting.formalFailed(), true));
        for (int grade = 1; grade <= 3; grade++) {
            stages.add(new Stage("firstPass" + grade, sifting.firstPass(grade), true));
        }
        stages.add(new Stage("lookedAtAgain", sifting.lookedAtAgain(), false));
        for (int grade = 1; grade <= 3; grade++) {
            stages.add(new Stage("afterSecondPass" + grade, sifting.afterSecondPass(grade), true));
        }
        stages.add(new Stage("rejectedInSifting", sifting.rejected(), false));
        for (RejectionReason reason : RejectionReason.values()) {
            long n = sifting.rejectionReasons().getOrDefault(reason, 0L);
            if (n > 0) {
                stages.add(new Stage("reason." + reason.name(), n, true));
            }
        }
        stages.add(new Stage("awaitingCompletion", sifting.awaitingCompletion(), false));
        stages.add(new Stage("toPanel", sifting.toPanel(), false));
        stages.add(new Stage("proposedGrant", decisions.proposedGrant(), false));
        stages.add(new Stage("proposedRejection", decisions.proposedRejection(), true));
        stages.add(new Stage("endorsed", decisions.endorsed(), false));
        stages.add(new Stage("granted", decisions.granted(), false));
        stages.add(new Stage("rejectedByBoard", decisions.rejected(), false));
        return stages;
    }

}
