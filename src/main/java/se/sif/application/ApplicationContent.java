package se.sif.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the applicant writes; every field may be empty while the application is a draft.
 * Each field belongs to one {@link ApplicationSection} ({@link #SECTIONS}), the one
 * mapping a section's save and a completion request's limits both read.
 */
public record ApplicationContent(@Nullable String title, @Nullable String targetGroup, @Nullable String method,
        @Nullable String definedEffect, @Nullable String coFinancing, @Nullable String continuation,
        @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable Long requestedAmountOre,
        List<Long> coApplicantIds) {

    /** The section each field is answered in, by the field's name on the forms. */
    static final Map<String, ApplicationSection> SECTIONS = Map.of("title", ApplicationSection.ABOUT, "requestedAmount",
            ApplicationSection.ABOUT, "targetGroup", ApplicationSection.TARGET_GROUP, "method",
            ApplicationSection.METHOD, "definedEffect", ApplicationSection.EFFECTS, "startDate",
            ApplicationSection.PERIOD, "endDate", ApplicationSection.PERIOD, "coFinancing", ApplicationSection.PARTNERS,
            "coApplicantIds", ApplicationSection.PARTNERS, "continuation", ApplicationSection.CONTINUATION);

    /** Nothing written yet. */
    static final ApplicationContent EMPTY = new ApplicationContent(null, null, null, null, null, null, null, null, null,
            List.of());

    public ApplicationContent {
        coApplicantIds = coApplicantIds == null ? List.of() : List.copyOf(coApplicantIds);
    }

    /** The content of an application as stored. */
    static ApplicationContent of(ApplicationView a) {
        return new ApplicationContent(a.title(), a.targetGroup(), a.method(), a.definedEffect(), a.coFinancing(),
                a.continuation(), a.startDate(), a.endDate(), a.requestedAmountOre(),
                a.coApplicants().stream().map(ApplicationView.CoApplicant::organisationId).toList());
    }

    /**
     * This content with one section's fields as typed: what saving that section writes.
     */
    ApplicationContent with(ApplicationSection section, ApplicationContent typed) {
        return new ApplicationContent(owns(section, "title") ? typed.title : title,
                owns(section, "targetGroup") ? typed.targetGroup : targetGroup,
                owns(section, "method") ? typed.method : method,
                owns(section, "definedEffect") ? typed.definedEffect : definedEffect,
                owns(section, "coFinancing") ? typed.coFinancing : coFinancing,
                owns(section, "continuation") ? typed.continuation : continuation,
                owns(section, "startDate") ? typed.startDate : startDate,
                owns(section, "endDate") ? typed.endDate : endDate,
                owns(section, "requestedAmount") ? typed.requestedAmountOre : requestedAmountOre,
                owns(section, "coApplicantIds") ? typed.coApplicantIds : coApplicantIds);
    }

    private static boolean owns(ApplicationSection section, String field) {
        return SECTIONS.get(field) == section;
    }

}
