package se.sif.application;

import java.util.Collection;
import java.util.Set;

/**
 * Which applications have a socio-economic calculation: the calculation is the economics
 * module's (which depends on this one), so it answers through this interface for the task
 * list's last section. Without an implementation the task list does not ask for one.
 */
public interface CalculationPresence {

    /** The applications among these that have a saved calculation. */
    Set<Long> withCalculation(Collection<Long> applicationIds);

}
