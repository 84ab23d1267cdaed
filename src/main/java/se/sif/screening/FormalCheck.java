package se.sif.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.sif.application.ApplicationView;
import se.sif.call.CallContent;
import se.sif.organisation.Organisation;

/**
 * The automatic part of the formal check, which an officer confirms: the rules of the
 * call version the application was written against (who may apply, the collaboration, the
 * amounts, the project period, co-financing), and signs that an application is thin even
 * though every field is filled in — the weakness the report saw in the first sifting.
 * Each finding names a rule, whether it is met, and the call's figures the rule used.
 */
public record FormalCheck(List<Finding> findings) {

    /** Fewer words than this in a key field is worth a second look. */
    static final int THIN_WORDS = 25;

    public record Finding(String rule, boolean met, Object... arguments) {
    }

    public boolean allMet() {
        return findings.stream().allMatch(Finding::met);
    }

    static FormalCheck of(ApplicationView application, Organisation applicant, List<Organisation> coApplicants,
            CallContent call) {
        List<Finding> findings = new ArrayList<>();
        CallContent.Eligibility rules = call.eligibility();
        findings.add(new Finding("eligibleApplicant", rules.applicantKinds().contains(applicant.kind())));
        List<Organisation.Kind> principals = new ArrayList<>();
        principals.add(applicant.kind());
        coApplicants.forEach(o -> principals.add(o.kind()));
        findings.add(new Finding("collaboration." + rules.collaboration(), rules.collaboration().metBy(principals)));

        LocalDate start = application.startDate();
        LocalDate end = application.endDate();
        boolean dated = start != null && end != null && end.isAfter(start);
        if (call.maxMonths() == null) {
            findings.add(new Finding("limitedInTime", dated));
        }
        else {
            findings.add(new Finding("limitedInTimeMonths", dated && !end.isAfter(start.plusMonths(call.maxMonths())),
                    call.maxMonths()));
        }
        if (call.earliestStart() != null || call.latestEnd() != null) {
            findings.add(new Finding("withinPeriod",
                    dated && (call.earliestStart() == null || !start.isBefore(call.earliestStart()))
                            && (call.latestEnd() == null || !end.isAfter(call.latestEnd())),
                    text(call.earliestStart()), text(call.latestEnd())));
        }
        Long requested = application.requestedAmountOre();
        long largest = call.maxAmountOre() == null ? call.budgetCeilingOre()
                : Math.min(call.maxAmountOre(), call.budgetCeilingOre());
        findings.add(new Finding("withinAmounts", requested != null && requested <= largest
                && (call.minAmountOre() == null || requested >= call.minAmountOre())));
        if (rules.coFinancingRequired()) {
            findings.add(new Finding("coFinancing", words(application.coFinancing()) > 0));
        }
        for (String[] field : new String[][] { { "targetGroup", application.targetGroup() },
                { "method", application.method() }, { "definedEffect", application.definedEffect() },
                { "continuation", application.continuation() } }) {
            if (!asks(call, field[0])) {
                continue;
            }
            int count = words(field[1]);
            findings.add(new Finding("substance." + field[0], count >= THIN_WORDS, count, THIN_WORDS));
        }
        return new FormalCheck(List.copyOf(findings));
    }

    /**
     * Whether the call asks the criterion whose answer is judged: a pre-study is not
     * asked for its effects or its continuation (working those out is what it is for),
     * and a call may leave a criterion out for every project type.
     */
    private static boolean asks(CallContent call, String criterion) {
        if (call.preStudy() && (criterion.equals("definedEffect") || criterion.equals("continuation"))) {
            return false;
        }
        return call.projectTypes().values().stream().anyMatch(c -> c.criteria().contains(criterion));
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "–" : date.toString();
    }

    static int words(@Nullable String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
