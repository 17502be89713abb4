package org.innograph.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.innograph.system.InvalidArgumentException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keyset cursors: the sort key values of an item and the ordering they belong to, as
 * URL-safe Base64 of JSON. A cursor from another ordering, or a damaged one, is refused
 * with a clear error rather than misread.
 */
final class Cursors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Cursors() {
	}

	static String encode(String ordering, List<Object> keys) {
		var json = JSON.writeValueAsBytes(Map.of("o", ordering, "k", keys));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
	}

	static List<Object> decode(String argument, String cursor, String ordering, int keys) {
		try {
			var json = Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII));
			var map = JSON.readValue(json, Map.class);
			if (!ordering.equals(map.get("o"))) {
				throw new InvalidArgumentException(argument,
						"Cursor '%s' belongs to another ordering or list; take cursors from the same query"
							.formatted(argument));
			}
			if (!(map.get("k") instanceof List<?> values) || values.size() != keys) {
				throw invalid(argument);
			}
			@SuppressWarnings("unchecked")
			var result = (List<Object>) values;
			return result;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw invalid(argument);
		}
	}

	private static InvalidArgumentException invalid(String argument) {
		return new InvalidArgumentException(argument,
				"Argument '%s' is not a cursor of this list; use a cursor from pageInfo or an edge"
					.formatted(argument));
	}

}
