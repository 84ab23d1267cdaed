package se.sif.identity;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.context.i18n.LocaleContextHolder;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two filter chains. The API ({@code /api/**}) accepts the browser's session (with CSRF
 * protection) or HTTP Basic for scripts (stateless, no CSRF token) and answers 401/403 as
 * problem+json. Pages use form login, or OIDC when a client registration is configured
 * (production: the organisation's identity provider, e.g. SITHS through a broker).
 * Authorisation rules per action live on the module services ({@code @PreAuthorize}); the
 * chains only require a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_PATHS = { "/", "/login", "/accessibility", "/css/**", "/js/**", "/webjars/**",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            // an invitation's link: its token is the credential of someone who has no
            // account yet
            "/invitations/*" };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, MessageSource messages) throws Exception {
        RequestMatcher basicAuthenticated = request -> {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        };
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
            .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problem(response,
                    HttpStatus.UNAUTHORIZED, messages, "problem.unauthorized")))
            .csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthenticated))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED, messages,
                        "problem.unauthorized"))
                .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN, messages,
                        "problem.forbidden")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
            DatabaseUserDetailsService users) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize.requestMatchers(PUBLIC_PATHS)
            .permitAll()
            .requestMatchers("/actuator/**")
            .hasRole(Role.ADMIN.name())
            .anyRequest()
            .authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                            + "frame-ancestors 'none'; form-action 'self'")));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService(users))));
        }
        return http.build();
    }

    /**
     * An OIDC user gets the role the fund has given the same username here; unknown users
     * get none.
     */
    private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(DatabaseUserDetailsService users) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Set<GrantedAuthority> authorities = new HashSet<>(users.authoritiesOf(user.getPreferredUsername()));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
        };
    }

    private static void problem(HttpServletResponse response, HttpStatus status, MessageSource messages, String key)
            throws IOException {
        String detail = java.util.Objects
            .requireNonNullElse(messages.getMessage(key, null, key, LocaleContextHolder.getLocale()), key);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
            .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                    + status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }

}
