package org.flowtrace.api.web.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.flowtrace.api.graph.FlowtraceProperties;
import org.flowtrace.api.web.audit.AuditFilter;
import org.flowtrace.api.web.audit.AuditLog;
import org.flowtrace.api.web.problem.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The access rules of the web application (docs/api.md is their table). Pages log in with a form and
 * a session, protected by a CSRF token; other systems use HTTP Basic on {@code /api/v1} without
 * session or CSRF. Anything not listed is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                    + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'; frame-src 'self'";

    /** API requests without (valid) credentials: 401 with a Basic challenge and a problem detail. */
    private static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, e) -> {
        response.setHeader("WWW-Authenticate", "Basic realm=\"flowtrace\"");
        Problems.write(
                response,
                HttpStatus.UNAUTHORIZED,
                "Log in first (HTTP Basic or the login page).",
                request.getRequestURI());
    };

    private static final String ANALYST = Role.ANALYST.name();
    private static final String PROSECUTOR = Role.PROSECUTOR.name();
    private static final String COMPLIANCE = Role.COMPLIANCE.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    LocalUsers localUsers(SecurityProperties security, FlowtraceProperties flowtrace) {
        return new LocalUsers(new UsersFile(security.usersFile(flowtrace.dataDir())));
    }

    /** BCrypt, as the users file stores. */
    @Bean
    PasswordEncoder passwordEncoder(LocalUsers users) {
        return users.file().encoder();
    }

    /** Requests the firewall refuses (encoded slashes, {@code ..}, NUL …): 400 as a problem detail. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> Problems.write(
                response, HttpStatus.BAD_REQUEST, "The request was refused: its path or headers are not allowed.", "/");
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SecurityProperties security,
            LocalUsers users,
            AuditLog auditLog,
            ObjectProvider<ClientRegistrationRepository> oidc) {
        // CSRF rides on the browser's session cookie: API requests that carry their own credentials, or
        // no session at all, cannot be forged that way (and without credentials they get 401).
        RequestMatcher apiClient = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && (request.getHeader("Authorization") != null || request.getRequestedSessionId() == null);
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.userDetailsService(users)
                .authorizeHttpRequests(access -> access.requestMatchers(
                                "/login", "/error", "/favicon.ico", "/favicon.svg")
                        .permitAll()
                        .requestMatchers(GET, "/api/v1/me")
                        .authenticated()
                        .requestMatchers(GET, "/api/v1/search")
                        .hasRole(ANALYST)
                        .requestMatchers(GET, "/api/v1/elements/neighbours")
                        .hasRole(ANALYST)
                        .requestMatchers(GET, "/api/v1/elements", "/api/v1/provenance")
                        .hasAnyRole(ANALYST, PROSECUTOR)
                        .requestMatchers(GET, "/api/v1/findings", "/api/v1/findings/*")
                        .hasRole(ANALYST)
                        .requestMatchers(GET, "/api/v1/traces")
                        .hasAnyRole(ANALYST, PROSECUTOR)
                        .requestMatchers(POST, "/api/v1/restitution")
                        .hasAnyRole(ANALYST, PROSECUTOR)
                        .requestMatchers(GET, "/api/v1/cases", "/api/v1/cases/*", "/api/v1/cases/*/pack")
                        .hasAnyRole(ANALYST, PROSECUTOR)
                        .requestMatchers(POST, "/api/v1/cases")
                        .hasRole(ANALYST)
                        .requestMatchers(POST, "/api/v1/screening")
                        .hasAnyRole(COMPLIANCE, ANALYST)
                        .requestMatchers(GET, "/api/v1/ingest-runs", "/api/v1/ingest-runs/*")
                        .hasAnyRole(ANALYST, ADMIN)
                        .requestMatchers(GET, "/api/v1/ingest-runs/*/rejects")
                        .hasRole(ANALYST)
                        .requestMatchers(POST, "/api/v1/ingest-runs")
                        .hasRole(ANALYST)
                        .requestMatchers(GET, "/api/v1/audit", "/api/v1/audit/verify")
                        .hasRole(ADMIN)
                        .requestMatchers("/api/**")
                        .denyAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .authenticated()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.defaultSuccessUrl("/", false))
                .httpBasic(basic -> basic.realmName("flowtrace").authenticationEntryPoint(UNAUTHORIZED))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(apiClient))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(UNAUTHORIZED, api)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> Problems.write(
                                        response,
                                        HttpStatus.FORBIDDEN,
                                        "Your role may not use this endpoint.",
                                        request.getRequestURI()),
                                api))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.sameOrigin()))
                .addFilterBefore(new RateLimitFilter(security), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new AuditFilter(auditLog), ExceptionTranslationFilter.class);
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login ->
                    login.userInfoEndpoint(info -> info.userAuthoritiesMapper(oidcRoles(security.oidcRolesClaim()))));
        }
        return http.build();
    }

    /** Maps the values of the configured ID-token claim that name a flowtrace role to that role. */
    static GrantedAuthoritiesMapper oidcRoles(String claim) {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>();
            for (var authority : authorities) {
                if (authority instanceof OidcUserAuthority oidcUser
                        && oidcUser.getIdToken().getClaim(claim) instanceof Collection<?> values) {
                    for (var value : values) {
                        for (var role : Role.values()) {
                            if (role.name().equalsIgnoreCase(String.valueOf(value))) {
                                mapped.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
                            }
                        }
                    }
                }
            }
            return mapped;
        };
    }
}
