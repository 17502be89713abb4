package org.innograph.changes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the feed reads the graph's version while anyone
 * subscribes: a change reaches subscribers within about this time
 * @param pageSize how many changes one read of the log takes at most
 */
@ConfigurationProperties("innograph.changes")
record ChangeProperties(@DefaultValue("200ms") Duration pollInterval, @DefaultValue("200") int pageSize) {
}
