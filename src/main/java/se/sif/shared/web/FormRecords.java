package se.sif.shared.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.AbstractBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;

/**
 * A form record whose typed values could not all be read, made whole for the page that
 * shows it again. Spring builds a record by its constructor and records a value it cannot
 * convert before the record exists; the binding result it leaves has no record in it, so
 * the model holds no form (a table's rows cannot be listed), the other fields show their
 * stored values rather than what was typed (0.225 for "22,5" %, öre for kronor), a rule
 * cannot be put beside a field, and Bean Validation is skipped, so a person would see the
 * form's other mistakes only after correcting the first. {@link #bound} puts the record
 * into the binding result and the model, and checks its constraints on the values that
 * could be read, so the page shows every mistake at once and every value as typed.
 * {@link WholeFormRecords} applies it to every page form, so controllers need not ask.
 */
@Component
class FormRecords {

    private final ConversionService conversion;

    private final Validator validator;

    FormRecords(@Qualifier("mvcConversionService") ConversionService conversion,
            @Qualifier("mvcValidator") Validator validator) {
        this.conversion = conversion;
        this.validator = validator;
    }

    /**
     * The binding result of a {@code @Valid} form record with the record in it: the one
     * Spring made when every value could be read, otherwise a whole one (put into the
     * model, with the record) holding the values that could not be read, as typed, and
     * what the record's constraints say about the others.
     */
    BindingResult bound(Object form, BindingResult result, java.util.Map<String, Object> model) {
        if (result.getTarget() != null) {
            return result;
        }
        String name = result.getObjectName();
        // the binder's defaults: nested paths grow, lists up to 256 elements
        BeanPropertyBindingResult whole = new BeanPropertyBindingResult(form, name, true, 256);
        whole.initConversion(conversion);
        if (result instanceof AbstractBindingResult made) {
            whole.setMessageCodesResolver(made.getMessageCodesResolver());
        }
        whole.addAllErrors(result);
        BeanPropertyBindingResult rules = new BeanPropertyBindingResult(form, name);
        rules.setMessageCodesResolver(whole.getMessageCodesResolver());
        validator.validate(form, rules);
        for (ObjectError error : rules.getAllErrors()) {
            // a value that could not be read is empty in the record: its own error says
            // so
            if (!(error instanceof FieldError field) || !whole.hasFieldErrors(field.getField())) {
                whole.addError(error);
            }
        }
        model.put(name, form);
        model.put(BindingResult.MODEL_KEY_PREFIX + name, whole);
        return whole;
    }

}
