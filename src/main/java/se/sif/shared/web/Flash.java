package se.sif.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;

/**
 * The message shown at the top of the next page after a form post (post/redirect/get): a
 * confirmation or a refusal.
 */
@Component
public class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    public void add(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
    }

    /**
     * Runs one step of a page without a form of its own and reports the outcome on the
     * next page: the confirmation, or the rule that refused it (nothing of the step is
     * written then).
     */
    public void attempt(RedirectAttributes redirect, String doneKey, Runnable step, Object... doneArguments) {
        try {
            step.run();
            add(redirect, doneKey, doneArguments);
        }
        catch (ConcurrentEditException e) {
            error(redirect, "problem.concurrentEdit");
        }
        catch (DomainException e) {
            error(redirect, e.messageKey(), e.arguments());
        }
    }

    /**
     * A refused step on a page without a form of its own: shown as an error summary on
     * the next page.
     */
    public void error(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flashError",
                messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
    }

}
