package se.sif.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an API handler that creates something: it answers 201 Created with the created
 * resource as the body and a {@code Location} header, and the OpenAPI document says so
 * (both done once in {@code shared.web}). The location is a template: {@code {name}} is
 * the request's path variable, {@code {body.name}} a component of the returned record (or
 * a key of a returned map), e.g. {@code /api/v1/calls/{body.id}}. Where the created thing
 * has no address of its own (a ledger transaction), the location is where it is read.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Created {

    String value();

}
