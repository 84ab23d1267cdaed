package se.sif.economics;

import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.sif.application.CalculationPresence;

/**
 * Tells the application's task list which applications have a socio-economic calculation,
 * without the application module reading this module's tables.
 */
@Component
class ApplicationCalculations implements CalculationPresence {

    private final CalculationRepository repository;

    ApplicationCalculations(CalculationRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<Long> withCalculation(Collection<Long> applicationIds) {
        return repository.withCalculation(applicationIds);
    }

}
