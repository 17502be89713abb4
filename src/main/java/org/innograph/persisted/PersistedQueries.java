package org.innograph.persisted;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The queries clients registered by their SHA-256, least recently used forgotten first
 * once their text passes {@code innograph.persisted-queries.max-characters}. A query is
 * registered only with the text whose hash it is, so a hash always names one query.
 */
@Component
public class PersistedQueries {

	private final PersistedQueryProperties properties;

	private final LinkedHashMap<String, String> byHash = new LinkedHashMap<>(16, 0.75f, true);

	private long characters;

	PersistedQueries(PersistedQueryProperties properties) {
		this.properties = properties;
	}

	/** What a request's {@code persistedQuery} extension comes to. */
	public sealed interface Resolution {

	}

	/** The query to run: the one sent, now registered, or the one its hash names. */
	public record Run(String query) implements Resolution {
	}

	/** The request cannot run; the error says why, in the protocol's terms. */
	public record Refused(String message, String code) implements Resolution {
	}

	/**
	 * Resolves a request's query against its {@code persistedQuery} extension; null when
	 * the request has no such extension, and runs as it came.
	 */
	public @Nullable Resolution resolve(@Nullable String query, @Nullable Map<String, Object> extensions) {
		var persisted = (extensions != null) ? extensions.get("persistedQuery") : null;
		if (persisted == null) {
			return null;
		}
		if (!this.properties.enabled()) {
			return new Refused("PersistedQueryNotSupported", "PERSISTED_QUERY_NOT_SUPPORTED");
		}
		if (!(persisted instanceof Map<?, ?> fields) || !Integer.valueOf(1).equals(number(fields.get("version")))
				|| !(fields.get("sha256Hash") instanceof String hash)) {
			return new Refused("Unsupported persisted query: give {\"version\": 1, \"sha256Hash\": \"…\"}",
					"BAD_REQUEST");
		}
		var key = hash.toLowerCase(Locale.ROOT);
		if (query == null || query.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query)) {
			var known = lookup(key);
			return (known != null) ? new Run(known)
					: new Refused("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");
		}
		if (!Sha256.hex(query).equals(key)) {
			return new Refused("provided sha does not match query", "BAD_REQUEST");
		}
		register(key, query);
		return new Run(query);
	}

	/** The query registered under a hash, if it still is. */
	synchronized @Nullable String lookup(String hash) {
		return this.byHash.get(hash);
	}

	private synchronized void register(String hash, String query) {
		// get, not containsKey: a query registered again counts as used.
		if (this.byHash.get(hash) != null || query.length() > this.properties.maxCharacters()) {
			return;
		}
		this.byHash.put(hash, query);
		this.characters += query.length();
		var eldest = this.byHash.entrySet().iterator();
		while (this.characters > this.properties.maxCharacters() && eldest.hasNext()) {
			this.characters -= eldest.next().getValue().length();
			eldest.remove();
		}
	}

	/** The number of queries registered, for the tests. */
	synchronized int size() {
		return this.byHash.size();
	}

	private static @Nullable Integer number(@Nullable Object value) {
		return (value instanceof Number n && n.doubleValue() == n.intValue()) ? n.intValue() : null;
	}

}
