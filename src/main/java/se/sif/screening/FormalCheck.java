package se.sif.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.sif.application.ApplicationView;
import se.sif.organisation.Organisation;

/**
 * The automatic part of the formal check, which an officer confirms: the call's formal
 * requirements, and signs that an application is thin even though every field is filled
 * in — the weakness the report saw in the first sifting. Each finding names a rule and
 * whether it is met.
 */
public record FormalCheck(List<Finding> findings) {

    /** Fewer words than this in a key field is worth a second look. */
    static final int THIN_WORDS = 25;

    /**
     * The report's investments were 2–3 years; longer is not ruled out, but is worth a
     * question.
     */
    static final int LONGEST_YEARS = 3;

    public record Finding(String rule, boolean met, Object... arguments) {
    }

    public boolean allMet() {
        return findings.stream().allMatch(Finding::met);
    }

    static FormalCheck of(ApplicationView application, List<Organisation> principals, long budgetCeilingOre) {
        List<Finding> findings = new ArrayList<>();
        Set<Organisation.Kind> kinds = principals.stream()
            .map(Organisation::kind)
            .collect(java.util.stream.Collectors.toSet());
        boolean region = kinds.contains(Organisation.Kind.REGION) || kinds.contains(Organisation.Kind.REGION_UNIT);
        boolean municipality = kinds.contains(Organisation.Kind.MUNICIPALITY)
                || kinds.contains(Organisation.Kind.MUNICIPAL_UNIT);
        findings.add(new Finding("collaboration", principals.size() >= 2 && region && municipality));
        boolean dated = application.startDate() != null && application.endDate() != null
                && application.endDate().isAfter(application.startDate());
        findings.add(new Finding("limitedInTime",
                dated && !application.endDate().isAfter(application.startDate().plusYears(LONGEST_YEARS)),
                LONGEST_YEARS));
        findings.add(new Finding("withinCeiling",
                application.requestedAmountOre() != null && application.requestedAmountOre() <= budgetCeilingOre));
        findings.add(new Finding("coFinancing", words(application.coFinancing()) > 0));
        for (String[] field : new String[][] { { "targetGroup", application.targetGroup() },
                { "method", application.method() }, { "definedEffect", application.definedEffect() },
                { "continuation", application.continuation() } }) {
            int count = words(field[1]);
            findings.add(new Finding("substance." + field[0], count >= THIN_WORDS, count, THIN_WORDS));
        }
        return new FormalCheck(List.copyOf(findings));
    }

    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
