package se.sif.application;

import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import se.sif.shared.DomainException;

/**
 * Submission refused because sections of the task list are not completed; names each one
 * (an {@link ApplicationSection}) so the page can link to it and the API can say which.
 */
public class IncompleteApplicationException extends DomainException {

    public IncompleteApplicationException(List<String> sections) {
        super("application.error.incomplete",
                sections.stream()
                    .map(section -> new Violation(section, "application.error.sectionIncomplete",
                            new DefaultMessageSourceResolvable("application.section." + section)))
                    .toList(),
                sections.size());
    }

}
