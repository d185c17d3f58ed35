package org.flowtrace.api.web.audit;

import java.util.List;
import org.flowtrace.api.graph.FlowtraceProperties;
import org.flowtrace.api.web.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The audit log of this data folder ({@code <data-dir>/audit/audit.jsonl}) and the logins written to it. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean(destroyMethod = "close")
    AuditLog auditLog(FlowtraceProperties flowtrace) {
        return new AuditLog(flowtrace.dataDir().resolve("audit").resolve("audit.jsonl"));
    }

    @Bean
    LoginAudit loginAudit(AuditLog log) {
        return new LoginAudit(log);
    }

    /**
     * Writes interactive logins (the login page, OpenID Connect) and every failed login (form or Basic)
     * to the audit log; Basic-authenticated API requests are written by {@link AuditFilter}.
     */
    static final class LoginAudit {

        private final AuditLog log;

        LoginAudit(AuditLog log) {
            this.log = log;
        }

        @EventListener
        void succeeded(InteractiveAuthenticationSuccessEvent event) {
            if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
                var roles = Role.namesOf(event.getAuthentication().getAuthorities());
                log.append(
                        event.getAuthentication().getName(),
                        roles,
                        details.getRemoteAddress(),
                        "login",
                        "POST",
                        "/login",
                        null,
                        200);
            }
        }

        @EventListener
        void failed(AbstractAuthenticationFailureEvent event) {
            var client = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress()
                    : "unknown";
            log.append(
                    String.valueOf(event.getAuthentication().getName()),
                    List.of(),
                    client,
                    "login-failed",
                    "POST",
                    "/login",
                    null,
                    401);
        }
    }
}
