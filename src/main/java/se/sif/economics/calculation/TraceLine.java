package se.sif.economics.calculation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One step of the arithmetic behind a result, so that a page can "expand" a number into
 * where it comes from and a reviewer can redo it by hand. Money is in öre.
 *
 * @param inputs the named numbers the formula uses, in the order the formula names them
 * @param value the step's result; empty when the result does not exist (no payback, no
 * costs to divide by)
 */
public record TraceLine(String label, String formula, Map<String, Double> inputs, OptionalDouble value) {

    public TraceLine {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    static TraceLine of(String label, String formula, Map<String, Double> inputs, double value) {
        return new TraceLine(label, formula, inputs, OptionalDouble.of(value));
    }

    @Override
    public String toString() {
        return label + ": " + formula + " " + inputs + " = " + (value.isPresent() ? value.getAsDouble() : "none");
    }
}
