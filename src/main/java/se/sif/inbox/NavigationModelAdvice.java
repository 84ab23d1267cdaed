package se.sif.inbox;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.sif.identity.Role;

/**
 * Every page gets {@code navigation}: the signed-in role's menu from {@link Navigation}
 * (empty when signed out).
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationModelAdvice {

    @ModelAttribute("navigation")
    List<Navigation.Link> navigation(HttpServletRequest request) {
        Role role = roleOf(SecurityContextHolder.getContext().getAuthentication());
        if (role == null) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Navigation.menu(role, path);
    }

    /**
     * The role the request is signed in with, read from its authorities so the menu costs
     * no database call.
     */
    static Role roleOf(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    return role;
                }
            }
        }
        return null;
    }

}
