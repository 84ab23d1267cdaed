package se.sif.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.sif.application.ApplicationSection;
import se.sif.application.ApplicationView;
import se.sif.application.TaskList;
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

    /**
     * {@code tasks} is the application's task list: the thin-answer signs are given only
     * for the sections it asks (a pre-study is not asked for its effects or continuation,
     * a call may leave a criterion out).
     */
    static FormalCheck of(ApplicationView application, Organisation applicant, List<Organisation> coApplicants,
            CallContent call, TaskList tasks) {
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
        substance(findings, tasks, ApplicationSection.TARGET_GROUP, "targetGroup", application.targetGroup());
        substance(findings, tasks, ApplicationSection.METHOD, "method", application.method());
        substance(findings, tasks, ApplicationSection.EFFECTS, "definedEffect", application.definedEffect());
        substance(findings, tasks, ApplicationSection.CONTINUATION, "continuation", application.continuation());
        return new FormalCheck(List.copyOf(findings));
    }

    private static void substance(List<Finding> findings, TaskList tasks, ApplicationSection section, String field,
            @Nullable String text) {
        if (tasks.asks(section)) {
            int count = words(text);
            findings.add(new Finding("substance." + field, count >= THIN_WORDS, count, THIN_WORDS));
        }
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "–" : date.toString();
    }

    static int words(@Nullable String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
