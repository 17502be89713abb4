package org.innograph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether the curated seed is loaded at start-up when the graph lacks it
 * @param location the seed file; the documents it names lie in {@code documents/} beside
 * it
 */
@ConfigurationProperties("innograph.seed")
record SeedProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:graph-schema/seed/facts.yaml") String location) {
}
