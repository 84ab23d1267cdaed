package se.sif.application;

import java.util.List;

/**
 * How far an application is from submittable: {@code answered} of the {@code required}
 * answers the submission asks for ({@link Applications#completeness}), and the names of
 * those still missing, the same names a refused submission gives.
 */
public record Completeness(int answered, int required, List<String> missing) {

    public boolean complete() {
        return answered == required;
    }

}
