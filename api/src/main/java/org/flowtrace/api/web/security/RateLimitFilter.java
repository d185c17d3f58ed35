package org.flowtrace.api.web.security;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.flowtrace.api.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits login attempts and screening requests per client address (Resilience4j rate limiters, one per
 * address and purpose, refilled every minute). A request over the limit gets {@code 429} with
 * {@code Retry-After} and a problem detail; it never reaches authentication or the screening index.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final RateLimiterRegistry login;
    private final RateLimiterRegistry screening;

    RateLimitFilter(SecurityProperties properties) {
        this.login = registry(properties.loginAttemptsPerMinute());
        this.screening = registry(properties.screeningsPerMinute());
    }

    private static RateLimiterRegistry registry(int perMinute) {
        return RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(perMinute)
                .limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var registry = limited(request);
        if (registry != null && !registry.rateLimiter(request.getRemoteAddr()).acquirePermission()) {
            response.setHeader("Retry-After", Long.toString(PERIOD.toSeconds()));
            Problems.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests from this address; try again in a minute.",
                    request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }

    private @Nullable RateLimiterRegistry limited(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && path.equals("/login")) {
            return login;
        }
        if (path.startsWith("/api/v1/screening")) {
            return screening;
        }
        return null;
    }
}
