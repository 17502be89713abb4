package org.innograph.bulk;

import java.util.List;
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
 * relationships as the seed loader. Each chunk is one transaction, recorded as a
 * {@code :BulkChunk} node in that same transaction: a chunk is written whole or not at
 * all, never twice, so a load that stopped resumes after its last committed chunk and
 * loading again writes nothing. The chunks of a phase run in parallel (they share only
 * name keys, which are merged, and nodes of earlier phases; lock conflicts are retried);
 * a phase starts when the one before has committed, since its rows refer to the nodes the
 * earlier phases wrote.
 */
final class BulkLoader {

	/**
	 * What a load did: what it wrote, what it skipped as already loaded, and its time.
	 */
	record Result(long nodes, long relationships, int chunksWritten, int chunksSkipped, long millis) {

		long perSecond() {
			return this.millis == 0 ? 0 : (this.nodes + this.relationships) * 1000 / this.millis;
		}

	}

	/**
	 * Writes chunks into a store: each chunk and its record in one transaction, run again
	 * after a transient failure.
	 */
	interface Writer {

		/** Records that a load has started, once. */
		void begin(String load);

		/**
		 * Writes a chunk and records it as done, in one transaction.
		 * @return the nodes and relationships it created, or null when the chunk was
		 * recorded before
		 */
		long @Nullable [] write(String load, Chunk chunk);

	}

	private final Writer writer;

	private final int threads;

	private final Consumer<String> progress;

	BulkLoader(Writer writer, int threads, Consumer<String> progress) {
		this.writer = writer;
		this.threads = threads;
		this.progress = progress;
	}

	/**
	 * Loads the phases in order, the chunks of each in parallel.
	 * @param load the name under which completed chunks are recorded
	 */
	Result load(String load, List<List<Supplier<Chunk>>> phases) throws Exception {
		this.writer.begin(load);
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
						var counts = this.writer.write(load, chunk);
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

}
