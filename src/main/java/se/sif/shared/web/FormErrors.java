package se.sif.shared.web;

import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;

/**
 * Puts a refused rule into the form's binding result, so the page shows it in the error
 * summary and beside each field it is about; the typed values stay in the form. The one
 * way page controllers report a rule.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, DomainException e) {
        reject(result, e, UnaryOperator.identity());
    }

    /**
     * As {@link #reject(BindingResult, DomainException)}, for a form whose fields the
     * rule names otherwise: {@code onPage} gives the form's path of a rule's field (e.g.
     * the page row of the n:th item the rule was given).
     */
    public static void reject(BindingResult result, DomainException e, UnaryOperator<String> onPage) {
        for (DomainException.Violation v : e.violations()) {
            String field = v.field() == null ? null : onPage.apply(v.field());
            if (field != null && result.getFieldType(field) != null) {
                result.rejectValue(field, v.messageKey(), v.arguments(), v.messageKey());
            }
            else {
                result.reject(v.messageKey(), v.arguments(), v.messageKey());
            }
        }
    }

    /**
     * Someone saved the same thing in between: said once, above the form, with the typed
     * values kept.
     */
    public static void reject(BindingResult result, ConcurrentEditException e) {
        result.reject("problem.concurrentEdit", null, "problem.concurrentEdit");
    }

}
