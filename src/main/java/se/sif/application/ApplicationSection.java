package se.sif.application;

import java.util.List;
import java.util.Set;

/**
 * The parts of an application, in the order of its task list: one per dimension of the
 * report's Table 1 (some dimensions share a part, as the applicant answers them
 * together), plus the budget, the indicators, the implementation plan, the questions of
 * the chosen project type and the socio-economic calculation. A completion request names
 * parts, and only those reopen.
 */
public enum ApplicationSection {

    /** Name, project type and the amount asked for. */
    ABOUT(List.of()),
    /** Who the effort is for, and their need. */
    TARGET_GROUP(List.of("targetGroup")),
    /** Proven, evidence-based or new, with references. */
    METHOD(List.of("method")),
    /** Expected effects and when they appear. */
    EFFECTS(List.of("definedEffect")),
    /** How the effort differs from ordinary operations. */
    SEPARATE(List.of("separateFromOperations")),
    /** Start and end. */
    PERIOD(List.of("limitedInTime")),
    /** The co-applicants, their roles, receiving parties and co-financing. */
    PARTNERS(List.of("collaboration", "structuredRecipient", "coFinancing")),
    /** Measurability and the measurement system. */
    MEASUREMENT(List.of("measurability", "measurementSystem")),
    /** Indicators with baseline and target, carried into follow-up when granted. */
    INDICATORS(List.of()),
    /** Activities in time. */
    IMPLEMENTATION(List.of()),
    /** How the work moves into ordinary operations. */
    CONTINUATION(List.of("continuation")),
    /** The internal project leader and the steering group. */
    MANAGEMENT(List.of("internalProjectManagement")),
    /** Costs per year and category. */
    BUDGET(List.of()),
    /** The extra questions of the chosen project type (the report's table 4). */
    PROJECT_TYPE(List.of()),
    /** The socio-economic calculation: who pays and who gains. */
    CALCULATION(List.of());

    private final List<String> criteria;

    ApplicationSection(List<String> criteria) {
        this.criteria = criteria;
    }

    /**
     * The Table 1 criteria (keys of {@code se.sif.call.Criteria#TABLE_1}) this part
     * answers; empty for the parts every application has.
     */
    public List<String> criteria() {
        return criteria;
    }

    /**
     * Whether a call asking these criteria asks this part: a part answering Table 1 is
     * asked when the call asks any of its criteria; the others always are.
     */
    public boolean askedBy(Set<String> callCriteria) {
        return criteria.isEmpty() || criteria.stream().anyMatch(callCriteria::contains);
    }

    /** The message key of the part's name on the task list. */
    public String messageKey() {
        return "application.section." + name();
    }

}
