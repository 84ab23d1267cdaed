package se.sif.economics;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.sif.economics.calculation.CalculationInputException.Violation;
import se.sif.shared.DomainException;

/**
 * The economics pages' and jobs' words in the user's language: labels, titles, and the
 * calculation core's problems where a page lists them rather than showing them beside a
 * form's inputs.
 */
@Component
class EconomicsMessages {

    private final MessageSource messages;

    EconomicsMessages(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        String text = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        return text == null ? key : text;
    }

    /**
     * What a parameter set is, in the user's language: the built-in sets are described in
     * the message bundles ({@code economics.parameterSet.KIND.version}), a set an
     * official added by the words it was added with.
     */
    String describe(ParameterSets.ParameterSet set) {
        String text = messages.getMessage("economics.parameterSet." + set.kind() + "." + set.version(), null,
                set.description(), LocaleContextHolder.getLocale());
        return text == null ? "" : text;
    }

    /**
     * One of the core's problems in the user's language
     * ({@link CalculationForms#problem}).
     */
    String problem(Violation v) {
        DomainException.Violation problem = CalculationForms.problem(v);
        return get(problem.messageKey(), problem.arguments());
    }

    /** The core's problems as a page lists them: each field path with its message. */
    List<Map<String, String>> problems(List<Violation> violations) {
        return violations.stream().map(v -> Map.of("field", v.field(), "message", problem(v))).toList();
    }

}
