package se.sif.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The confirmation shown at the top of the next page after a successful form post (post/redirect/get). */
@Component
public class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    public void add(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
    }
}
