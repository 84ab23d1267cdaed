package se.sif.application;

import se.sif.identity.CurrentUser;

/**
 * A module that gives people it knows a reason to read an application contributes a bean
 * of this type: the assessment panel (a member reads what is before the panel, and what
 * they assessed), the investment module (the project leader reads the application their
 * investment was granted on). {@link ApplicationAccess} asks every such bean after the
 * roles' own rule said no, so the application module keeps the one rule without knowing
 * those modules.
 *
 * <p>
 * An implementation answers only for the people it knows and is cheap for everyone else
 * (it checks the role first); it reads its own module's tables and never calls
 * {@link Applications}, which asks it.
 */
public interface ApplicationReaders {

    boolean mayRead(CurrentUser user, ApplicationView application);

}
