package org.flowtrace.api.web.screening;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.web.screening.*}.
 *
 * @param refresh how long a screening index built from the graph is used before it is built again
 *     (newly loaded lists and registers are screened against after at most this long)
 */
@ConfigurationProperties("flowtrace.web.screening")
public record ScreeningProperties(@DefaultValue("5m") Duration refresh) {}
