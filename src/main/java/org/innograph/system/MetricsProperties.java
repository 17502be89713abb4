package org.innograph.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the request metrics may tag requests with.
 *
 * @param operationNames the operation names that get a tag of their own, besides those of
 * the registered (trusted) documents; by default the explorer's. Every other request
 * counts under {@code other}.
 */
@ConfigurationProperties("innograph.metrics")
record MetricsProperties(@DefaultValue( {
		"Search", "Entity", "DocumentText", "Neighborhood", "Path", "Dataset" }) List<String> operationNames){
}
