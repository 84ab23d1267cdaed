package se.sif.call;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.sif.organisation.Organisation;

/**
 * What a call demands, as one version of it: an application is written against one
 * version and keeps it when the call changes later. The times are instants (the builder
 * takes them in Stockholm time); {@code description} is the call text in Markdown;
 * {@code projectTypes} are the project types the call takes, each with its criteria and
 * rubric; {@code triageChecklist} the working group's checklist (keys of
 * {@link Criteria#TABLE_2}).
 */
public record CallContent(String title, @Nullable String purpose, @Nullable String focus, @Nullable String description,
        long budgetCeilingOre, @Nullable Long minAmountOre, @Nullable Long maxAmountOre,
        @Nullable LocalDate earliestStart, @Nullable LocalDate latestEnd, @Nullable Integer maxMonths,
        @Nullable Instant opensAt, Instant closesAt, @Nullable Integer handlingDays, Eligibility eligibility,
        Map<ProjectType, Criteria> projectTypes, List<String> triageChecklist, Kind kind) {

    /**
     * What the call funds: social investments (the full application), or pre-study grants
     * (förstudiemedel) that help a promising idea become investment-ready with a lighter
     * form. Fixed once the call is published.
     */
    public enum Kind {

        INVESTMENT, PRE_STUDY

    }

    /** Whether this call takes pre-study applications. */
    public boolean preStudy() {
        return kind == Kind.PRE_STUDY;
    }

    /**
     * Who may apply: the kinds of principal that may be the applicant, the collaboration
     * the call demands, and whether every applicant must co-finance.
     */
    public record Eligibility(Set<Organisation.Kind> applicantKinds, Collaboration collaboration,
            boolean coFinancingRequired) {

        /**
         * The rules of VGR's calls (the report's Table 1): the region or a municipality,
         * or one of their units, applies; the region and at least one municipality take
         * part; each partner co-finances with its own time.
         */
        public static final Eligibility USUAL = new Eligibility(EnumSet.of(Organisation.Kind.REGION,
                Organisation.Kind.REGION_UNIT, Organisation.Kind.MUNICIPALITY, Organisation.Kind.MUNICIPAL_UNIT),
                Collaboration.REGION_AND_MUNICIPALITY, true);

        public Eligibility {
            // in the enum's order, so pages and documents list them the same way every
            // time
            applicantKinds = applicantKinds == null || applicantKinds.isEmpty() ? Set.of()
                    : java.util.Collections.unmodifiableSet(EnumSet.copyOf(applicantKinds));
            collaboration = collaboration == null ? Collaboration.NONE : collaboration;
        }

    }

    /**
     * The collaboration a call demands of the principals (the applicant and its
     * co-applicants), as the Swedish funds configure it.
     */
    public enum Collaboration {

        /** One principal may apply alone. */
        NONE,
        /** At least two principals or units (Örebro, Gävleborg). */
        TWO_PRINCIPALS,
        /** At least two, the region and at least one municipality among them (VGR). */
        REGION_AND_MUNICIPALITY,
        /** A unit of the region and at least one party outside it (Region Skåne). */
        REGION_AND_EXTERNAL;

        public boolean metBy(Collection<Organisation.Kind> principals) {
            boolean region = principals.stream()
                .anyMatch(k -> k == Organisation.Kind.REGION || k == Organisation.Kind.REGION_UNIT);
            return switch (this) {
                case NONE -> !principals.isEmpty();
                case TWO_PRINCIPALS -> principals.size() >= 2;
                case REGION_AND_MUNICIPALITY -> principals.size() >= 2 && region && principals.stream()
                    .anyMatch(k -> k == Organisation.Kind.MUNICIPALITY || k == Organisation.Kind.MUNICIPAL_UNIT);
                case REGION_AND_EXTERNAL -> principals.size() >= 2 && region && principals.stream()
                    .anyMatch(k -> k != Organisation.Kind.REGION && k != Organisation.Kind.REGION_UNIT);
            };
        }

    }

    /** The same content with another focus. */
    CallContent withFocus(@Nullable String newFocus) {
        return new CallContent(title, purpose, newFocus, description, budgetCeilingOre, minAmountOre, maxAmountOre,
                earliestStart, latestEnd, maxMonths, opensAt, closesAt, handlingDays, eligibility, projectTypes,
                triageChecklist, kind);
    }

    public CallContent {
        eligibility = eligibility == null ? Eligibility.USUAL : eligibility;
        projectTypes = projectTypes == null ? Criteria.usual() : java.util.Collections
            .unmodifiableMap(projectTypes.isEmpty() ? new EnumMap<>(ProjectType.class) : new EnumMap<>(projectTypes));
        triageChecklist = List.copyOf(triageChecklist == null ? Criteria.TABLE_2 : triageChecklist);
        kind = kind == null ? Kind.INVESTMENT : kind;
    }

}
