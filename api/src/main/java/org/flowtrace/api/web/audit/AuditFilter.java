package org.flowtrace.api.web.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.flowtrace.api.web.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every API request (except {@code /api/v1/me}) to the {@link AuditLog} once it is answered,
 * refused ones included. It sits in the security filter chain before the exception translation, so it
 * sees the user and the final status of refused requests too.
 */
public final class AuditFilter extends OncePerRequestFilter {

    private static final Pattern PACK = Pattern.compile("/api/v1/cases/[^/]+/pack");
    private static final Pattern DOCUMENT_FORMAT = Pattern.compile("(^|&)format=(csv|html)(&|$)");

    private final AuditLog log;

    public AuditFilter(AuditLog log) {
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = path(request);
        return !path.startsWith("/api/") || path.equals("/api/v1/me");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        try {
            chain.doFilter(request, response);
        } finally {
            var user = authentication == null ? "anonymous" : authentication.getName();
            List<String> roles = authentication == null ? List.of() : Role.namesOf(authentication.getAuthorities());
            var path = path(request);
            log.append(
                    user,
                    roles,
                    request.getRemoteAddr(),
                    action(request.getMethod(), path, request.getQueryString()),
                    request.getMethod(),
                    path,
                    request.getQueryString(),
                    response.getStatus());
        }
    }

    static String action(String method, String path, @Nullable String query) {
        if (path.startsWith("/api/v1/audit")) {
            return "admin";
        }
        if (path.startsWith("/api/v1/screening")) {
            return "screening";
        }
        if (PACK.matcher(path).matches()
                || (path.equals("/api/v1/traces")
                        && query != null
                        && DOCUMENT_FORMAT.matcher(query).find())) {
            return "export";
        }
        if (path.equals("/api/v1/restitution")) {
            return "read";
        }
        return "GET".equals(method) ? "read" : "change";
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
