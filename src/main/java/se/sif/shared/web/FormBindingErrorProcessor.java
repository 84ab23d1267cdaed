package se.sif.shared.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import se.sif.shared.Money;

/**
 * Gives typed input that cannot be read the message that says how to type it: "write the
 * amount in whole kronor" rather than a generic "wrong format". The codes name the kind
 * of field ({@link Kronor}, {@link Percent}, {@link Decimal}) of the form being bound;
 * other fields keep Spring's {@code typeMismatch} codes. The field's kind is read from
 * the form's class, not from the conversion failure: when a formatter refuses a value,
 * Spring retries with its default number editor, whose failure no longer names the
 * formatter. A field of a table row ({@code rows[2].amount}) is found through the element
 * type of the form's list ({@link FormPaths}).
 */
class FormBindingErrorProcessor extends DefaultBindingErrorProcessor {

    private final @Nullable Class<?> form;

    FormBindingErrorProcessor(@Nullable Class<?> form) {
        this.form = form;
    }

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
        String field = ex.getPropertyName();
        String code = field == null ? null : codeFor(field, ex.getValue());
        if (field == null || code == null) {
            super.processPropertyAccessException(ex, bindingResult);
            return;
        }
        bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true,
                new String[] { code }, null, code));
    }

    @Nullable String codeFor(String field, @Nullable Object value) {
        Kronor kronor = annotated(field, Kronor.class);
        if (kronor != null) {
            return !kronor.ore() && hasOre(value) ? "money.error.wholeKronor" : "money.error.format";
        }
        if (annotated(field, Percent.class) != null) {
            return "percent.error.format";
        }
        if (annotated(field, Decimal.class) != null) {
            return "number.error.format";
        }
        return null;
    }

    /**
     * Readable as kronor with öre, e.g. "1 500 000,50": refused only because whole kronor
     * are asked for.
     */
    private static boolean hasOre(@Nullable Object value) {
        try {
            return value instanceof String text && Money.parseKronor(text, new Locale("sv")) % Money.ORE_PER_KRONA != 0;
        }
        catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The annotation on the form's field a property path ends in, also for a field of a
     * list's element ({@code rows[2].amount}).
     */
    private <A extends Annotation> @Nullable A annotated(String field, Class<A> annotation) {
        Field declared = FormPaths.field(form, field);
        return declared == null ? null : declared.getAnnotation(annotation);
    }

}
