package org.innograph.backup;

import java.io.IOException;
import java.io.Writer;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.innograph.backup.GraphBackup.Counts;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Writes the graph's lines of a backup from one read transaction, record by record, so
 * that memory does not grow with the graph.
 */
final class BackupWriter {

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

	/** The counts in a backup's header, and what a restore checks it wrote against. */
	static final String COUNT_NODES = """
			MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion AND NOT n:RestoreInProgress
			RETURN count(n) AS n
			""";

	static final String COUNT_RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			WHERE NOT a:Migration AND NOT a:GraphVersion AND NOT b:Migration AND NOT b:GraphVersion
			RETURN count(r) AS n
			""";

	private BackupWriter() {
	}

	/**
	 * Writes the graph as one read transaction sees it, record by record. Neo4j reads
	 * what is committed when it reads, not a snapshot: every write through the service
	 * raises the graph's version, so a version that moved during the read means the file
	 * may mix states, and the backup fails rather than keep it.
	 */
	static Counts write(QueryRunner reads, Writer out) throws IOException {
		var unfinished = reads.run("MATCH (m:RestoreInProgress) RETURN count(m) AS n").single().get("n").asLong();
		if (unfinished > 0) {
			throw new IllegalStateException("The store holds an unfinished restore; it is not backed up");
		}
		var versionBefore = version(reads);
		var nodes = reads.run(COUNT_NODES).single().get("n").asLong();
		var relationships = reads.run(COUNT_RELATIONSHIPS).single().get("n").asLong();
		var digest = Sha256.digest();
		var header = new LinkedHashMap<String, Object>();
		header.put("format", BackupFormat.FORMAT);
		header.put("version", BackupFormat.VERSION);
		header.put("createdAt", OffsetDateTime.now().toString());
		header.put("nodes", nodes);
		header.put("relationships", relationships);
		BackupFormat.line(out, digest, header);
		var nodesWritten = lines(reads, NODES, BackupWriter::node, out, digest);
		var relationshipsWritten = lines(reads, RELATIONSHIPS, BackupWriter::relationship, out, digest);
		if (nodesWritten != nodes || relationshipsWritten != relationships
				|| !Objects.equals(versionBefore, version(reads))) {
			throw new IllegalStateException(
					"The graph changed while it was backed up; back it up again while nothing writes to it");
		}
		var trailer = new LinkedHashMap<String, Object>();
		trailer.put("nodes", nodes);
		trailer.put("relationships", relationships);
		trailer.put("sha256", BackupFormat.hex(digest));
		// The trailer is not part of its own checksum.
		out.write(BackupFormat.JSON.writeValueAsString(trailer));
		out.write('\n');
		return new Counts(nodes, relationships);
	}

	/** Writes a line for each row of the query, and says how many it wrote. */
	private static long lines(QueryRunner reads, String query, Function<Record, Map<String, Object>> item, Writer out,
			MessageDigest digest) throws IOException {
		long written = 0;
		var rows = reads.run(query);
		while (rows.hasNext()) {
			BackupFormat.line(out, digest, item.apply(rows.next()));
			written++;
		}
		return written;
	}

	private static Map<String, Object> node(Record node) {
		var item = new LinkedHashMap<String, Object>();
		item.put("n", node.get("id").asString());
		item.put("labels", node.get("labels").asList(Value::asString));
		item.put("properties", node.get("properties").asMap(BackupFormat::portable));
		return item;
	}

	private static Map<String, Object> relationship(Record relationship) {
		var item = new LinkedHashMap<String, Object>();
		item.put("r", relationship.get("type").asString());
		item.put("start", relationship.get("start").asString());
		item.put("end", relationship.get("end").asString());
		item.put("properties", relationship.get("properties").asMap(BackupFormat::portable));
		return item;
	}

	private static @Nullable Long version(QueryRunner reads) {
		var versions = reads.run("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version")
			.list(r -> r.get("version").asLong());
		return versions.isEmpty() ? null : versions.getFirst();
	}

}
