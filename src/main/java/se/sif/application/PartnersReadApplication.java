package se.sif.application;

import org.springframework.stereotype.Component;
import se.sif.identity.CurrentUser;
import se.sif.identity.Role;

/**
 * A user of a co-applicant organisation reads the application it is named in, drafts
 * included: it confirms its own participation and co-financing from what the application
 * says. Reading only; the applicant's organisation edits.
 */
@Component
class PartnersReadApplication implements ApplicationReaders {

    @Override
    public boolean mayRead(CurrentUser user, ApplicationView application) {
        Long organisationId = user.organisationId();
        return user.is(Role.APPLICANT) && organisationId != null
                && application.coApplicants().stream().anyMatch(c -> c.organisationId() == organisationId);
    }

}
