package org.innograph.bulk;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

/**
 * Writes chunks with batched {@code UNWIND} statements: the writer for any Neo4j the
 * service reaches through the driver.
 */
final class CypherWriter implements BulkLoader.Writer {

	/**
	 * Rows per UNWIND statement: large enough to amortise a round trip, small enough for
	 * the heap.
	 */
	static final int BATCH = 5_000;

	private final GraphStore store;

	CypherWriter(GraphStore store) {
		this.store = store;
	}

	@Override
	public void begin(String load) {
		this.store.writeForMaintenance(tx -> tx
			.run("MERGE (b:BulkLoad {id: $load}) ON CREATE SET b.startedAt = datetime()", Map.of("load", load))
			.consume());
	}

	@Override
	public long @Nullable [] write(String load, Chunk chunk) {
		// The driver runs the transaction again after a transient failure, such as a
		// deadlock between parallel chunks.
		return this.store.writeForMaintenance(tx -> write(tx, load, chunk));
	}

	/** Writes one chunk; null when it was loaded before. */
	private static long @Nullable [] write(TransactionContext tx, String load, Chunk chunk) {
		var loaded = tx
			.run("RETURN EXISTS { MATCH (c:BulkChunk {load: $load, name: $chunk}) }",
					Map.of("load", load, "chunk", chunk.name()))
			.single()
			.get(0)
			.asBoolean();
		if (loaded) {
			return null;
		}
		var counts = new long[2];
		// The chunk's record makes it idempotent: a chunk is written whole in this
		// transaction or not at all, and never twice, so its own nodes are created
		// without a lookup. Only name keys, shared between entities of any chunk, are
		// merged.
		run(tx, chunk.name(), counts, """
				UNWIND $rows AS row
				CREATE (d:Document)
				SET d = row
				""", chunk.documents(), row -> 0);
		run(tx, chunk.name(), counts, """
				UNWIND $rows AS row
				MATCH (d:Document {id: row.documentId})
				CREATE (s:Source)-[:IN]->(d)
				SET s = row.props
				""", chunk.sources(), Chunk::sourceRelationships);
		run(tx, chunk.name(), counts, """
				UNWIND $rows AS row
				CREATE (e:Entity:Sourced)
				SET e = row.props, e:$(row.kind)
				WITH e, row
				CALL (e, row) {
				  UNWIND row.sourceIds AS sourceId
				  MATCH (s:Source {id: sourceId})
				  CREATE (e)-[:SOURCED_FROM]->(s)
				}
				UNWIND row.keys AS name
				MERGE (k:NameKey {key: name.key})
				CREATE (e)-[:KNOWN_AS {rank: name.rank}]->(k)
				""", chunk.entities(), Chunk::entityRelationships);
		run(tx, chunk.name(), counts, """
				UNWIND $rows AS row
				MATCH (subject:Entity {id: row.subjectId})
				CREATE (f:Fact:Sourced)-[:ABOUT]->(subject)
				SET f = row.props, f:$(row.label)
				WITH f, row, subject
				CALL (f, row, subject) {
				  OPTIONAL MATCH (award:Entity {id: row.awardId})
				  FOREACH (a IN CASE WHEN award IS NULL THEN [] ELSE [award] END |
				    CREATE (f)-[:OF_AWARD]->(a)
				    CREATE (subject)-[:HOLDS {factId: row.id}]->(a))
				}
				CALL (f, row) {
				  OPTIONAL MATCH (grantor:Entity {id: row.grantorId})
				  FOREACH (g IN CASE WHEN grantor IS NULL THEN [] ELSE [grantor] END |
				    CREATE (f)-[:GRANTED_BY]->(g))
				}
				WITH f, row
				UNWIND row.sourceIds AS sourceId
				MATCH (s:Source {id: sourceId})
				CREATE (f)-[:SOURCED_FROM]->(s)
				""", chunk.facts(), Chunk::factRelationships);
		run(tx, chunk.name(), counts, """
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.fromId}), (b:Entity {id: row.toId})
				CREATE (a)<-[:FROM]-(f:Fact:Sourced:Relation)-[:TO]->(b)
				SET f = row.props
				CREATE (a)-[:$(row.type) {factId: row.id}]->(b)
				WITH f, row
				UNWIND row.sourceIds AS sourceId
				MATCH (s:Source {id: sourceId})
				CREATE (f)-[:SOURCED_FROM]->(s)
				""", chunk.relations(), Chunk::relationRelationships);
		// A node of its own per chunk, not linked to the load's node: parallel chunks
		// would otherwise wait for each other's commits on that node's lock.
		tx.run("CREATE (:BulkChunk {load: $load, name: $chunk, at: datetime()})",
				Map.of("load", load, "chunk", chunk.name()))
			.consume();
		return counts;
	}

	/**
	 * Runs a statement over the rows in batches. A {@code MATCH} that finds no node drops
	 * its row, or one of the row's relationships, without an error; so every relationship
	 * the rows call for must have been created, or the chunk fails and its transaction
	 * writes nothing.
	 */
	private static void run(TransactionContext tx, String chunk, long[] counts, String cypher,
			List<Map<String, Object>> rows, ToLongFunction<Map<String, Object>> relationshipsPerRow) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			var batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			var created = tx.run(cypher, Map.of("rows", batch)).consume().counters();
			var expected = batch.stream().mapToLong(relationshipsPerRow).sum();
			if (created.relationshipsCreated() != expected) {
				throw new IllegalStateException(
						("chunk %s refers to documents, sources or entities that are neither in "
								+ "it nor in the graph: %d of %d relationships could not be made; nothing of it was written")
							.formatted(chunk, expected - created.relationshipsCreated(), expected));
			}
			counts[0] += created.nodesCreated();
			counts[1] += created.relationshipsCreated();
		}
	}

}
