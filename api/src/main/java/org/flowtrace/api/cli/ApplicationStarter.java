package org.flowtrace.api.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.flowtrace.api.FlowtraceApplication;
import org.flowtrace.api.web.WebApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for one command. The command's options are passed as command-line
 * properties, so they win over the environment, {@code ./flowtrace.properties} and the defaults.
 */
public final class ApplicationStarter {

    private ApplicationStarter() {}

    static ConfigurableApplicationContext start(ConnectionOptions options) {
        return start(options.properties());
    }

    /** Starts the application with these configuration keys set, above every other source. */
    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return start(properties, true);
    }

    /** Starts the web application ({@code serve}): the commands' application plus the web components. */
    public static ConfigurableApplicationContext startWeb(Map<String, Object> properties) {
        var withWeb = new LinkedHashMap<>(properties);
        withWeb.putIfAbsent(
                "flowtrace.ingest.rejects-dir",
                properties.getOrDefault("flowtrace.data-dir", "flowtrace-data") + "/rejects");
        withWeb.put("spring.main.web-application-type", "servlet");
        return new SpringApplicationBuilder(FlowtraceApplication.class, WebApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(arguments(withWeb));
    }

    /**
     * As {@link #start(Map)}; without {@code shutdownHook} the caller closes the context itself, e.g.
     * after letting a running job stop cleanly on Ctrl-C.
     */
    static ConfigurableApplicationContext start(Map<String, Object> properties, boolean shutdownHook) {
        return new SpringApplicationBuilder(FlowtraceApplication.class)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(shutdownHook)
                .run(arguments(properties));
    }

    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
    }
}
