package se.sif.shared.web;

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
        for (DomainException.Violation v : e.violations()) {
            if (v.field() != null && result.getFieldType(v.field()) != null) {
                result.rejectValue(v.field(), v.messageKey(), v.arguments(), v.messageKey());
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
