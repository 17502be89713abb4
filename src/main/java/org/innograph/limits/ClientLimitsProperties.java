package org.innograph.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one client may ask of the service: a client is its API key, else its address.
 *
 * @param enabled whether clients are limited at all
 * @param requestsPerSecond the average rate a client may keep up
 * @param burst how many requests a client may send at once after a quiet spell
 * @param concurrent how many of a client's requests may be in flight together
 * @param maxClients how many clients are remembered (the least recent idle one is
 * forgotten first)
 * @param limitLoopback whether clients on the loopback address are limited too (off: a
 * local proxy or benchmark speaks for many)
 */
@ConfigurationProperties("innograph.limits.clients")
record ClientLimitsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("50") double requestsPerSecond,
		@DefaultValue("100") double burst, @DefaultValue("8") int concurrent, @DefaultValue("10000") int maxClients,
		@DefaultValue("false") boolean limitLoopback) {
}
