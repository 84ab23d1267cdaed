package se.sif.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the domain refused the request. The message key names the rule for the user
 * (message bundles); pages show it next to the form, the API returns it as problem+json
 * with status 422. {@code fields} names the inputs the rule is about, when there are any,
 * so the message can stand beside them.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class DomainException extends RuntimeException {

    private final String messageKey;

    private final transient Object[] arguments;

    private final List<String> fields;

    private final transient List<Violation> violations;

    /**
     * One broken rule about one input (or about the whole request when {@code field} is
     * null).
     */
    public record Violation(@Nullable String field, String messageKey, Object... arguments) {
    }

    public DomainException(String messageKey, Object... arguments) {
        this(List.of(), messageKey, arguments);
    }

    protected DomainException(List<String> fields, String messageKey, Object... arguments) {
        super(messageKey);
        this.fields = List.copyOf(fields);
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.violations = fields.isEmpty() ? List.of(new Violation(null, messageKey, arguments))
                : fields.stream().map(field -> new Violation(field, messageKey, arguments)).toList();
    }

    private DomainException(List<Violation> violations) {
        this(violations.get(0).messageKey(), violations, violations.get(0).arguments());
    }

    /**
     * Several broken rules, each about its input, under one message for the whole
     * request.
     */
    protected DomainException(String messageKey, List<Violation> violations, Object... arguments) {
        super(messageKey);
        this.violations = List.copyOf(violations);
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.fields = violations.stream().map(Violation::field).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * A rule about one input field, so the page can show the message beside that field.
     */
    public static DomainException onField(String field, String messageKey, Object... arguments) {
        return new DomainException(List.of(field), messageKey, arguments);
    }

    /**
     * A rule about several inputs (e.g. each one missing), so the page can mark every one
     * of them.
     */
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

    /**
     * Every rule the request broke, in the order of the form's fields, so a page can show
     * them all at once.
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Collects the rules a request breaks before refusing it, so the person sees every
     * problem at once rather than one per attempt.
     */
    public static final class Violations {

        private final List<Violation> found = new java.util.ArrayList<>();

        public Violations add(@Nullable String field, String messageKey, Object... arguments) {
            found.add(new Violation(field, messageKey, arguments));
            return this;
        }

        /**
         * Whether a rule about this field is already broken (a later rule about it would
         * only repeat it).
         */
        public boolean has(String field) {
            return found.stream().anyMatch(v -> field.equals(v.field()));
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new DomainException(found);
            }
        }

    }

}
