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
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Pages: Swedish by default; {@code ?lang=en} switches to English and a cookie remembers
 * the choice (a browser's Accept-Language is ignored, so the fund's pages are Swedish
 * unless the user asks). API: the {@code Accept-Language} header chooses the language of
 * messages, Swedish when absent or unsupported. Form fields of kronor, percent and
 * decimals parse in binding, in the user's language ({@link FormFormatters}).
 * <p>
 * Static resources are served from three explicit paths only ({@code /css/**},
 * {@code /js/**}, {@code /webjars/**}; {@code spring.web.resources.add-mappings=false}
 * turns off Spring Boot's catch-all {@code /**} handler). Every link a page renders
 * ({@code @{...}}) passes through the resource URL encoding filter; with a {@code /**}
 * handler every one of them, {@code /applications/12/edit} as much as the style sheet,
 * was looked up on the class path in four locations, and as only found resources are
 * cached, the misses were looked up again on every link of every page (77 % of the CPU in
 * the deadline rush of issue 9). Now a link outside the three paths matches no handler
 * and is left alone, and a resource's versioned URL (its content hash, computed once) is
 * cached, so a browser may keep the file for a year.
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

    /** Where the static resources are served; nothing else is. */
    static final List<String> RESOURCE_PATHS = List.of("/css/", "/js/", "/webjars/");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        versioned(registry, "/css/**", "classpath:/static/css/");
        versioned(registry, "/js/**", "classpath:/static/js/");
        // the chain adds the webjars locator (version-less paths) before the class path
        versioned(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
    }

    /**
     * Flash messages ("saved", "submitted") are kept in the session between a POST and
     * the page it redirects to, as usual; but the dispatcher asks for them on every
     * request, and asking opens the session, which Spring Session JDBC then reads and
     * writes back (its last-access time). A style sheet or script never shows a flash
     * message, so those requests leave the session alone.
     */
    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new SessionFlashMapManager() {

            @Override
            protected @Nullable List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
                return isResource(request) ? null : super.retrieveFlashMaps(request);
            }

        };
    }

    static boolean isResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return RESOURCE_PATHS.stream().anyMatch(path::startsWith);
    }

    /**
     * Resources whose links carry their content's hash ({@code sif-<md5>.css}): cached in
     * the browser for a year, and resolved once on the server.
     */
    private static void versioned(ResourceHandlerRegistry registry, String pattern, String location) {
        registry.addResourceHandler(pattern)
            .addResourceLocations(location)
            .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
            .resourceChain(true)
            .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
            .addTransformer(new CssLinkResourceTransformer());
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
