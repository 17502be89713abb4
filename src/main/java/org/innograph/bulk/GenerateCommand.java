package org.innograph.bulk;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * progress, the load's throughput and the CPU it used. The embedded store is written
 * through its own API, any other through the driver with Cypher; {@code --writer=cypher}
 * takes the driver's way into the embedded store too. Running it again with the same
 * scale and seed writes nothing; a load that was stopped resumes. Other options are the
 * service's settings, e.g. {@code --innograph.store.data-dir=...}; the curated seed is
 * not loaded unless {@code --innograph.seed.enabled=true} is given.
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
			var cpu = CpuTime.now();
			var result = new BulkLoader(writer, threads, System.out::println)
				.load("generated-s%s-seed%d".formatted(scale, seed), phases);
			var used = CpuTime.now().minus(cpu);
			var nodes = count(store, "MATCH (n) RETURN count(n) AS n");
			var relationships = count(store, "MATCH ()-[r]->() RETURN count(r) AS n");
			System.out.printf(
					"Loaded %,d nodes and %,d relationships in %.1f s with %d threads: %,d nodes+relationships per second "
							+ "(%d chunks written, %d already loaded); the graph holds %,d nodes and %,d relationships%n",
					result.nodes(), result.relationships(), result.millis() / 1000.0, threads, result.perSecond(),
					result.chunksWritten(), result.chunksSkipped(), nodes, relationships);
			// On a shared machine the rate above moves with the neighbours' load; the CPU
			// the load used moves less, and shows what the JIT compiler took of it.
			if (result.chunksWritten() > 0) {
				System.out.printf("The load used %.1f CPU-seconds (%,.0f nodes+relationships per CPU-second)%s%n",
						used.process(), (result.nodes() + result.relationships()) / Math.max(used.process(), 0.001),
						Double.isNaN(used.compiling()) ? ""
								: ", %.1f of them compiling Java code (JIT)".formatted(used.compiling()));
			}
			return 0;
		}
		catch (Exception ex) {
			System.err.println("generate failed: " + ex);
			return 1;
		}
	}

	/**
	 * The CPU time the process has used, and the part of it its JIT compiler threads used
	 * (read from Linux's /proc; NaN elsewhere). The JVM may stop a compiler thread beyond
	 * the first of each kind when work runs out, and its time goes with it: on many cores
	 * the JIT's part is approximate; on two, where there is one of each, it is exact.
	 */
	private record CpuTime(double process, double compiling) {

		static CpuTime now() {
			var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			return new CpuTime(os.getProcessCpuTime() / 1e9, compilerThreads());
		}

		CpuTime minus(CpuTime before) {
			var compiling = this.compiling - before.compiling;
			return new CpuTime(this.process - before.process, compiling >= 0 ? compiling : Double.NaN);
		}

		private static double compilerThreads() {
			try (var tasks = Files.list(Path.of("/proc/self/task"))) {
				long nanos = 0;
				for (var task : tasks.toList()) {
					nanos += compilerNanos(task);
				}
				return nanos / 1e9;
			}
			catch (IOException | RuntimeException ex) {
				return Double.NaN;
			}
		}

		/**
		 * A compiler thread's time on a CPU; 0 for other threads, or one that just ended.
		 */
		private static long compilerNanos(Path task) {
			try {
				var name = Files.readString(task.resolve("comm"));
				if (!name.startsWith("C1 Compiler") && !name.startsWith("C2 Compiler")) {
					return 0;
				}
				// The first of schedstat's fields: nanoseconds on a CPU.
				return Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
			}
			catch (IOException ex) {
				return 0;
			}
		}

	}

	private static long count(GraphStore store, String cypher) {
		return store.readForMaintenance(cypher, Map.of(), r -> r.get("n").asLong()).getFirst();
	}

}
