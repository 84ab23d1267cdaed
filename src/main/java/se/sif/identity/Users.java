package se.sif.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class Users {

    private final UserRepository repository;

    Users(UserRepository repository) {
        this.repository = repository;
    }

    /**
     * The signed-in user; access is denied when nobody (or an unknown account) is signed
     * in.
     */
    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("not signed in");
        }
        return find(authentication.getName()).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    /**
     * A signed-in identity for work done on a user's behalf without a request (a
     * background job), with the role the user has now; empty when the account is gone or
     * disabled.
     */
    public Optional<Authentication> authenticationFor(String username) {
        return find(username)
            .map(user -> org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user.username(), null, List.of(user.role().grantedAuthority())));
    }

    public Optional<CurrentUser> find(String username) {
        return repository.findEnabled(username);
    }

    public List<CurrentUser> withRole(Role role) {
        return repository.enabledWithRole(role);
    }

    public String displayName(String username) {
        return find(username).map(CurrentUser::displayName).orElse(username);
    }

    /**
     * Where an enabled user's e-mail goes; empty when the account is gone or disabled or
     * has no address.
     */
    public Optional<String> email(String username) {
        return repository.email(username);
    }

}
