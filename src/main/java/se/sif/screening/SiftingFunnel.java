package se.sif.screening;

import java.util.Map;

/**
 * What the sifting did with a set of applications (a call's), as counts: how many it
 * looked at, how many passed the formal check, the grades 1/2/3 of the first pass (the
 * working group's agreed grade in pass 1, or the screening's grade where the group did
 * not record passes), how many were looked at again in a second pass, the grades after it
 * (the screening's), and the outcome: to the panel, waiting for a completion, or rejected
 * with each standard reason counted.
 */
public record SiftingFunnel(long screened, long formalPassed, long formalFailed, Map<Integer, Long> firstPass,
        long lookedAtAgain, Map<Integer, Long> afterSecondPass, long toPanel, long awaitingCompletion, long rejected,
        Map<RejectionReason, Long> rejectionReasons) {

    public long firstPass(int grade) {
        return firstPass.getOrDefault(grade, 0L);
    }

    public long afterSecondPass(int grade) {
        return afterSecondPass.getOrDefault(grade, 0L);
    }

}
