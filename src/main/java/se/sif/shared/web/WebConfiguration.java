package se.sif.shared.web;

import org.jspecify.annotations.Nullable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages: Swedish by default; {@code ?lang=en} switches to English and a cookie remembers
 * the choice (a browser's Accept-Language is ignored, so the fund's pages are Swedish
 * unless the user asks). API: the {@code Accept-Language} header chooses the language of
 * messages, Swedish when absent or unsupported. Form fields of kronor, percent and
 * decimals parse in binding, in the user's language ({@link FormFormatters}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver pages = new CookieLocaleResolver("sif-lang");
        pages.setDefaultLocale(SWEDISH);
        pages.setCookieMaxAge(Duration.ofDays(365));
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        api.setSupportedLocales(List.of(SWEDISH, Locale.forLanguageTag("sv"), Locale.ENGLISH));
        api.setDefaultLocale(SWEDISH);
        return new PerChannelLocaleResolver(pages, api);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new FormFormatters.KronorFactory());
        registry.addFormatterForFieldAnnotation(new FormFormatters.PercentFactory());
        registry.addFormatterForFieldAnnotation(new FormFormatters.DecimalFactory());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
    }

    /**
     * The API answers in the language its caller asks for per request; the pages remember
     * the user's choice.
     */
    record PerChannelLocaleResolver(LocaleResolver pages, LocaleResolver api) implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return isApi(request) && org.springframework.util.StringUtils.hasText(request.getHeader("Accept-Language"))
                    ? api.resolveLocale(request) : pages.resolveLocale(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                @Nullable Locale locale) {
            pages.setLocale(request, response, locale);
        }

        private static boolean isApi(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/");
        }
    }

}
