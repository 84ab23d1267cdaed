package se.sif.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * Every error of the JSON API as {@code application/problem+json} (RFC 9457), with a
 * message in the caller's language and, for validation, one entry per field. No stack
 * trace ever leaves the server.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final String TYPE_BASE = "https://sif.example/problems/";

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domainRule(DomainException e, HandlerMethod handler) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey(),
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale()));
        // the rules name the page form's fields; the API names the request's own
        // (grantedAmountOre)
        if (e.violations().size() > 1 && e.violations()
            .stream()
            .map(v -> v.messageKey() + java.util.Arrays.deepToString(v.arguments()))
            .distinct()
            .count() > 1) {
            // several rules broken at once: each field with its own message
            problem.setProperty("errors", e.violations()
                .stream()
                .filter(v -> v.field() != null)
                .map(v -> Map.of("field", ApiFieldNames.translate(java.util.Objects.requireNonNull(v.field()), handler),
                        "message", messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale())))
                .toList());
        }
        else if (e.field() != null) {
            problem.setProperty("errors", List
                .of(Map.of("field", ApiFieldNames.translate(e.field(), handler), "message", problem.getDetail())));
        }
        else if (!e.fields().isEmpty()) {
            String required = message("validation.required");
            problem.setProperty("errors",
                    e.fields()
                        .stream()
                        .map(field -> Map.of("field", ApiFieldNames.translate(field, handler), "message", required))
                        .toList());
        }
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", message("problem.notFound"));
    }

    @ExceptionHandler({ ConcurrentEditException.class, OptimisticLockingFailureException.class })
    ProblemDetail concurrentEdit(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-edit", message("problem.concurrentEdit"));
    }

    /**
     * A unique key or another constraint refused a write that the rules in code did not
     * catch (typically the same request sent twice at once): nothing was written, and the
     * caller learns it as a conflict, never as a 500.
     */
    @ExceptionHandler({ DataIntegrityViolationException.class, PessimisticLockingFailureException.class })
    ProblemDetail constraintViolated(RuntimeException e) {
        log.info("Write refused by the database: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "conflict", message("problem.conflict"));
    }

    @ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
    ProblemDetail denied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", message("problem.forbidden"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", message("problem.badRequest"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", message("problem.internal"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Without the version it read, a change cannot be checked against someone else's:
        // a broken rule (422)
        // that names the field, not an unreadable request.
        boolean versionMissing = e.getBindingResult()
            .getFieldErrors()
            .stream()
            .anyMatch(error -> "version".equals(error.getField()) && error.getRejectedValue() == null);
        ProblemDetail problem = versionMissing
                ? problem(HttpStatus.UNPROCESSABLE_CONTENT, "version-required", message("problem.versionRequired"))
                : problem(HttpStatus.BAD_REQUEST, "validation", message("problem.validation"));
        problem.setProperty("errors",
                e.getBindingResult()
                    .getFieldErrors()
                    .stream()
                    .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale())))
                    .toList());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Framework errors (unreadable JSON, wrong media type, ...) keep their status but
        // never their internals.
        if (body == null || body instanceof ProblemDetail) {
            ProblemDetail problem = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(statusCode);
            if (statusCode.is4xxClientError() && problem.getDetail() != null
                    && problem.getDetail().contains("Exception")) {
                problem.setDetail(message("problem.badRequest"));
            }
            body = problem;
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatus status, String type, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        return problem;
    }

    private @Nullable String message(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

}
