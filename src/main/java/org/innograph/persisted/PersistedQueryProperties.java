package org.innograph.persisted;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many persisted queries the service keeps in memory.
 *
 * @param enabled whether queries may be sent by their hash
 * @param maxCharacters the characters of query text kept in all; the queries least
 * recently used are forgotten first, and their clients register them again
 */
@ConfigurationProperties("innograph.persisted-queries")
record PersistedQueryProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2000000") long maxCharacters) {
}
