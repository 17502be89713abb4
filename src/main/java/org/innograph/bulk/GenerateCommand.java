package org.innograph.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.innograph.InnographApplication;
import org.innograph.store.GraphStore;
import org.innograph.store.StoreProperties;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code java -jar innograph.jar generate [--scale=1] [--seed=42] [--threads=2] [--writer=cypher]}:
 * generates the synthetic national graph and bulk-loads it into the service's store
 * (embedded, or the one {@code SPRING_NEO4J_URI} names), without the web server, printing
 * progress and the load's throughput. The embedded store is written through its own API,
 * any other through the driver with Cypher; {@code --writer=cypher} takes the driver's
 * way into the embedded store too. Running it again with the same scale and seed writes
 * nothing; a load that was stopped resumes. Other options are the service's settings,
 * e.g. {@code --innograph.store.data-dir=...}; the curated seed is not loaded unless
 * {@code --innograph.seed.enabled=true} is given.
 */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	/** Runs the command and returns the process's exit code. */
	public static int run(String... args) {
		double scale = 1;
		long seed = 42;
		int threads = 2;
		boolean cypher = false;
		var options = new ArrayList<String>();
		options.add("--innograph.seed.enabled=false");
		for (var arg : args) {
			if (arg.startsWith("--scale=")) {
				scale = Double.parseDouble(arg.substring(8));
			}
			else if (arg.startsWith("--seed=")) {
				seed = Long.parseLong(arg.substring(7));
			}
			else if (arg.startsWith("--threads=")) {
				threads = Integer.parseInt(arg.substring(10));
			}
			else if (arg.startsWith("--writer=")) {
				cypher = switch (arg.substring(9)) {
					case "cypher" -> true;
					case "embedded" -> false;
					default -> throw new IllegalArgumentException(
							"--writer must be cypher or embedded, was " + arg.substring(9));
				};
			}
			else {
				options.add(arg);
			}
		}
		try (var context = new SpringApplicationBuilder(InnographApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(options.toArray(String[]::new))) {
			var store = context.getBean(GraphStore.class);
			var started = System.nanoTime();
			var graph = new SyntheticGraph(seed, scale);
			System.out.printf("Generated the skeleton of scale %s (seed %d) in %.1f s%n", scale, seed,
					(System.nanoTime() - started) / 1e9);
			var chunks = graph.chunks();
			var sizes = graph.phases();
			var phases = new ArrayList<List<Supplier<Chunk>>>();
			int from = 0;
			for (int size : sizes) {
				phases.add(chunks.subList(from, from + size));
				from += size;
			}
			var dbms = context.getBeanProvider(DatabaseManagementService.class).getIfAvailable();
			BulkLoader.Writer writer = (dbms == null || cypher) ? new CypherWriter(store)
					: new CoreApiWriter(dbms.database(context.getBean(StoreProperties.class).embeddedDatabase()));
			var result = new BulkLoader(writer, threads, System.out::println)
				.load("generated-s%s-seed%d".formatted(scale, seed), phases);
			var nodes = count(store, "MATCH (n) RETURN count(n) AS n");
			var relationships = count(store, "MATCH ()-[r]->() RETURN count(r) AS n");
			System.out.printf(
					"Loaded %,d nodes and %,d relationships in %.1f s with %d threads: %,d nodes+relationships per second "
							+ "(%d chunks written, %d already loaded); the graph holds %,d nodes and %,d relationships%n",
					result.nodes(), result.relationships(), result.millis() / 1000.0, threads, result.perSecond(),
					result.chunksWritten(), result.chunksSkipped(), nodes, relationships);
			return 0;
		}
		catch (Exception ex) {
			System.err.println("generate failed: " + ex);
			return 1;
		}
	}

	private static long count(GraphStore store, String cypher) {
		return store.readForMaintenance(cypher, Map.of(), r -> r.get("n").asLong()).getFirst();
	}

}
