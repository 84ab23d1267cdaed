package se.sif.shared.web;

import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every page form binds through the same error processor, so unreadable numbers read the
 * same on every page.
 */
@ControllerAdvice(annotations = Controller.class)
class FormBinding {

    @InitBinder
    void errors(WebDataBinder binder) {
        Object target = binder.getTarget();
        ResolvableType type = binder.getTargetType();
        binder.setBindingErrorProcessor(new FormBindingErrorProcessor(
                target != null ? target.getClass() : type != null ? type.resolve() : null));
    }

}
