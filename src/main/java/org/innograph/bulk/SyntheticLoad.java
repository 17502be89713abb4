package org.innograph.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.innograph.store.GraphStore;
import org.innograph.store.StoreProperties;
import org.jspecify.annotations.Nullable;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the {@code generate} command does: generates the synthetic national graph (on
 * invented places, or on China's real cities and counties) and bulk-loads it into the
 * service's store (embedded, or the one {@code SPRING_NEO4J_URI} names), printing
 * progress, the load's throughput and the CPU it used. By default an embedded store that
 * has no data yet is written by Neo4j's bulk importer ({@link OfflineImport}) before the
 * store starts, one that has data through its own API in transactions, and any other
 * through the driver with Cypher; a {@link Writer} picks one. Loading the same scale and
 * seed again writes nothing; a transactional load that was stopped resumes, an import
 * that was stopped starts again.
 */
public final class SyntheticLoad {

	/** Nodes plus relationships at scale 1, for the importer's estimates. */
	private static final long ESTIMATED_ITEMS_PER_SCALE = 400_000;

	/** How the graph is written. */
	public enum Writer {

		/**
		 * The importer where the store has no data yet, else the best transactional way.
		 */
		AUTO,
		/** Neo4j's bulk importer, into an embedded store that has no data yet. */
		IMPORT,
		/** Transactions through the embedded store's own API. */
		EMBEDDED,
		/** Transactions of Cypher through the driver. */
		CYPHER

	}

	private final SyntheticGraph graph;

	private final List<Supplier<Chunk>> chunks;

	private final String load;

	private final int threads;

	private final Writer writer;

	private final ImportBeforeStart imported;

	/**
	 * Generates the skeleton of the graph of {@code scale} from {@code seed}, to be
	 * written by {@code threads} threads.
	 */
	public SyntheticLoad(double scale, long seed, boolean realPlaces, int threads, Writer writer) {
		var started = System.nanoTime();
		this.graph = new SyntheticGraph(seed, scale, realPlaces);
		System.out.printf("Generated the skeleton of scale %s (seed %d, %s places) in %.1f s%n", scale, seed,
				realPlaces ? "real" : "invented", (System.nanoTime() - started) / 1e9);
		this.load = "generated-s%s-seed%d".formatted(scale, seed) + (realPlaces ? "-real" : "");
		this.chunks = this.graph.chunks();
		this.threads = threads;
		this.writer = writer;
		this.imported = new ImportBeforeStart(this.load, this.chunks, Math.round(ESTIMATED_ITEMS_PER_SCALE * scale),
				threads, writer == Writer.IMPORT);
	}

	/**
	 * Readies the application that will hold the graph: where the writer may import, the
	 * import runs once its settings are known and before its store starts.
	 */
	public void prepare(SpringApplicationBuilder application) {
		if (this.writer == Writer.AUTO || this.writer == Writer.IMPORT) {
			application.listeners(this.imported);
		}
	}

	/**
	 * Loads the graph into the started application, unless it was imported before the
	 * start, and reports; returns the process's exit code.
	 */
	public int into(ConfigurableApplicationContext context) throws Exception {
		var store = context.getBean(GraphStore.class);
		if (this.imported.result != null) {
			reportImport(this.imported, store);
			return 0;
		}
		var phases = new ArrayList<List<Supplier<Chunk>>>();
		int from = 0;
		for (int size : this.graph.phases()) {
			phases.add(this.chunks.subList(from, from + size));
			from += size;
		}
		var dbms = context.getBeanProvider(DatabaseManagementService.class).getIfAvailable();
		if (dbms == null && this.writer == Writer.EMBEDDED) {
			throw new IllegalArgumentException("--writer=embedded needs the embedded store, and a URI is set");
		}
		BulkLoader.Writer writer = (dbms == null || this.writer == Writer.CYPHER) ? new CypherWriter(store)
				: new CoreApiWriter(dbms.database(context.getBean(StoreProperties.class).embeddedDatabase()));
		var cpu = CpuTime.now();
		var result = new BulkLoader(writer, this.threads, System.out::println).load(this.load, phases);
		var used = CpuTime.now().minus(cpu);
		System.out.printf(
				"Loaded %,d nodes and %,d relationships in %.1f s with %d threads: %,d nodes+relationships per second "
						+ "(%d chunks written, %d already loaded); %s%n",
				result.nodes(), result.relationships(), result.millis() / 1000.0, this.threads, result.perSecond(),
				result.chunksWritten(), result.chunksSkipped(), holds(store));
		// On a shared machine the rate above moves with the neighbours' load; the CPU
		// the load used moves less.
		if (result.chunksWritten() > 0) {
			printCpu(used, result.nodes() + result.relationships());
		}
		return 0;
	}

	/**
	 * The CPU time the process has used: on a shared machine it moves less with the
	 * neighbours' load than the rate does.
	 */
	private record CpuTime(double process) {

		static CpuTime now() {
			var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			return new CpuTime(os.getProcessCpuTime() / 1e9);
		}

		CpuTime minus(CpuTime before) {
			return new CpuTime(this.process - before.process);
		}

	}

	/**
	 * The import, and the store's start after it: the migrations create the constraints
	 * over the imported nodes, and the indexes populate in the background until awaited.
	 */
	private static void reportImport(ImportBeforeStart imported, GraphStore store) {
		var result = imported.result;
		store.schema("CALL db.awaitIndexes(3600)");
		var seconds = (System.nanoTime() - imported.started) / 1e9;
		var used = CpuTime.now().minus(imported.cpu);
		var items = result.nodes() + result.relationships();
		System.out
			.printf("Imported %,d nodes and %,d relationships in %.1f s with Neo4j's bulk importer (%d threads): %,d "
					+ "nodes+relationships per second; with the store's start, its constraints and indexes: %.1f s, "
					+ "%,.0f per second; %s%n", result.nodes(), result.relationships(), result.millis() / 1000.0,
					imported.threads, result.perSecond(), seconds, items / seconds, holds(store));
		printCpu(used, items);
	}

	private static void printCpu(CpuTime used, long items) {
		System.out.printf("The load used %.1f CPU-seconds (%,.0f nodes+relationships per CPU-second)%n", used.process(),
				items / Math.max(used.process(), 0.001));
	}

	private static String holds(GraphStore store) {
		return "the graph holds %,d nodes and %,d relationships".formatted(
				count(store, "MATCH (n) RETURN count(n) AS n"), count(store, "MATCH ()-[r]->() RETURN count(r) AS n"));
	}

	/**
	 * Runs {@link OfflineImport} once the settings are known and before the context
	 * starts the embedded store, when that store has no databases yet and no external URI
	 * is set.
	 */
	private static final class ImportBeforeStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		private final String load;

		private final List<Supplier<Chunk>> chunks;

		private final long estimatedItems;

		private final int threads;

		private final boolean required;

		private BulkLoader.@Nullable Result result;

		private long started;

		private CpuTime cpu = new CpuTime(0);

		/**
		 * @param required whether a store the importer cannot write is an error, rather
		 * than a reason to load in transactions
		 */
		ImportBeforeStart(String load, List<Supplier<Chunk>> chunks, long estimatedItems, int threads,
				boolean required) {
			this.load = load;
			this.chunks = chunks;
			this.estimatedItems = estimatedItems;
			this.threads = threads;
			this.required = required;
		}

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			var environment = event.getEnvironment();
			if (StoreProperties.externalUriSet(environment)) {
				refuse("--writer=import writes only the embedded store, and a URI is set");
				return;
			}
			var store = StoreProperties.bind(environment);
			var offline = new OfflineImport(store.dataDir(), store.embeddedDatabase(), this.threads);
			if (!offline.applies()) {
				refuse("--writer=import writes only a store that has no data yet, and " + store.dataDir()
						+ " has: leave --writer out to load in transactions");
				return;
			}
			System.out.println("The store has no databases yet: importing with Neo4j's bulk importer");
			this.started = System.nanoTime();
			this.cpu = CpuTime.now();
			try {
				this.result = offline.run(this.load, this.chunks, this.estimatedItems);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void refuse(String message) {
			if (this.required) {
				throw new IllegalArgumentException(message);
			}
		}

	}

	private static long count(GraphStore store, String cypher) {
		return store.readForMaintenance(cypher, Map.of(), r -> r.get("n").asLong()).getFirst();
	}

}
