package se.sif.shared.web;

import org.jspecify.annotations.Nullable;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriUtils;

/**
 * Gives every {@link Created} handler's answer its 201 status and {@code Location}, once
 * for the whole API.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class CreatedResponses implements ResponseBodyAdvice<Object> {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(body\\.)?([A-Za-z0-9_]+)}");

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(Created.class);
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof org.springframework.http.ProblemDetail) {
            return body; // an error from the same handler keeps its own status
        }
        response.setStatusCode(HttpStatus.CREATED);
        if (response.getHeaders().getLocation() == null && request instanceof ServletServerHttpRequest servlet) {
            Created created = returnType.getMethodAnnotation(Created.class);
            if (created != null) {
                response.getHeaders().setLocation(location(created.value(), servlet.getServletRequest(), body));
            }
        }
        return body;
    }

    static URI location(String template, HttpServletRequest request, @Nullable Object body) {
        @SuppressWarnings("unchecked")
        Map<String, String> pathVariables = (Map<String, String>) request
            .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder location = new StringBuilder(request.getContextPath());
        while (placeholder.find()) {
            String name = placeholder.group(2);
            Object value = placeholder.group(1) != null ? property(body, name)
                    : pathVariables == null ? null : pathVariables.get(name);
            if (value == null) {
                throw new IllegalStateException("No value for {" + placeholder.group() + "} in " + template);
            }
            placeholder.appendReplacement(location, Matcher.quoteReplacement(
                    UriUtils.encodePathSegment(value.toString(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        placeholder.appendTail(location);
        return URI.create(location.toString());
    }

    private static @Nullable Object property(@Nullable Object body, String name) {
        if (body instanceof Map<?, ?> map) {
            return map.get(name);
        }
        if (body != null && body.getClass().isRecord()) {
            for (RecordComponent component : body.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    try {
                        component.getAccessor().setAccessible(true);
                        return component.getAccessor().invoke(body);
                    }
                    catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return null;
    }

}
