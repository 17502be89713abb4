package org.innograph.bulk;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Writes chunks of rows in the seed's model, with the same nodes, labels, properties and
 * relationships as the seed loader. Each chunk is one transaction of batched
 * {@code UNWIND} statements and is recorded as a {@code :BulkChunk} node in that same
 * transaction: a chunk is written whole or not at all, never twice, so a load that
 * stopped resumes after its last committed chunk and loading again writes nothing. The
 * chunks of a phase run in parallel (they share only name keys, which are merged, and
 * nodes of earlier phases; lock conflicts are retried); a phase starts when the one
 * before has committed, since its rows refer to the nodes the earlier phases wrote.
 */
final class BulkLoader {

	/**
	 * Rows per UNWIND statement: large enough to amortise a round trip, small enough for
	 * the heap.
	 */
	static final int BATCH = 5_000;

	/**
	 * What a load did: what it wrote, what it skipped as already loaded, and its time.
	 */
	record Result(long nodes, long relationships, int chunksWritten, int chunksSkipped, long millis) {

		long perSecond() {
			return this.millis == 0 ? 0 : (this.nodes + this.relationships) * 1000 / this.millis;
		}

	}

	/**
	 * One transaction's statements: each returns the nodes and relationships it created.
	 */
	interface Statements {

		long[] run(String cypher, Map<String, Object> parameters);

		boolean ask(String cypher, Map<String, Object> parameters);

	}

	/**
	 * Runs work in one write transaction, committing it whole, and runs it again after a
	 * transient failure such as a deadlock between parallel chunks.
	 */
	interface Transactions {

		<T> T write(java.util.function.Function<Statements, T> work);

	}

	private final Transactions store;

	private final int threads;

	private final Consumer<String> progress;

	BulkLoader(Transactions store, int threads, Consumer<String> progress) {
		this.store = store;
		this.threads = threads;
		this.progress = progress;
	}

	/**
	 * Loads the phases in order, the chunks of each in parallel.
	 * @param load the name under which completed chunks are recorded
	 */
	Result load(String load, List<List<Supplier<Chunk>>> phases) throws Exception {
		this.store.write(tx -> tx.run("MERGE (b:BulkLoad {id: $load}) ON CREATE SET b.startedAt = datetime()",
				Map.of("load", load)));
		var nodes = new AtomicLong();
		var relationships = new AtomicLong();
		var written = new AtomicInteger();
		var skipped = new AtomicInteger();
		int total = phases.stream().mapToInt(List::size).sum();
		var start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		try {
			for (var phase : phases) {
				var futures = new java.util.ArrayList<Future<?>>();
				for (var supplier : phase) {
					futures.add(pool.submit(() -> {
						var chunk = supplier.get();
						var counts = this.store.write(tx -> write(tx, load, chunk));
						if (counts == null) {
							skipped.incrementAndGet();
						}
						else {
							written.incrementAndGet();
							nodes.addAndGet(counts[0]);
							relationships.addAndGet(counts[1]);
						}
						var done = written.get() + skipped.get();
						var seconds = (System.nanoTime() - start) / 1e9;
						this.progress.accept("[%d/%d] %s: %s; %,d nodes and %,d relationships so far, %,.0f per second"
							.formatted(done, total, chunk.name(), counts == null ? "already loaded" : "written",
									nodes.get(), relationships.get(), (nodes.get() + relationships.get()) / seconds));
						return null;
					}));
				}
				for (var future : futures) {
					future.get();
				}
			}
		}
		finally {
			pool.shutdown();
		}
		return new Result(nodes.get(), relationships.get(), written.get(), skipped.get(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/** Writes one chunk; null when it was loaded before. */
	private static long @Nullable [] write(Statements tx, String load, Chunk chunk) {
		var loaded = tx.ask("RETURN EXISTS { MATCH (c:BulkChunk {load: $load, name: $chunk}) }",
				Map.of("load", load, "chunk", chunk.name()));
		if (loaded) {
			return null;
		}
		var counts = new long[2];
		// The chunk's record makes it idempotent: a chunk is written whole in this
		// transaction or not at all, and never twice, so its own nodes are created
		// without
		// a lookup. Only name keys, shared between entities of any chunk, are merged.
		run(tx, counts, """
				UNWIND $rows AS row
				CREATE (d:Document)
				SET d = row
				""", chunk.documents());
		run(tx, counts, """
				UNWIND $rows AS row
				MATCH (d:Document {id: row.documentId})
				CREATE (s:Source)-[:IN]->(d)
				SET s = row.props
				""", chunk.sources());
		run(tx, counts, """
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
				""", chunk.entities());
		run(tx, counts, """
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
				""", chunk.facts());
		run(tx, counts, """
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.fromId}), (b:Entity {id: row.toId})
				CREATE (a)<-[:FROM]-(f:Fact:Sourced:Relation)-[:TO]->(b)
				SET f = row.props
				CREATE (a)-[:$(row.type) {factId: row.id}]->(b)
				WITH f, row
				UNWIND row.sourceIds AS sourceId
				MATCH (s:Source {id: sourceId})
				CREATE (f)-[:SOURCED_FROM]->(s)
				""", chunk.relations());
		// A node of its own per chunk, not linked to the load's node: parallel chunks
		// would otherwise wait for each other's commits on that node's lock.
		tx.run("CREATE (:BulkChunk {load: $load, name: $chunk, at: datetime()})",
				Map.of("load", load, "chunk", chunk.name()));
		return counts;
	}

	private static void run(Statements tx, long[] counts, String cypher, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			var batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			var created = tx.run(cypher, Map.of("rows", batch));
			counts[0] += created[0];
			counts[1] += created[1];
		}
	}

}
