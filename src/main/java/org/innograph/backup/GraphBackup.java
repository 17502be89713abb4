package org.innograph.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

import org.innograph.store.GraphStore;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes the whole graph to a file and reads it back into an empty store, both streamed:
 * memory does not grow with the graph. The file is JSON lines: a header (format, version,
 * counts), one line per node (keyed by its element id in the store it came from) and per
 * relationship (naming its nodes by those keys), and a trailer with the counts again and
 * the SHA-256 of every line before it. Migration records and the graph's version stay
 * out: the target store applies its own migrations, and its version moves on with the
 * restore's writes.
 */
@Component
public class GraphBackup {

	static final String FORMAT = "innograph-backup";

	static final int VERSION = 1;

	static final int BATCH = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Marks a store that a restore is writing, or that a restore left unfinished. */
	static final String MARKER = "RestoreInProgress";

	/**
	 * What is backed up: everything but the migrations' records and the graph's version.
	 */
	private static final String NODES = """
			MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion
			RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
			""";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			WHERE NOT a:Migration AND NOT a:GraphVersion AND NOT b:Migration AND NOT b:GraphVersion
			RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS properties
			""";

	private static final String COUNT_NODES = """
			MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion AND NOT n:RestoreInProgress
			RETURN count(n) AS n
			""";

	private static final String COUNT_RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			WHERE NOT a:Migration AND NOT a:GraphVersion AND NOT b:Migration AND NOT b:GraphVersion
			RETURN count(r) AS n
			""";

	private final GraphStore store;

	GraphBackup(GraphStore store) {
		this.store = store;
	}

	/** Counts of what was written or read: nodes and relationships. */
	public record Counts(long nodes, long relationships) {
	}

	/**
	 * Backs the graph up to {@code file}: written as {@code file.partial} and moved to
	 * its name only when whole, so that a backup that fails or is stopped leaves no file
	 * that looks complete (and an older backup of that name as it was).
	 */
	public Counts backup(Path file) throws IOException {
		return backup(file, UnaryOperator.identity());
	}

