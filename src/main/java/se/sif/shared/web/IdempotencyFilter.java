package se.sif.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the API's POST requests, once for every endpoint: the first
 * request with a key runs and its response (status, {@code Location}, body) is kept for
 * 24 hours under the user and the key; the same request again with the same key gets that
 * response replayed ({@code Idempotency-Replayed: true}) and is not done again; a
 * different request under a used key is refused (422); a repeat while the first still
 * runs is a conflict (409). Server errors and conflicts are not kept, so the client may
 * retry them with the same key. Runs after the security filters, so the user is known and
 * an unauthenticated call never reaches the table.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";

    private static final String EXPIRED = "created_at < now() - interval '24 hours'";

    private final JdbcClient jdbc;

    private final MessageSource messages;

    private final LocaleResolver locales;

    IdempotencyFilter(JdbcClient jdbc, MessageSource messages, LocaleResolver locales) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    record Stored(String requestHash, Integer status, String location, String contentType, byte[] body) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER).strip();
        if (authentication == null || !authentication.isAuthenticated() || key.isEmpty() || key.length() > 255) {
            chain.doFilter(request, response);
            return;
        }
        String user = authentication.getName();
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request, body);
        jdbc.sql("delete from idempotency_key where username = :u and " + EXPIRED).param("u", user).update();
        int claimed = jdbc.sql("""
                insert into idempotency_key (username, idempotency_key, request_hash) values (:u, :k, :h)
                on conflict do nothing""").param("u", user).param("k", key).param("h", hash).update();
        if (claimed == 0) {
            answerRepeat(request, response, user, key, hash);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new BufferedRequest(request, body), recorded);
            int status = recorded.getStatus();
            if (status < 500 && status != HttpStatus.CONFLICT.value()) {
                jdbc.sql("""
                        update idempotency_key set status = :s, location = :l, content_type = :c, body = :b
                        where username = :u and idempotency_key = :k""")
                    .param("s", status)
                    .param("l", recorded.getHeader(HttpHeaders.LOCATION))
                    .param("c", recorded.getContentType())
                    .param("b", recorded.getContentAsByteArray())
                    .param("u", user)
                    .param("k", key)
                    .update();
                kept = true;
            }
            recorded.copyBodyToResponse();
        }
        finally {
            if (!kept) {
                jdbc.sql("delete from idempotency_key where username = :u and idempotency_key = :k")
                    .param("u", user)
                    .param("k", key)
                    .update();
            }
        }
    }

    private void answerRepeat(HttpServletRequest request, HttpServletResponse response, String user, String key,
            String hash) throws IOException {
        Optional<Stored> stored = jdbc.sql("""
                select request_hash, status, location, content_type, body from idempotency_key
                where username = :u and idempotency_key = :k""")
            .param("u", user)
            .param("k", key)
            .query(Stored.class)
            .optional();
        if (stored.isEmpty()) {
            // the first request failed and gave its key back between our insert and this
            // read: a conflict to retry
            problem(request, response, HttpStatus.CONFLICT, "idempotency-in-flight", "problem.idempotencyInFlight");
        }
        else if (!stored.get().requestHash().equals(hash)) {
            problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "problem.idempotencyKeyReused");
        }
        else if (stored.get().status() == null) {
            problem(request, response, HttpStatus.CONFLICT, "idempotency-in-flight", "problem.idempotencyInFlight");
        }
        else {
            Stored answer = stored.get();
            response.setStatus(answer.status());
            response.setHeader(REPLAYED, "true");
            if (answer.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, answer.location());
            }
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            if (answer.body() != null && answer.body().length > 0) {
                response.getOutputStream().write(answer.body());
            }
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String messageKey) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detail = String.valueOf(messages.getMessage(messageKey, null, messageKey, locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
            .write("{\"type\":\"" + ApiExceptionHandler.TYPE_BASE + type + "\",\"title\":\"" + status.getReasonPhrase()
                    + "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
                    + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The request with its body read once up front (to hash it) and served again to the
     * controller.
     */
    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(
                    new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

    }

}
