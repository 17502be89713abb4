package org.innograph.backup;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the writing and the reading of a backup agree on: its format and version, one JSON
 * object a line, each line hashed with its newline, and date-times (which JSON cannot
 * carry) as tagged ISO-8601 text.
 */
final class BackupFormat {

	static final String FORMAT = "innograph-backup";

	static final int VERSION = 1;

	static final JsonMapper JSON = JsonMapper.builder().build();

	private BackupFormat() {
	}

	/** Writes an item as one line, adding it to the checksum. */
	static void line(Writer out, MessageDigest digest, Object item) throws IOException {
		var text = JSON.writeValueAsString(item);
		hash(digest, text);
		out.write(text);
		out.write('\n');
	}

	/** Adds a line, as it stands in the file, to the checksum. */
	static void hash(MessageDigest digest, String line) {
		digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
	}

	static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> parse(Path file, String line) {
		try {
			return JSON.readValue(line, Map.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(file + " is damaged: a line is not JSON", ex);
		}
	}

	/** Values JSON can carry as they are; date-times as tagged ISO-8601 text. */
	static Object portable(Value value) {
		return switch (value.type().name()) {
			case "DATE_TIME" ->
				Map.of("$dateTime", value.asZonedDateTime().format(DateTimeFormatter.ISO_ZONED_DATE_TIME));
			case "LIST" -> value.asList(BackupFormat::portable);
			default -> value.asObject();
		};
	}

	/** The properties as {@link #portable(Value)} wrote them, date-times parsed back. */
	static Map<String, Object> restored(Map<String, Object> properties) {
		var result = new LinkedHashMap<String, Object>();
		properties.forEach((key, value) -> result.put(key, restored(value)));
		return result;
	}

	private static Object restored(Object value) {
		if (value instanceof Map<?, ?> tagged && tagged.get("$dateTime") instanceof String text) {
			return ZonedDateTime.parse(text);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(BackupFormat::restored).toList();
		}
		return value;
	}

}
