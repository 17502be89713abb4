package org.innograph.limits;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is wrong with the body of a GraphQL request (to {@code /graphql} or an export), in
 * words a client can act on: not UTF-8, not JSON, over a JSON parser limit, no object, a
 * field of the wrong type or no query. The GraphQL handler would answer most of these
 * with a bare 400; this names the fault.
 */
final class RequestBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EXAMPLE = "{\"query\": \"{ __typename }\"}";

	/** Where Jackson names its own setting, which means nothing to a client. */
	private static final Pattern JACKSON_SETTING = Pattern.compile(",? from `[^`]*`");

	private RequestBodies() {
	}

	/** The fault of the body, or null when it is a well-formed GraphQL request. */
	static @Nullable String problem(byte[] body) {
		if (body.length == 0) {
			return "The body is empty: send a GraphQL request in JSON, e.g. " + EXAMPLE;
		}
		var invalidAt = firstInvalidUtf8(body);
		if (invalidAt >= 0) {
			return "The body is not valid UTF-8: byte %d (0x%02X) is no part of a UTF-8 character".formatted(invalidAt,
					body[invalidAt] & 0xFF);
		}
		JsonNode request;
		try {
			request = JSON.readTree(body);
		}
		catch (StreamConstraintsException ex) {
			return "The body's JSON is over a parser limit: "
					+ JACKSON_SETTING.matcher(String.valueOf(ex.getOriginalMessage())).replaceAll("");
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			var where = (location != null && location.getLineNr() > 0)
					? " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr()) : "";
			return "The body is not valid JSON%s: %s".formatted(where, ex.getOriginalMessage());
		}
		if (request == null || !request.isObject()) {
			return "The body must be a JSON object holding the request, e.g. " + EXAMPLE;
		}
		return wronglyTyped(request);
	}

	/**
	 * What is wrongly typed or missing, per the GraphQL-over-HTTP spec ({@code query} a
	 * string, {@code operationName} a string or null, {@code variables} and
	 * {@code extensions} objects or null); null when nothing is.
	 */
	private static @Nullable String wronglyTyped(JsonNode request) {
		var query = request.get("query");
		if (query != null && !query.isNull() && !query.isString()) {
			return "'query' must be a string holding the GraphQL document";
		}
		var operationName = request.get("operationName");
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			return "'operationName' must be a string or null";
		}
		for (var name : List.of("variables", "extensions")) {
			var value = request.get(name);
			if (value != null && !value.isNull() && !value.isObject()) {
				return "'%s' must be a JSON object or null".formatted(name);
			}
		}
		// A request may name a registered document instead of sending it.
		var registered = request.has("documentId")
				|| (request.get("extensions") != null && request.get("extensions").has("persistedQuery"));
		if ((query == null || query.isNull()) && !registered) {
			return "'query' is missing: give the GraphQL document, e.g. " + EXAMPLE;
		}
		return null;
	}

	/** The offset of the first byte that is not part of valid UTF-8, or -1. */
	private static int firstInvalidUtf8(byte[] body) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			decoder.decode(ByteBuffer.wrap(body));
			return -1;
		}
		catch (CharacterCodingException ex) {
			// Decode byte by byte only to find where, which is rare.
			var in = ByteBuffer.wrap(body);
			var out = java.nio.CharBuffer.allocate(body.length);
			decoder.reset();
			var result = decoder.decode(in, out, true);
			return result.isError() ? in.position() : 0;
		}
	}

}
