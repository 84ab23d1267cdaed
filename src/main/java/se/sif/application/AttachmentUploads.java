package se.sif.application;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How an upload beyond the attachment limit reaches the applicant as a message beside the
 * file field, and never as the servlet container's error page.
 *
 * <p>
 * The container refuses a part beyond its multipart limit while the parameters are read,
 * which the CSRF filter does first, before any handler: the browser would get the
 * container's bare "413". So the container's limit is the attachment limit plus
 * {@link #ENVELOPE} (what a multipart body adds around the file), and the request's
 * length is judged here, before the security filters: a page upload longer than the limit
 * and its envelope is sent, without being read, to the page that says so (a GET, which
 * changes nothing and needs no CSRF token). Anything shorter reaches the handlers, which
 * measure the file itself ({@link Attachments#add}). The API's uploads are judged by the
 * handler alone (413 problem+json).
 */
@Configuration(proxyBeanMethods = false)
class AttachmentUploads {

    /** Room for the multipart boundaries, part headers and the form's other fields. */
    static final long ENVELOPE = 64 * 1024;

    private static final Pattern PAGE_UPLOAD = Pattern.compile("/applications/(\\d+)/attachments");

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${sif.attachments.max-size:10MB}") DataSize maxSize) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(maxSize.toBytes() + ENVELOPE));
        factory.setMaxRequestSize(DataSize.ofBytes(-1));
        return factory.createMultipartConfig();
    }

    /** First of all filters: the session and security filters read the parameters. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> attachmentUploadLimit(
            @Value("${sif.attachments.max-size:10MB}") DataSize maxSize) {
        long limit = maxSize.toBytes() + ENVELOPE;
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        Matcher page = PAGE_UPLOAD
                            .matcher(request.getRequestURI().substring(request.getContextPath().length()));
                        if ("POST".equals(request.getMethod()) && page.matches()
                                && request.getContentLengthLong() > limit) {
                            response.sendRedirect(request.getContextPath() + "/applications/" + page.group(1)
                                    + "/attachments/too-large#file");
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/applications/*");
        return registration;
    }

}
