package se.sif.shared.web;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * What the GOV.UK fragments ({@code templates/shared/govuk.html}) need of a bound form:
 * field ids, the {@code aria-describedby} list, and the form's errors in the order its
 * fields are declared, which is the order they stand on the page. Used in templates as
 * {@code @forms}.
 */
@Component("forms")
public class Forms {

    /**
     * The element id of a field: its property path without brackets and dots
     * ({@code scores[PROBLEM]} → {@code scoresPROBLEM}).
     */
    public String id(@Nullable String field) {
        return field == null ? "" : field.replace("[", "").replace("]", "").replace(".", "");
    }

    /**
     * Whether a checkbox of {@code value} is ticked by the form's value {@code bound}: a
     * boolean field, or a list (or array) of choices that holds it. The checkbox
     * fragments render the box themselves rather than through {@code th:field}, whose
     * hidden marker would stand between the box and its label, where GOV.UK draws the
     * tick and the focus ring.
     */
    public boolean ticked(@Nullable Object bound, Object value) {
        if (bound == null) {
            return false;
        }
        if (bound instanceof Boolean b) {
            return b;
        }
        String wanted = String.valueOf(value);
        if (bound instanceof java.util.Collection<?> values) {
            return values.stream().anyMatch(v -> wanted.equals(String.valueOf(v)));
        }
        if (bound.getClass().isArray()) {
            for (int i = 0; i < java.lang.reflect.Array.getLength(bound); i++) {
                if (wanted.equals(String.valueOf(java.lang.reflect.Array.get(bound, i)))) {
                    return true;
                }
            }
            return false;
        }
        return wanted.equals(String.valueOf(bound));
    }

    /** The ids that describe a field (its hint, its error), or null for none. */
    public @Nullable String describedBy(String fieldId, boolean hint, boolean error) {
        String ids = ((hint ? fieldId + "-hint " : "") + (error ? fieldId + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    /**
     * The errors of a form in the order of its fields (global errors first), so the error
     * summary reads in the order the page does, whichever check found each error; the
     * fields of a table's rows row by row, each row in the order of its columns.
     */
    public List<DetailedError> inFieldOrder(List<DetailedError> errors, @Nullable Object form) {
        Class<?> type = form == null ? null : form.getClass();
        List<DetailedError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(
                (DetailedError e) -> e.isGlobal() ? List.of(-1) : FormPaths.positions(type, e.getFieldName()),
                Forms::compare));
        return sorted;
    }

    /** Position by position; a path that is a prefix of another comes first. */
    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

}
