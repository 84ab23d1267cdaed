package se.sif.application;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A row of the application list: the application (in JSON its fields, as before) and how
 * complete it is. The partners are its co-applicants.
 */
public record ApplicationListItem(@JsonUnwrapped ApplicationView application, Completeness completeness) {

}
