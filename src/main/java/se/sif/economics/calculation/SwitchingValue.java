package se.sif.economics.calculation;

import java.util.OptionalDouble;

/**
 * The value of one parameter, all else unchanged, at which the NPV is 0: how wrong an
 * estimate may be before the investment stops paying for itself.
 *
 * @param value empty when the NPV does not cross 0 within the parameter's range
 */
public record SwitchingValue(Parameter parameter, double baseValue, OptionalDouble value) {

    public String path() {
        return parameter.path();
    }

    /** The value, or the words a page shows when there is none. */
    public String describe() {
        return value.isPresent() ? String.valueOf(value.getAsDouble()) : "none in range";
    }
}
