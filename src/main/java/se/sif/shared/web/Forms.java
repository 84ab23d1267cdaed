package se.sif.shared.web;

import org.jspecify.annotations.Nullable;
import java.lang.reflect.Field;
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

    /** The ids that describe a field (its hint, its error), or null for none. */
    public @Nullable String describedBy(String fieldId, boolean hint, boolean error) {
        String ids = ((hint ? fieldId + "-hint " : "") + (error ? fieldId + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    /**
     * The errors of a form in the order of its fields (global errors first), so the error
     * summary reads in the order the page does, whichever check found each error.
     */
    public List<DetailedError> inFieldOrder(List<DetailedError> errors, @Nullable Object form) {
        List<String> order = form == null ? List.of() : declaredFields(form.getClass());
        List<DetailedError> sorted = new ArrayList<>(errors);
        sorted
            .sort(Comparator.comparingInt((DetailedError e) -> e.isGlobal() ? -1 : position(order, e.getFieldName())));
        return sorted;
    }

    private static int position(List<String> order, String field) {
        String root = field.split("[.\\[]", 2)[0];
        int index = order.indexOf(root);
        return index < 0 ? order.size() : index;
    }

    private static List<String> declaredFields(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<String> names = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                names.add(f.getName());
            }
        }
        return names;
    }

}
