package org.flowtrace.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application the commands start; it scans every flowtrace package for configuration. */
@SpringBootApplication(scanBasePackages = "org.flowtrace")
@ConfigurationPropertiesScan("org.flowtrace")
public class FlowtraceApplication {}
