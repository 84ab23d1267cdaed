package se.sif.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field of an amount in öre ({@code Long}) that people type in kronor the way
 * their language writes them ("1 500 000", "1 500 000 kr"). Whole kronor unless
 * {@link #ore()}: grants, appropriations and ceilings are decided in whole kronor, so "1
 * 500 000,50" is refused there rather than silently rounded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface Kronor {

    /** Whether öre may be typed (two decimals at most). */
    boolean ore() default false;

}
