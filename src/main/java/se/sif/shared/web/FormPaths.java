package se.sif.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A form's property paths as the binder and the pages name them ({@code amount},
 * {@code rows[2].amount}, {@code scores[PROBLEM]}), followed over the declared fields of
 * the form's classes: which field a path ends in (for the kind of number it holds), and
 * where it stands on the page (for the error summary's order). The element type of a
 * list, array or map is read from the field's generic type.
 */
final class FormPaths {

    /** One step of a path: a field name and its indexes, e.g. {@code rows[2]}. */
    private static final Pattern STEP = Pattern.compile("(\\w+)((?:\\[[^\\]]*\\])*)");

    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

    private FormPaths() {
    }

    /** The declared field the path ends in, or null when the form has no such path. */
    static @Nullable Field field(@Nullable Class<?> form, String path) {
        Class<?> type = form;
        Field found = null;
        for (String step : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(step);
            if (type == null || !m.matches()) {
                return null;
            }
            found = declared(type, m.group(1));
            if (found == null) {
                return null;
            }
            Type generic = found.getGenericType();
            Matcher index = INDEX.matcher(m.group(2));
            while (generic != null && index.find()) {
                generic = element(generic);
            }
            type = generic == null ? null : raw(generic);
        }
        return found;
    }

    /**
     * Where a path stands among the form's fields, step by step: the position of each
     * field among its class's fields (superclasses first), and each list index, so that
     * {@code rows[2].amount} sorts after {@code rows[1].note} and before
     * {@code rows[2].note}. A step the form does not declare sorts after every declared
     * one.
     */
    static List<Integer> positions(@Nullable Class<?> form, String path) {
        List<Integer> positions = new ArrayList<>();
        Class<?> type = form;
        for (String step : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(step);
            List<Field> fields = type == null ? List.of() : declaredFields(type);
            Field field = null;
            if (m.matches()) {
                for (Field f : fields) {
                    if (f.getName().equals(m.group(1))) {
                        field = f;
                    }
                }
            }
            if (field == null) {
                positions.add(Integer.MAX_VALUE);
                return positions;
            }
            positions.add(fields.indexOf(field));
            Type generic = field.getGenericType();
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                positions.add(number(index.group(1)));
                generic = generic == null ? null : element(generic);
            }
            type = generic == null ? null : raw(generic);
        }
        return positions;
    }

    /**
     * The instance fields of a class and its superclasses, superclasses first, each in
     * the order it is declared.
     */
    static List<Field> declaredFields(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static @Nullable Field declared(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            }
            catch (NoSuchFieldException e) {
                // declared by a superclass, or not at all
            }
        }
        return null;
    }

    /**
     * The element type of a list or other collection, array or map (its values); null for
     * a type that has no elements.
     */
    private static @Nullable Type element(Type type) {
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (type instanceof Class<?> c) {
            return c.isArray() ? c.getComponentType() : null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] arguments = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) && arguments.length == 1) {
                return arguments[0];
            }
            if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
                return arguments[1];
            }
        }
        return null;
    }

    private static @Nullable Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /**
     * A list index, or 0 for a map key (the map's entries keep the order they came in).
     */
    private static int number(String index) {
        try {
            return Integer.parseInt(index.strip());
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

}
