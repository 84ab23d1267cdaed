package se.sif.shared.web;

import org.springframework.validation.BindingResult;
import se.sif.shared.DomainException;

/** Puts a refused rule into the form's binding result, so the page shows it in the error summary and beside the field. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, DomainException e) {
        if (e.field() != null && result.getFieldType(e.field()) != null) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
