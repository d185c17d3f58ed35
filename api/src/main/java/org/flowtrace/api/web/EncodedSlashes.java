package org.flowtrace.api.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets encoded slashes ({@code %2F}) through the servlet container so that Spring Security's firewall
 * refuses them with a problem detail, rather than the container with an HTML page.
 */
@Configuration(proxyBeanMethods = false)
class EncodedSlashes {

    @Bean
    TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }
}
