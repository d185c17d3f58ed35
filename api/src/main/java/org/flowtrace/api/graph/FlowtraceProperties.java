package org.flowtrace.api.graph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.*}: settings shared by every command.
 *
 * @param dataDir the data folder: embedded store, job repository, rejects files
 */
@ConfigurationProperties("flowtrace")
public record FlowtraceProperties(
        @DefaultValue("flowtrace-data") Path dataDir) {}
