package se.sif.economics.calculation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Input to a socio-economic calculation that the engine refuses. Every violation names
 * the field path as a page would show it next to the input
 * ({@code outcomes[2].deadweight}), so a form can put the message by the right field; all
 * violations found in one record are reported together rather than one per round trip.
 */
public final class CalculationInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** One refused field: its path and what is wrong with it. */
    public record Violation(String field, String problem) implements Serializable {
        @Override
        public String toString() {
            return field + ": " + problem;
        }
    }

    private final List<Violation> violations;

    public CalculationInputException(String field, String problem) {
        this(List.of(new Violation(field, problem)));
    }

    public CalculationInputException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The path of the first violation, the one a form would focus. */
    public String field() {
        return violations.get(0).field();
    }

    /**
     * The same violations seen from the enclosing record: a value stream only knows it is
     * a value stream, the list it was put in knows it is
     * {@code outcomes[2].valueStreams[1]}.
     */
    public CalculationInputException within(String prefix) {
        List<Violation> prefixed = new ArrayList<>();
        for (Violation v : violations) {
            prefixed.add(new Violation(v.field().isEmpty() ? prefix : prefix + "." + v.field(), v.problem()));
        }
        return new CalculationInputException(prefixed);
    }

    /**
     * Builds the elements of a list (e.g. the outcomes bound from a form), giving each
     * refused element its index in the path and collecting the violations of all elements
     * before throwing, so a user sees every mistake in one go.
     */
    public static <T> List<T> listOf(String listName, int count, IntFunction<T> element) {
        List<T> built = new ArrayList<>(count);
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try {
                built.add(element.apply(i));
            }
            catch (CalculationInputException e) {
                found.addAll(e.within(listName + "[" + i + "]").violations());
            }
        }
        if (!found.isEmpty()) {
            throw new CalculationInputException(found);
        }
        return List.copyOf(built);
    }

}
