package se.sif.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the domain refused the request. The message key names the rule for the user (message bundles);
 * pages show it next to the form, the API returns it as problem+json with status 422. {@code fields} names
 * the inputs the rule is about, when there are any, so the message can stand beside them.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final List<String> fields;

    public DomainException(String messageKey, Object... arguments) {
        this(List.of(), messageKey, arguments);
    }

    protected DomainException(List<String> fields, String messageKey, Object... arguments) {
        super(messageKey);
        this.fields = List.copyOf(fields);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A rule about one input field, so the page can show the message beside that field. */
    public static DomainException onField(String field, String messageKey, Object... arguments) {
        return new DomainException(List.of(field), messageKey, arguments);
    }

    /** A rule about several inputs (e.g. each one missing), so the page can mark every one of them. */
    public static DomainException onFields(List<String> fields, String messageKey, Object... arguments) {
        return new DomainException(fields, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    /** The single field this rule is about, or null. */
    public @Nullable String field() {
        return fields.size() == 1 ? fields.get(0) : null;
    }

    public List<String> fields() {
        return fields;
    }
}
