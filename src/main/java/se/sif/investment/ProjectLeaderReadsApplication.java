package se.sif.investment;

import org.springframework.stereotype.Component;
import se.sif.application.ApplicationReaders;
import se.sif.application.ApplicationView;
import se.sif.identity.CurrentUser;
import se.sif.identity.Role;

/**
 * The investment's part of who may read an application: the project leader reads the
 * application their investment was granted on.
 */
@Component
class ProjectLeaderReadsApplication implements ApplicationReaders {

    private final Investments investments;

    ProjectLeaderReadsApplication(Investments investments) {
        this.investments = investments;
    }

    @Override
    public boolean mayRead(CurrentUser user, ApplicationView application) {
        return user.is(Role.PROJECT_LEADER) && investments.forApplication(application.id())
            .filter(investment -> user.username().equals(investment.projectLeader()))
            .isPresent();
    }

}
