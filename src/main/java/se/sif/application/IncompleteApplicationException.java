package se.sif.application;

import java.util.List;
import se.sif.shared.DomainException;

/**
 * Submission refused because required parts are empty; names each one so the page can
 * link to it.
 */
public class IncompleteApplicationException extends DomainException {

    public IncompleteApplicationException(List<String> missingFields) {
        super(missingFields, "application.error.incomplete", missingFields.size());
    }

}
