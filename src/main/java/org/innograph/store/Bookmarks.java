package org.innograph.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Bookmark;

/**
 * A request's causal consistency across replicas: the bookmarks a client sent back (its
 * reads wait until the store has what they name) and those its own writes left (sent to
 * the client, to send back on its next request, to whichever replica). Clients hold them
 * as one opaque header value: the bookmarks, each URL-safe Base64, separated by commas.
 */
public final class Bookmarks {

	/** The bookmarks of the request being served, when it has any. */
	public static final ThreadLocal<@Nullable Bookmarks> OF_THE_REQUEST = new ThreadLocal<>();

	/** The most bookmarks one header may carry: a cluster's databases, with room. */
	private static final int MOST = 16;

	private final Set<Bookmark> given;

	private volatile Set<Bookmark> written = Set.of();

	private Bookmarks(Set<Bookmark> given) {
		this.given = given;
	}

	/** The bookmarks a client sent back, or none. */
	public static Bookmarks given(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return new Bookmarks(Set.of());
		}
		var parts = header.split(",");
		if (parts.length > MOST) {
			throw new IllegalArgumentException("holds more than " + MOST + " bookmarks");
		}
		var bookmarks = new LinkedHashSet<Bookmark>();
		for (var part : parts) {
			String value;
			try {
				value = new String(Base64.getUrlDecoder().decode(part.strip()), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("is not URL-safe Base64");
			}
			if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
				throw new IllegalArgumentException("holds a value that is no bookmark");
			}
			bookmarks.add(Bookmark.from(value));
		}
		return new Bookmarks(Set.copyOf(bookmarks));
	}

	/**
	 * What this request's transactions wait for besides this process's own writes, which
	 * the process's bookmark manager adds (this request's among them): what it was given.
	 */
	Set<Bookmark> toWaitFor() {
		return this.given;
	}

	void wrote(Set<Bookmark> bookmarks) {
		this.written = Set.copyOf(bookmarks);
	}

	/** The header value of what this request wrote, or null when it wrote nothing. */
	public @Nullable String header() {
		var written = this.written;
		if (written.isEmpty()) {
			return null;
		}
		return written.stream()
			.map(b -> Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(b.value().getBytes(StandardCharsets.UTF_8)))
			.sorted()
			.collect(Collectors.joining(","));
	}

}
