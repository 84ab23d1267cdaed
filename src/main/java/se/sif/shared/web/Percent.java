package se.sif.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field of a share ({@code BigDecimal} between 0 and 1 once stored) that people
 * type in percent: "22,5" is 0.225. The field shows the share as percent again when the
 * form is redisplayed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface Percent {

}
