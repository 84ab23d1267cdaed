package se.sif.assessment;

import org.springframework.stereotype.Component;
import se.sif.application.ApplicationReaders;
import se.sif.application.ApplicationStatus;
import se.sif.application.ApplicationView;
import se.sif.identity.CurrentUser;
import se.sif.identity.Role;

/**
 * The panel's part of who may read an application: a member reads every application
 * before the panel, and those they assessed also after the panel is done. It asks only
 * the panel's own tables (not {@link Assessments}, which reads applications through the
 * application module that asks this).
 */
@Component
class PanelReadsApplications implements ApplicationReaders {

    private final AssessmentRepository repository;

    PanelReadsApplications(AssessmentRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean mayRead(CurrentUser user, ApplicationView application) {
        return user.is(Role.ASSESSOR) && (application.status() == ApplicationStatus.IN_ASSESSMENT
                || repository.hasAssessment(application.id(), user.username()));
    }

}
