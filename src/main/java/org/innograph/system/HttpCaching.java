package org.innograph.system;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.innograph.store.GraphStore;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Answers to queries by GET can be kept by browsers and CDNs. An answer without errors to
 * an anonymous request carries an {@code ETag} made of the graph's version
 * ({@link GraphStore#version()}, which every write changes), the release of the service,
 * and the request (query, operation name, variables, extensions and the media types it
 * accepts), and {@code Cache-Control: public} with {@code innograph.http.cache-max-age}.
 * A request that sends the ETag back in {@code If-None-Match} gets {@code 304} before its
 * query runs, as long as nothing was written since: the validator saves the work, not
 * only the transfer. An answer to a request with a key is {@code private, no-store}, and
 * an answer with errors {@code no-store}: neither is kept anywhere.
 */
class HttpCaching {

	private static final Logger log = LoggerFactory.getLogger(HttpCaching.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The request headers an answer depends on, besides its address (Tomcat's compression
	 * adds Accept-Encoding to a compressed answer; it is named here so that a 304 says
	 * the same as the answer it stands for).
	 */
	static final String VARY = "Accept, Accept-Encoding, Authorization, " + CausalConsistency.HEADER;

	private final GraphStore store;

	private final StoreAvailability availability;

	private final String publicCacheControl;

	private final String release;

	HttpCaching(GraphStore store, StoreAvailability availability, HttpProperties properties, String release) {
		this.store = store;
		this.availability = availability;
		this.publicCacheControl = "public, max-age=" + properties.cacheMaxAge().toSeconds();
		this.release = release;
	}

	/**
	 * The validator an answer to this request would carry, for the graph as it is now;
	 * null when it would carry none (a key was sent, or the version cannot be read, or a
	 * bookmark asks for a read no older than a write, which no cache can promise).
	 */
	@Nullable String etag(ServerRequest request, Map<String, Object> body) {
		if (!anonymous(request) || this.availability.knownAway()
				|| request.headers().firstHeader(CausalConsistency.HEADER) != null) {
			return null;
		}
		String version;
		try {
			version = this.store.version();
		}
		catch (ServiceUnavailableException ex) {
			// Found away here first: the gate then refuses the query at once.
			this.availability.markAway();
			return null;
		}
		catch (RuntimeException ex) {
			// The query meets the same failure and reports it; the answer is not cached.
			log.debug("No graph version for an ETag: {}", ex.getMessage());
			return null;
		}
		if (version == null) {
			return null;
		}
		var accept = String.join(",", request.headers().header(HttpHeaders.ACCEPT));
		var identity = String.join("\n", version, this.release, accept, JSON.writeValueAsString(body));
		// Weak: each answer carries its own request id, so equal answers are not byte for
		// byte equal.
		return "W/\"" + Sha256.hex(identity).substring(0, 32) + "\"";
	}

	/** A 304 when the client holds the answer the request would get now. */
	Optional<ServerResponse> notModified(ServerRequest request, @Nullable String etag) {
		if (etag == null || !held(request, etag)) {
			return Optional.empty();
		}
		return Optional.of(ServerResponse.status(HttpStatus.NOT_MODIFIED)
			.header("X-Request-Id", RequestIds.idFor(request.headers().firstHeader("X-Request-Id")))
			.eTag(etag)
			.header(HttpHeaders.CACHE_CONTROL, this.publicCacheControl)
			.header(HttpHeaders.VARY, VARY)
			.build());
	}

	/** Adds the caching headers to an answer by GET. */
	void describe(WebGraphQlResponse response, @Nullable String etag, boolean anonymous) {
		var headers = response.getResponseHeaders();
		headers.set(HttpHeaders.VARY, VARY);
		if (!anonymous) {
			headers.setCacheControl("private, no-store");
		}
		else if (etag != null && response.isValid() && response.getErrors().isEmpty()) {
			headers.setETag(etag);
			headers.setCacheControl(this.publicCacheControl);
		}
		else {
			headers.setCacheControl("no-store");
		}
	}

	static boolean anonymous(ServerRequest request) {
		return request.headers().firstHeader(HttpHeaders.AUTHORIZATION) == null;
	}

	/**
	 * Whether {@code If-None-Match} names the ETag (compared weakly, as RFC 9110 asks).
	 */
	private static boolean held(ServerRequest request, String etag) {
		var opaque = opaque(etag);
		return request.headers()
			.header(HttpHeaders.IF_NONE_MATCH)
			.stream()
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.anyMatch(tag -> tag.equals("*") || opaque(tag).equals(opaque));
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

}
