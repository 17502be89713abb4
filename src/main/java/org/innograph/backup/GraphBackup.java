package org.innograph.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.store.GraphStore;
import org.innograph.store.Sha256;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes the whole graph to a file and reads it back into an empty store. The file is
 * JSON lines: a header (format, version, counts), one line per node and per relationship,
 * and a trailer with the counts again and the SHA-256 of every line before it. Migration
 * records and the graph's version stay out: the target store applies its own migrations,
 * and its version moves on with the restore's writes.
 */
@Component
public class GraphBackup {

	static final String FORMAT = "innograph-backup";

	static final int VERSION = 1;

	private static final int BATCH = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GraphStore store;

	GraphBackup(GraphStore store) {
		this.store = store;
	}

	/** Counts of what was written or read: nodes and relationships. */
	public record Counts(long nodes, long relationships) {
	}

	public Counts backup(Path file) throws IOException {
		var nodes = this.store.readForMaintenance("""
				MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion
				RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
				""", Map.of(),
				r -> Map.of("id", r.get("id").asString(), "labels", r.get("labels").asList(Value::asString),
						"properties", r.get("properties").asMap(GraphBackup::portable)));
		var relationships = this.store.readForMaintenance("""
				MATCH (a)-[r]->(b) WHERE NOT a:Migration AND NOT b:Migration
				RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS properties
				""", Map.of(), r -> Map.of("type", r.get("type").asString(), "start", r.get("start").asString(), "end",
				r.get("end").asString(), "properties", r.get("properties").asMap(GraphBackup::portable)));
		var numbers = new HashMap<String, Integer>();
		var digest = Sha256.digest();
		try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			line(out, digest, Map.of("format", FORMAT, "version", VERSION, "createdAt", OffsetDateTime.now().toString(),
					"nodes", nodes.size(), "relationships", relationships.size()));
			for (var node : nodes) {
				var number = numbers.size();
				numbers.put((String) node.get("id"), number);
				line(out, digest,
						Map.of("n", number, "labels", node.get("labels"), "properties", node.get("properties")));
			}
			for (var relationship : relationships) {
				line(out, digest, Map.of("r", relationship.get("type"), "start", numbers.get(relationship.get("start")),
						"end", numbers.get(relationship.get("end")), "properties", relationship.get("properties")));
			}
			out.write(JSON.writeValueAsString(Map.of("nodes", nodes.size(), "relationships", relationships.size(),
					"sha256", HexFormat.of().formatHex(digest.digest()))));
			out.newLine();
		}
		return new Counts(nodes.size(), relationships.size());
	}

	/**
	 * Restores a backup into a store that holds nothing but its migrations. Refuses a
	 * file whose checksum or counts do not match, and removes what it restored when a
	 * check after the load fails.
	 */
	@SuppressWarnings("unchecked")
	public Counts restore(Path file) throws IOException {
		var present = this.store
			.read("MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion RETURN count(n) AS n", Map.of(),
					r -> r.get("n").asLong())
			.getFirst();
		if (present > 0) {
			throw new IllegalStateException("Restore needs an empty store; this one holds " + present + " nodes");
		}
		var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.size() < 2) {
			throw new IllegalArgumentException(file + " is not an Innograph backup");
		}
		var digest = Sha256.digest();
		lines.subList(0, lines.size() - 1)
			.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
		Map<String, Object> header = JSON.readValue(lines.getFirst(), Map.class);
		Map<String, Object> trailer = JSON.readValue(lines.getLast(), Map.class);
		if (!FORMAT.equals(header.get("format")) || !Integer.valueOf(VERSION).equals(header.get("version"))) {
			throw new IllegalArgumentException(
					file + " is not an Innograph backup of version " + VERSION + ": " + header.get("format"));
		}
		if (!HexFormat.of().formatHex(digest.digest()).equals(trailer.get("sha256"))) {
			throw new IllegalArgumentException(file + " is damaged: its checksum does not match its content");
		}
		var nodes = new ArrayList<Map<String, Object>>();
		var relationships = new ArrayList<Map<String, Object>>();
		for (var line : lines.subList(1, lines.size() - 1)) {
			Map<String, Object> item = JSON.readValue(line, Map.class);
			item.put("properties", restored((Map<String, Object>) item.get("properties")));
			(item.containsKey("n") ? nodes : relationships).add(item);
		}
		if (nodes.size() != ((Number) header.get("nodes")).intValue()
				|| relationships.size() != ((Number) header.get("relationships")).intValue()) {
			throw new IllegalArgumentException(file + " is incomplete: its counts do not match its lines");
		}
		this.store.schema("CREATE INDEX restore_id IF NOT EXISTS FOR (n:Restoring) ON (n.restoreId)");
		try {
			for (var batch : batches(nodes)) {
				this.store.writeForMaintenance(tx -> tx.run("""
						UNWIND $rows AS row
						CREATE (n:Restoring {restoreId: row.n})
						SET n += row.properties, n:$(row.labels)
						""", Map.of("rows", batch)).consume());
			}
			this.store.schema("CALL db.awaitIndexes(300)");
			for (var batch : batches(relationships)) {
				this.store.writeForMaintenance(tx -> tx.run("""
						UNWIND $rows AS row
						MATCH (a:Restoring {restoreId: row.start}), (b:Restoring {restoreId: row.end})
						CREATE (a)-[r:$(row.r)]->(b)
						SET r = row.properties
						""", Map.of("rows", batch)).consume());
			}
			var counts = counts();
			if (counts.nodes() != nodes.size() || counts.relationships() != relationships.size()) {
				throw new IllegalStateException("Restored %s, but the backup holds %d nodes and %d relationships"
					.formatted(counts, nodes.size(), relationships.size()));
			}
			long marked;
			do {
				marked = this.store.writeForMaintenance(tx -> tx.run("""
						MATCH (n:Restoring) WITH n LIMIT 10000
						REMOVE n:Restoring, n.restoreId
						RETURN count(n) AS n
						""").single().get("n").asLong());
			}
			while (marked > 0);
			return counts;
		}
		catch (RuntimeException ex) {
			this.store.writeForMaintenance(tx -> tx.run("MATCH (n:Restoring) DETACH DELETE n").consume());
			throw ex;
		}
		finally {
			this.store.schema("DROP INDEX restore_id IF EXISTS");
		}
	}

	private Counts counts() {
		var nodes = this.store
			.read("MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion RETURN count(n) AS n", Map.of(),
					r -> r.get("n").asLong())
			.getFirst();
		var relationships = this.store.readForMaintenance("""
				MATCH (a)-[r]->(b) WHERE NOT a:Migration AND NOT b:Migration RETURN count(r) AS n
				""", Map.of(), r -> r.get("n").asLong()).getFirst();
		return new Counts(nodes, relationships);
	}

	private static List<List<Map<String, Object>>> batches(List<Map<String, Object>> rows) {
		var batches = new ArrayList<List<Map<String, Object>>>();
		for (int i = 0; i < rows.size(); i += BATCH) {
			batches.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
		}
		return batches;
	}

	private static void line(BufferedWriter out, MessageDigest digest, Object item) throws IOException {
		var text = JSON.writeValueAsString(item);
		digest.update((text + "\n").getBytes(StandardCharsets.UTF_8));
		out.write(text);
		out.newLine();
	}

	/** Values JSON can carry as they are; date-times as tagged ISO-8601 text. */
	private static Object portable(Value value) {
		return switch (value.type().name()) {
			case "DATE_TIME" ->
				Map.of("$dateTime", value.asZonedDateTime().format(DateTimeFormatter.ISO_ZONED_DATE_TIME));
			case "LIST" -> value.asList(GraphBackup::portable);
			default -> value.asObject();
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> restored(Map<String, Object> properties) {
		var result = new LinkedHashMap<String, Object>();
		properties.forEach((key, value) -> {
			if (value instanceof Map<?, ?> tagged && tagged.containsKey("$dateTime")) {
				result.put(key, ZonedDateTime.parse((String) tagged.get("$dateTime")));
			}
			else {
				result.put(key, value);
			}
		});
		return result;
	}

}
