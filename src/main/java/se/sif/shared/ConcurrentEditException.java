package se.sif.shared;

import org.jspecify.annotations.Nullable;

/**
 * Somebody else saved the same thing after the user loaded it; nothing of the user's
 * change was written.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, @Nullable Object id) {
        super(what + " " + id + " was changed by someone else");
    }

}
