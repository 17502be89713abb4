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

import org.innograph.store.GraphStore;
import org.neo4j.driver.TransactionContext;

/**
 * Writes chunks of rows in the seed's model: each chunk is one transaction of batched
 * {@code UNWIND ... MERGE} statements on constrained ids, so a chunk writes whole or not
 * at all and writing it again changes nothing. The chunks of a phase run in parallel
 * (they touch different nodes but for shared name keys and a few shared nodes, whose lock
 * conflicts the driver retries); a phase starts when the one before has committed, since
 * its rows refer to nodes the earlier phases write. Each chunk that commits is recorded
 * on a {@code :BulkLoad} node in the same transaction, so a load that stopped resumes
 * after its last committed chunk.
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

	private final GraphStore store;

	private final int threads;

	private final Consumer<String> progress;

	BulkLoader(GraphStore store, int threads, Consumer<String> progress) {
		this.store = store;
		this.threads = threads;
		this.progress = progress;
	}

	/**
	 * Loads the phases in order, the chunks of each in parallel.
	 * @param load the name under which completed chunks are recorded
	 */
	Result load(String load, List<List<Supplier<Chunk>>> phases) throws Exception {
		this.store.writeForMaintenance(
				tx -> tx.run("MERGE (b:BulkLoad {id: $load}) ON CREATE SET b.done = []", Map.of("load", load))
					.consume());
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
						var counts = this.store.writeForMaintenance(tx -> write(tx, load, chunk));
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
	private static long @org.jspecify.annotations.Nullable [] write(TransactionContext tx, String load, Chunk chunk) {
		var loaded = tx
			.run("MATCH (b:BulkLoad {id: $load}) RETURN $chunk IN b.done AS loaded",
					Map.of("load", load, "chunk", chunk.name()))
			.single()
			.get("loaded")
			.asBoolean();
		if (loaded) {
			return null;
		}
		var counts = new long[2];
		run(tx, counts, """
				UNWIND $rows AS row
				MERGE (d:Document {id: row.id})
				SET d = row
				""", chunk.documents());
		run(tx, counts, """
				UNWIND $rows AS row
				MATCH (d:Document {id: row.documentId})
				MERGE (s:Source {id: row.id})
				SET s = row.props
				MERGE (s)-[:IN]->(d)
				""", chunk.sources());
		run(tx, counts, """
				UNWIND $rows AS row
				MERGE (e:Entity {id: row.id})
				SET e = row.props, e:Sourced, e:$(row.kind)
				WITH e, row
				UNWIND row.keys AS name
				MERGE (k:NameKey {key: name.key})
				MERGE (e)-[known:KNOWN_AS]->(k)
				SET known.rank = name.rank
				""", chunk.entities());
		run(tx, counts, """
				UNWIND $rows AS row
				MATCH (subject:Entity {id: row.subjectId})
				MERGE (f:Fact {id: row.id})
				SET f = row.props, f:Sourced, f:$(row.label)
				MERGE (f)-[:ABOUT]->(subject)
				""", chunk.facts());
		run(tx, counts, """
				UNWIND $rows AS row
				MATCH (f:Fact {id: row.id}), (award:Entity {id: row.awardId}), (holder:Entity {id: row.subjectId})
				MERGE (f)-[:OF_AWARD]->(award)
				MERGE (holder)-[:HOLDS {factId: row.id}]->(award)
				""", chunk.facts().stream().filter(row -> row.containsKey("awardId")).toList());
		run(tx, counts, """
				UNWIND $rows AS row
				MATCH (f:Fact {id: row.id}), (grantor:Entity {id: row.grantorId})
				MERGE (f)-[:GRANTED_BY]->(grantor)
				""", chunk.facts().stream().filter(row -> row.containsKey("grantorId")).toList());
		run(tx, counts, """
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.fromId}), (b:Entity {id: row.toId})
				MERGE (f:Fact {id: row.id})
				SET f = row.props, f:Sourced, f:Relation
				MERGE (f)-[:FROM]->(a)
				MERGE (f)-[:TO]->(b)
				MERGE (a)-[r:$(row.type) {factId: row.id}]->(b)
				""", chunk.relations());
		for (var rows : List.of(chunk.entities(), chunk.facts(), chunk.relations())) {
			run(tx, counts, """
					UNWIND $rows AS row
					MATCH (n:Sourced {id: row.id})
					UNWIND row.sourceIds AS sourceId
					MATCH (s:Source {id: sourceId})
					MERGE (n)-[:SOURCED_FROM]->(s)
					""", rows);
		}
		tx.run("MATCH (b:BulkLoad {id: $load}) SET b.done = b.done + $chunk",
				Map.of("load", load, "chunk", chunk.name()))
			.consume();
		return counts;
	}

	private static void run(TransactionContext tx, long[] counts, String cypher, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			var batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			var summary = tx.run(cypher, Map.of("rows", batch)).consume().counters();
			counts[0] += summary.nodesCreated();
			counts[1] += summary.relationshipsCreated();
		}
	}

}
