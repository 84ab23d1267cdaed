package se.sif.economics.calculation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects violations so that a record reports all its bad fields at once. */
final class Checks {

    private final List<CalculationInputException.Violation> found = new ArrayList<>();

    Checks add(String field, String problem) {
        found.add(new CalculationInputException.Violation(field, problem));
        return this;
    }

    Checks notNull(String field, @Nullable Object value) {
        return value == null ? add(field, "must be given") : this;
    }

    Checks notBlank(String field, @Nullable String value) {
        return value == null || value.isBlank() ? add(field, "must be given") : this;
    }

    /**
     * {@code !(v >= 0 && v <= 1)} rather than {@code v < 0 || v > 1} so that NaN is
     * refused too.
     */
    Checks share(String field, double value) {
        return value >= 0 && value <= 1 ? this : add(field, "must be between 0 and 1");
    }

    Checks nonNegative(String field, double value) {
        return value >= 0 && value < Double.POSITIVE_INFINITY ? this : add(field, "must be a number of at least 0");
    }

    Checks nonNegative(String field, long value) {
        return value >= 0 ? this : add(field, "must not be negative");
    }

    Checks finite(String field, double value) {
        return Double.isFinite(value) ? this : add(field, "must be a finite number");
    }

    Checks between(String field, long value, long min, long max) {
        return value >= min && value <= max ? this : add(field, "must be between " + min + " and " + max);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<CalculationInputException.Violation> violations() {
        return found;
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new CalculationInputException(found);
        }
    }

}