	/**
	 * As {@link #backup(Path)}, with the file's stream wrapped, so tests can break it.
	 */
	Counts backup(Path file, UnaryOperator<OutputStream> wrap) throws IOException {
		var partial = file.resolveSibling(file.getFileName() + ".partial");
		try {
			Counts counts;
			try (var channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				var out = new BufferedWriter(
						new OutputStreamWriter(wrap.apply(Channels.newOutputStream(channel)), StandardCharsets.UTF_8),
						1 << 16);
				counts = this.store.readInOneTransaction(reads -> write(reads, out));
				out.flush();
				channel.force(true);
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return counts;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/**
	 * Writes the graph as one read transaction sees it, record by record. Neo4j reads
	 * what is committed when it reads, not a snapshot: every write through the service
	 * raises the graph's version, so a version that moved during the read means the file
	 * may mix states, and the backup fails rather than keep it.
	 */
	private static Counts write(QueryRunner reads, Writer out) throws IOException {
		var unfinished = reads.run("MATCH (m:RestoreInProgress) RETURN count(m) AS n").single().get("n").asLong();
		if (unfinished > 0) {
			throw new IllegalStateException("The store holds an unfinished restore; it is not backed up");
		}
		var versionBefore = version(reads);
		var nodes = reads.run(COUNT_NODES).single().get("n").asLong();
		var relationships = reads.run(COUNT_RELATIONSHIPS).single().get("n").asLong();
		var digest = Sha256.digest();
		var header = new LinkedHashMap<String, Object>();
		header.put("format", FORMAT);
		header.put("version", VERSION);
		header.put("createdAt", OffsetDateTime.now().toString());
		header.put("nodes", nodes);
		header.put("relationships", relationships);
		line(out, digest, header);
		long nodesWritten = 0;
		var nodeRows = reads.run(NODES);
		while (nodeRows.hasNext()) {
			var node = nodeRows.next();
			var item = new LinkedHashMap<String, Object>();
			item.put("n", node.get("id").asString());
			item.put("labels", node.get("labels").asList(Value::asString));
			item.put("properties", node.get("properties").asMap(GraphBackup::portable));
			line(out, digest, item);
			nodesWritten++;
		}
		long relationshipsWritten = 0;
		var relationshipRows = reads.run(RELATIONSHIPS);
		while (relationshipRows.hasNext()) {
			var relationship = relationshipRows.next();
			var item = new LinkedHashMap<String, Object>();
			item.put("r", relationship.get("type").asString());
			item.put("start", relationship.get("start").asString());
			item.put("end", relationship.get("end").asString());
			item.put("properties", relationship.get("properties").asMap(GraphBackup::portable));
			line(out, digest, item);
			relationshipsWritten++;
		}
		if (nodesWritten != nodes || relationshipsWritten != relationships
				|| !Objects.equals(versionBefore, version(reads))) {
			throw new IllegalStateException(
					"The graph changed while it was backed up; back it up again while nothing writes to it");
		}
		var trailer = new LinkedHashMap<String, Object>();
		trailer.put("nodes", nodes);
		trailer.put("relationships", relationships);
		trailer.put("sha256", hex(digest));
		out.write(JSON.writeValueAsString(trailer));
		out.write('\n');
		return new Counts(nodes, relationships);
	}

	private static @Nullable Long version(QueryRunner reads) {
		var versions = reads.run("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version")
			.list(r -> r.get("version").asLong());
		return versions.isEmpty() ? null : versions.getFirst();
	}

	/** Restores a backup into a store that holds nothing but its migrations. */
	public Counts restore(Path file) throws IOException {
		return restore(file, false);
	}

	/**
	 * Restores a backup into a store that holds nothing but its migrations, or that holds
	 * an unfinished restore when {@code force} is given (which it clears first).
	 * @see #restore(Path, boolean, int, IntConsumer)
	 */
	public Counts restore(Path file, boolean force) throws IOException {
		return restore(file, force, BATCH, batch -> {
		});
	}

	/**
	 * Restores a backup. The file is read twice, line by line: first to check its
	 * checksum and counts, so that a damaged or truncated file is refused before anything
	 * is written; then to write it in batches. A marker node is written before the first
	 * batch and removed after the last one and the checks: a store that holds it is never
	 * served (see {@link UnfinishedRestoreCheck}), and only a forced restore clears it.
	 * @param batchSize the nodes or relationships written per transaction
	 * @param afterBatch called with the number of each batch written, from 1
	 */
	Counts restore(Path file, boolean force, int batchSize, IntConsumer afterBatch) throws IOException {
		var expected = read(file, item -> {
		});
		expected.check(file);
		begin(file, force, batchSize);
		var batches = new Batches(this.store, batchSize, afterBatch);
		var written = read(file, batches::add);
		batches.flush();
		if (!written.sha256().equals(expected.sha256())) {
			throw new IllegalStateException(
					file + " changed during the restore; the store holds an unfinished restore");
		}
		var counts = counts();
		if (counts.nodes() != written.nodes() || counts.relationships() != written.relationships()) {
			throw new IllegalStateException("Restored %s, but the backup holds %d nodes and %d relationships"
				.formatted(counts, written.nodes(), written.relationships()));
		}
		finish(batchSize);
		return counts;
	}

	/**
	 * Checks that the store may be restored into, clears an unfinished restore when
	 * forced, and marks the store before anything is written.
	 */
	private void begin(Path file, boolean force, int batchSize) {
		var unfinished = this.store.readForMaintenance("""
				MATCH (m:RestoreInProgress)
				RETURN m.file AS file, toString(m.startedAt) AS startedAt
				""", Map.of(), r -> r.get("file").asString() + " (started at " + r.get("startedAt").asString() + ")");
		if (!unfinished.isEmpty()) {
			if (!force) {
				throw new IllegalStateException("The store holds an unfinished restore from " + unfinished.getFirst()
						+ "; restore again with --force to clear it first");
			}
			clear(batchSize);
		}
		else {
			var present = this.store.readForMaintenance(COUNT_NODES, Map.of(), r -> r.get("n").asLong()).getFirst();
			if (present > 0) {
				throw new IllegalStateException("Restore needs an empty store; this one holds " + present + " nodes");
			}
		}
		this.store.writeForMaintenance(tx -> tx.run("""
				MERGE (m:RestoreInProgress)
				SET m.startedAt = datetime(), m.file = $file
				""", Map.of("file", file.toAbsolutePath().toString())).consume());
		this.store.schema("CREATE INDEX restore_backup_id IF NOT EXISTS FOR (n:Restoring) ON (n._backupId)");
		this.store.schema("CALL db.awaitIndexes(300)");
	}

	/**
	 * Deletes what an unfinished restore wrote, a batch at a time, keeping its marker.
	 */
	private void clear(int batchSize) {
		long deleted;
		do {
			deleted = this.store.writeForMaintenance(tx -> tx.run("""
					MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion AND NOT n:RestoreInProgress
					WITH n LIMIT $batch
					DETACH DELETE n
					RETURN count(*) AS n
					""", Map.of("batch", batchSize)).single().get("n").asLong());
		}
		while (deleted > 0);
	}

	/**
	 * Takes the restore's keys off the nodes, a batch at a time, and its index; the
	 * marker goes last, when the store holds the whole graph and nothing else.
	 */
	private void finish(int batchSize) {
		long unkeyed;
		do {
			unkeyed = this.store.writeForMaintenance(tx -> tx.run("""
					MATCH (n:Restoring) WITH n LIMIT $batch
					REMOVE n:Restoring, n._backupId
					RETURN count(n) AS n
					""", Map.of("batch", batchSize)).single().get("n").asLong());
		}
		while (unkeyed > 0);
		this.store.schema("DROP INDEX restore_backup_id IF EXISTS");
		this.store.writeForMaintenance(tx -> tx.run("MATCH (m:RestoreInProgress) DELETE m").consume());
	}

	private Counts counts() {
		var nodes = this.store.readForMaintenance(COUNT_NODES, Map.of(), r -> r.get("n").asLong()).getFirst();
		var relationships = this.store.readForMaintenance(COUNT_RELATIONSHIPS, Map.of(), r -> r.get("n").asLong())
			.getFirst();
		return new Counts(nodes, relationships);
	}

	/** Takes each node or relationship of a backup. */
	@FunctionalInterface
	private interface Items {

		void take(Map<String, Object> item);

	}

	/**
	 * What a backup's header and trailer say, and what its lines hold and hash to.
	 */
	private record Reading(Map<String, Object> header, Map<String, Object> trailer, String sha256, long nodes,
			long relationships) {

		void check(Path file) {
			if (!FORMAT.equals(this.header.get("format"))
					|| !Integer.valueOf(VERSION).equals(this.header.get("version"))) {
				throw new IllegalArgumentException(
						file + " is not an Innograph backup of version " + VERSION + ": " + this.header.get("format"));
			}
			if (!this.sha256.equals(this.trailer.get("sha256"))) {
				throw new IllegalArgumentException(file + " is damaged: its checksum does not match its content");
			}
			if (!matches(this.header) || !matches(this.trailer)) {
				throw new IllegalArgumentException(file + " is incomplete: its counts do not match its lines");
			}
		}

		private boolean matches(Map<String, Object> counts) {
			return counts.get("nodes") instanceof Number nodes && nodes.longValue() == this.nodes
					&& counts.get("relationships") instanceof Number relationships
					&& relationships.longValue() == this.relationships;
		}

	}

	/**
	 * Reads a backup line by line, hashing every line but the last (the trailer) and
	 * handing each node and relationship on as it comes.
	 */
	private static Reading read(Path file, Items items) throws IOException {
		var digest = Sha256.digest();
		try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			var first = in.readLine();
			if (first == null) {
				throw new IllegalArgumentException(file + " is not an Innograph backup: it is empty");
			}
			Map<String, Object> header = parse(file, first);
			digest.update((first + "\n").getBytes(StandardCharsets.UTF_8));
			@Nullable String pending = null;
			long nodes = 0;
			long relationships = 0;
			for (var line = in.readLine(); line != null; line = in.readLine()) {
				if (pending != null) {
					digest.update((pending + "\n").getBytes(StandardCharsets.UTF_8));
					var item = parse(file, pending);
					if (item.containsKey("n")) {
						nodes++;
					}
					else if (item.containsKey("r")) {
						relationships++;
					}
					else {
						throw new IllegalArgumentException(
								file + " holds a line that is neither node nor relationship");
					}
					items.take(item);
				}
				pending = line;
			}
			if (pending == null) {
				throw new IllegalArgumentException(file + " is incomplete: it has no trailer");
			}
			Map<String, Object> trailer = parse(file, pending);
			return new Reading(header, trailer, hex(digest), nodes, relationships);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(Path file, String line) {
		try {
			return JSON.readValue(line, Map.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(file + " is damaged: a line is not JSON", ex);
		}
	}

	/**
	 * The rows of a restore, written a batch at a time: nodes keyed by their backup's id
	 * (an indexed property, so that memory does not hold the keys), relationships between
	 * the nodes of those keys.
	 */
	private static final class Batches {

		private final GraphStore store;

		private final int size;

		private final IntConsumer afterBatch;

		private final List<Map<String, Object>> nodes;

		private final List<Map<String, Object>> relationships;

		private int written;

		Batches(GraphStore store, int size, IntConsumer afterBatch) {
			this.store = store;
			this.size = size;
			this.afterBatch = afterBatch;
			this.nodes = new ArrayList<>(size);
			this.relationships = new ArrayList<>(size);
		}

		@SuppressWarnings("unchecked")
		void add(Map<String, Object> item) {
			item.put("properties", restored((Map<String, Object>) item.get("properties")));
			if (item.containsKey("n")) {
				// A relationship may name only nodes written before it.
				writeRelationships();
				this.nodes.add(item);
				if (this.nodes.size() == this.size) {
					writeNodes();
				}
			}
			else {
				writeNodes();
				this.relationships.add(item);
				if (this.relationships.size() == this.size) {
					writeRelationships();
				}
			}
		}

		void flush() {
			writeNodes();
			writeRelationships();
		}

		private void writeNodes() {
			if (this.nodes.isEmpty()) {
				return;
			}
			var rows = List.copyOf(this.nodes);
			this.store.writeForMaintenance(tx -> tx.run("""
					UNWIND $rows AS row
					CREATE (n:Restoring {_backupId: row.n})
					SET n += row.properties, n:$(row.labels)
					""", Map.of("rows", rows)).consume());
			this.nodes.clear();
			this.afterBatch.accept(++this.written);
		}

		private void writeRelationships() {
			if (this.relationships.isEmpty()) {
				return;
			}
			var rows = List.copyOf(this.relationships);
			var created = this.store.writeForMaintenance(tx -> tx.run("""
					UNWIND $rows AS row
					MATCH (a:Restoring {_backupId: row.start})
					MATCH (b:Restoring {_backupId: row.end})
					CREATE (a)-[r:$(row.r)]->(b)
					SET r = row.properties
					RETURN count(r) AS n
					""", Map.of("rows", rows)).single().get("n").asLong());
			if (created != rows.size()) {
				throw new IllegalStateException(
						(rows.size() - created) + " relationships of the backup name a node it does not hold");
			}
			this.relationships.clear();
			this.afterBatch.accept(++this.written);
		}

	}

	private static void line(Writer out, MessageDigest digest, Object item) throws IOException {
		var text = JSON.writeValueAsString(item);
		digest.update((text + "\n").getBytes(StandardCharsets.UTF_8));
		out.write(text);
		out.write('\n');
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
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

	private static Map<String, Object> restored(Map<String, Object> properties) {
		var result = new LinkedHashMap<String, Object>();
		properties.forEach((key, value) -> result.put(key, restored(value)));
		return result;
	}

	private static Object restored(Object value) {
		if (value instanceof Map<?, ?> tagged && tagged.get("$dateTime") instanceof String text) {
			return ZonedDateTime.parse(text);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GraphBackup::restored).toList();
		}
		return value;
	}

}
