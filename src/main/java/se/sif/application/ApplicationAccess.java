package se.sif.application;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.sif.identity.CurrentUser;
import se.sif.identity.Role;

/**
 * Who may read an application: the one rule, asked by {@link Applications#get} (and so by
 * every module that reads an application through it) and, as a {@link Scope}, by the
 * lists.
 *
 * <p>
 * By role: an applicant reads their own organisation's applications, drafts included;
 * officers, the steering group, the board and the administrator read every application
 * but drafts (a draft is private to its organisation). Beyond the roles, the modules that
 * give a person a reason to read an application contribute an {@link ApplicationReaders}
 * bean: the panel member (assessment) and the investment's project leader (investment).
 * Whoever the rule does not let read an application finds nothing (404), never a refusal
 * that tells them it exists.
 */
@Component
public class ApplicationAccess {

    /**
     * The readers other modules contribute, looked up when first asked: they depend on
     * their own modules, which may depend on {@link Applications}.
     */
    private final ObjectProvider<ApplicationReaders> readers;

    ApplicationAccess(ObjectProvider<ApplicationReaders> readers) {
        this.readers = readers;
    }

    /** Whether the user may read this application. */
    public boolean mayRead(CurrentUser user, ApplicationView application) {
        return Scope.of(user).includes(application)
                || readers.orderedStream().anyMatch(reader -> reader.mayRead(user, application));
    }

    /**
     * Whether the user applies for the organisation that made the application: the one
     * that reads its drafts, edits and submits it.
     */
    static boolean ofOwnOrganisation(CurrentUser user, ApplicationView application) {
        return user.is(Role.APPLICANT) && user.organisationId() != null
                && user.organisationId() == application.applicantOrganisationId();
    }

    /**
     * The applications a user reads by their role alone, as a list filters them (the
     * readers other modules contribute name single applications, never a list).
     */
    record Scope(Kind kind, long organisationId) {

        enum Kind {

            /** The applications of one organisation, drafts included (an applicant). */
            ORGANISATION,

            /** Every application but drafts (officials). */
            NOT_DRAFT,

            /** None. */
            NONE

        }

        static Scope of(CurrentUser user) {
            return switch (user.role()) {
                case APPLICANT -> user.organisationId() == null ? new Scope(Kind.NONE, 0)
                        : new Scope(Kind.ORGANISATION, user.organisationId());
                case OFFICER, STEERING, BOARD, ADMIN -> new Scope(Kind.NOT_DRAFT, 0);
                case ASSESSOR, PROJECT_LEADER -> new Scope(Kind.NONE, 0);
            };
        }

        boolean includes(ApplicationView application) {
            return switch (kind) {
                case ORGANISATION -> application.applicantOrganisationId() == organisationId;
                case NOT_DRAFT -> application.status() != ApplicationStatus.DRAFT;
                case NONE -> false;
            };
        }

    }

}
