package org.flowtrace.api.web;

import java.io.IOException;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.flowtrace.api.web.problem.Problems;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Requests the servlet container refuses itself, before the application sees them, still get a
 * problem detail: encoded slashes ({@code %2F}) pass through to Spring Security's firewall, which
 * refuses them with one, and what the container refuses on its own (a NUL byte in the path, an
 * oversized header) is answered by {@link ProblemReportValve} instead of Tomcat's HTML page.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report as a problem detail: status and reason only. */
    public static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            var status = HttpStatus.resolve(response.getStatus());
            if (status == null
                    || status.value() < 400
                    || response.getContentWritten() > 0
                    || !response.setErrorReported()) {
                return;
            }
            try {
                Problems.write(
                        response,
                        status,
                        "The request was refused by the server: "
                                + status.getReasonPhrase().toLowerCase(Locale.ROOT) + ".",
                        request.getRequestURI() == null ? "/" : request.getRequestURI());
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response is committed: nothing more to say
            }
        }
    }
}
