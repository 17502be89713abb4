package org.innograph.system;

import java.time.Duration;

import org.innograph.store.StoreSetUp;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

/**
 * Remembers that the store was found away, so that requests meanwhile are refused whole
 * (HTTP 503 with {@code Retry-After}) instead of each running into the same wall. At most
 * one request a second probes whether the store is back; the first probe that gets
 * through lets every request in again. Until the store is set up (an external store that
 * was away at start-up), every request is refused so.
 */
@Component
class StoreAvailability {

	static final Duration PROBE_EVERY = Duration.ofSeconds(1);

	private final Driver driver;

	private final StoreSetUp setUp;

	private volatile boolean away;

	private volatile long lastProbe;

	StoreAvailability(Driver driver, StoreSetUp setUp) {
		this.driver = driver;
		this.setUp = setUp;
	}

	void markAway() {
		this.lastProbe = System.nanoTime();
		this.away = true;
	}

	/**
	 * Whether the store was found away and not yet back; unlike {@link #available()},
	 * never probes.
	 */
	boolean knownAway() {
		return this.away;
	}

	/**
	 * Whether requests should go on to the store: true unless it was found away and still
	 * is.
	 */
	boolean available() {
		if (!this.setUp.done()) {
			// Started before an external store came: nothing is answered from it until
			// it is set up.
			return false;
		}
		if (!this.away) {
			return true;
		}
		var now = System.nanoTime();
		if (now - this.lastProbe < PROBE_EVERY.toNanos()) {
			return false;
		}
		// Whoever probes moves the clock first, so concurrent requests do not all probe.
		this.lastProbe = now;
		try {
			this.driver.verifyConnectivity();
			this.away = false;
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
