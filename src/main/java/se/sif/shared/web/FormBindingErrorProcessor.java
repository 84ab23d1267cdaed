package se.sif.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyAccessException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * Gives typed input that cannot be read the message that says how to type it: "write the amount in whole
 * kronor" rather than a generic "wrong format". The codes name the kind of field ({@link Kronor},
 * {@link Percent}, {@link Decimal}); other fields keep Spring's {@code typeMismatch} codes.
 */
class FormBindingErrorProcessor extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
        String code = codeFor(ex);
        if (code == null) {
            super.processPropertyAccessException(ex, bindingResult);
            return;
        }
        String field = ex.getPropertyName();
        if (field == null) {
            super.processPropertyAccessException(ex, bindingResult);
            return;
        }
        bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true,
                new String[] {code}, null, code));
    }

    static @Nullable String codeFor(PropertyAccessException ex) {
        @Nullable TypeDescriptor target = null;
        boolean oreGiven = false;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof ConversionFailedException failed) {
                target = failed.getTargetType();
            }
            if (t instanceof FormFormatters.OreNotAllowed) {
                oreGiven = true;
            }
        }
        if (target == null) {
            return null;
        }
        if (target.hasAnnotation(Kronor.class)) {
            return oreGiven ? "money.error.wholeKronor" : "money.error.format";
        }
        if (target.hasAnnotation(Percent.class)) {
            return "percent.error.format";
        }
        if (target.hasAnnotation(Decimal.class)) {
            return "number.error.format";
        }
        return null;
    }
}
