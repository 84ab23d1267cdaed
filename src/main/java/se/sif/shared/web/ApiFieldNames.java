package se.sif.shared.web;

import org.jspecify.annotations.Nullable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Translates the field names the module rules use (the page forms' names, e.g.
 * {@code grantedAmount}) into the API request's own JSON names
 * ({@code grantedAmountOre}), read from the handler's request body record (nested records
 * and lists of records included) and its response record: a name the request has is kept,
 * an amount gets its {@code Ore} suffix, other differences are declared with
 * {@link FormField} on the request's component. In a path ({@code parties[1].share}) each
 * step is translated and the indexes are kept.
 */
final class ApiFieldNames {

    private record Vocabulary(Map<String, String> request, Map<String, String> response) {
    }

    private static final Map<HandlerMethod, Vocabulary> CACHE = new ConcurrentHashMap<>();

    private ApiFieldNames() {
    }

    static @Nullable String translate(@Nullable String field, @Nullable HandlerMethod handler) {
        if (field == null || handler == null) {
            return field;
        }
        Vocabulary vocabulary = CACHE.computeIfAbsent(handler, ApiFieldNames::vocabulary);
        if (field.contains(".") || field.contains("[")) {
            // a path such as parties[1].expectedSavings: each step's name is translated,
            // its index kept
            StringBuilder path = new StringBuilder();
            for (String step : field.split("\\.", -1)) {
                int index = step.indexOf('[');
                String name = index < 0 ? step : step.substring(0, index);
                path.append(path.isEmpty() ? "" : ".")
                    .append(name(name, vocabulary))
                    .append(index < 0 ? "" : step.substring(index));
            }
            return path.toString();
        }
        return name(field, vocabulary);
    }

    private static String name(String field, Vocabulary vocabulary) {
        // the request's own names first; the resource's names for rules about its state
        // (e.g. what a submit misses)
        for (Map<String, String> names : java.util.List.of(vocabulary.request(), vocabulary.response())) {
            String name = names.containsKey(field) ? names.get(field) : names.get(field + "Ore");
            if (name != null) {
                return name;
            }
        }
        return field;
    }

    private static Vocabulary vocabulary(HandlerMethod handler) {
        Map<String, String> request = new HashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                collect(parameter.getGenericParameterType(), request, 0);
            }
        }
        Map<String, String> response = new HashMap<>();
        collect(handler.getReturnType().getGenericParameterType(), response, 0);
        return new Vocabulary(Map.copyOf(request), Map.copyOf(response));
    }

    private static void collect(Type type, Map<String, String> names, int depth) {
        if (depth > 4) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            if (raw instanceof Class<?> rawClass
                    && (Collection.class.isAssignableFrom(rawClass) || Map.class.isAssignableFrom(rawClass))) {
                Type[] arguments = parameterized.getActualTypeArguments();
                collect(arguments[arguments.length - 1], names, depth + 1);
            }
            return;
        }
        if (!(type instanceof Class<?> recordClass) || !recordClass.isRecord()) {
            return;
        }
        for (RecordComponent component : recordClass.getRecordComponents()) {
            names.put(component.getName(), component.getName());
            FormField formField = component.getAnnotation(FormField.class);
            if (formField != null) {
                for (String formName : formField.value()) {
                    names.put(formName, component.getName());
                }
            }
            collect(component.getGenericType(), names, depth + 1);
        }
    }

}
