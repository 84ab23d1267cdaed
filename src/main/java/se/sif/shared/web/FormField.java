package se.sif.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a component of an API request record: the name(s) the module's rules give this input
 * (the page form's field name) when it differs from the request's own JSON name, so a
 * problem's {@code errors[].field} names the request's field. Amounts need no mapping: a
 * rule's {@code grantedAmount} is the request's {@code grantedAmountOre} by the öre
 * naming convention.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface FormField {

    String[] value();

}
