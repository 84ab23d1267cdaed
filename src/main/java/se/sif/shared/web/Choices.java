package se.sif.shared.web;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The choices of a select, radios or checkboxes fragment as a map of submitted value to
 * the text shown, in the user's language. Used in templates as {@code @choices}.
 */
@Component("choices")
public class Choices {

    private final MessageSource messages;

    Choices(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The choices of a fragment: a map (value to text) as it is; values whose text is the
     * message {@code labels + value} when labels is a message prefix; otherwise items
     * with an id and a name.
     */
    public Map<String, String> of(Object values, String labels) {
        if (values instanceof Map<?, ?> map) {
            Map<String, String> choices = new LinkedHashMap<>();
            map.forEach((value, text) -> choices.put(String.valueOf(value), String.valueOf(text)));
            return choices;
        }
        Collection<?> items = values instanceof Object[] array ? java.util.Arrays.asList(array)
                : (Collection<?>) values;
        return labels != null ? messages(items, labels) : named(items);
    }

    /**
     * Values whose text is the message {@code prefix + value}, e.g. an enum's constants.
     */
    public Map<String, String> messages(Collection<?> values, String prefix) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Object value : values) {
            String key = prefix + value;
            choices.put(String.valueOf(value), messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
        }
        return choices;
    }

    /**
     * Items such as organisations, by their {@code id} and shown by their {@code name}.
     */
    public Map<String, String> named(Collection<?> items) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Object item : items) {
            choices.put(String.valueOf(read(item, "id")), String.valueOf(read(item, "name")));
        }
        return choices;
    }

    private static Object read(Object item, String property) {
        try {
            Method accessor;
            try {
                accessor = item.getClass().getMethod(property);
            }
            catch (NoSuchMethodException e) {
                accessor = item.getClass()
                    .getMethod("get" + Character.toUpperCase(property.charAt(0)) + property.substring(1));
            }
            return accessor.invoke(item);
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(item.getClass().getSimpleName() + " has no " + property, e);
        }
    }

}
