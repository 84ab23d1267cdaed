package se.sif.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page gets {@code currentUser} (or null) so the layout can show the right
 * navigation.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModelAdvice {

    private final Users users;

    CurrentUserModelAdvice(Users users) {
        this.users = users;
    }

    @ModelAttribute("currentUser")
    @Nullable CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return users.find(authentication.getName()).orElse(null);
    }

}
