package org.innograph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

import org.innograph.bench.Shapes.Shape;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures each shape three ways against one database: (a) Innograph's GraphQL endpoint
 * over HTTP, (b) hand-written Cypher through the driver, (c) @neo4j/graphql over HTTP. It
 * first checks that the three answers are equal, then warms up (10 s of each shape and
 * way by default: a JVM service compiles its request path only after some thousands of
 * requests, and the figures are of the service, not of its compiler), then measures
 * latency at fixed arrival rates (open loop: a late response does not delay the next
 * request, and latency counts from when the request was due), then saturation throughput
 * (closed loop, a fixed number of clients). Prints a table of figures and ratios and
 * writes it to a file. Exits 1 when an answer differs or a request fails, never because
 * of a timing.
 *
 * <p>
 * Options: {@code --innograph=URL --peer=URL --bolt=URI --out=FILE --seconds=5
 * --rates=20,80 --clients=16 --warmup=10 --label=TEXT}.
 */
public final class Benchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	private final Driver driver;

	private final String innograph;

	private final String peer;

	private final QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	private Benchmark(Driver driver, String innograph, String peer) {
		this.driver = driver;
		this.innograph = innograph;
		this.peer = peer;
	}

	/** One way of asking a shape: one request, true when it answered without error. */
	interface Leg {

		boolean call() throws Exception;

	}

	record Latency(double p50, double p90, double p99, int errors) {
	}

	public static void main(String[] args) throws Exception {
		var options = new LinkedHashMap<String, String>(Map.of("innograph", "http://127.0.0.1:8092/graphql", "peer",
				"http://127.0.0.1:4092/graphql", "bolt", "bolt://127.0.0.1:7687", "out", "target/bench/results.md",
				"seconds", "5", "rates", "20,80", "clients", "16", "warmup", "10", "label", ""));
		for (var arg : args) {
			var eq = arg.indexOf('=');
			options.put(arg.substring(2, eq), arg.substring(eq + 1));
		}
		try (var driver = GraphDatabase.driver(options.get("bolt"), AuthTokens.none())) {
			var bench = new Benchmark(driver, options.get("innograph"), options.get("peer"));
			System.exit(bench.run(options));
		}
	}

	private int run(Map<String, String> options) throws Exception {
		double seconds = Double.parseDouble(options.get("seconds"));
		double warmup = Double.parseDouble(options.get("warmup"));
		int clients = Integer.parseInt(options.get("clients"));
		var rates = List.of(options.get("rates").split(",")).stream().map(Integer::parseInt).toList();
		var city = this.driver.executableQuery("MATCH (c:City {id: 'gen-city-3301'}) RETURN c.name AS name, c.en AS en")
			.withConfig(this.read)
			.execute()
			.records()
			.getFirst();
		var shapes = Shapes.all(new Shapes.Targets(city.get("name").asString(), city.get("en").asString(),
				"gen-county-330101", "gen-dept-33"));
		var graph = this.driver
			.executableQuery("RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships")
			.withConfig(this.read)
			.execute()
			.records()
			.getFirst();
		var out = new StringBuilder();
		out.append("Graph: %,d nodes, %,d relationships. %s%n%n".formatted(graph.get("nodes").asLong(),
				graph.get("relationships").asLong(), options.get("label")));

		// Answers first: a benchmark of different answers measures nothing.
		boolean allEqual = true;
		var roundTrips = new LinkedHashMap<String, int[]>();
		for (var shape : shapes) {
			var a = shape.innographAnswer().apply(data(post(this.innograph, shape.innograph(), shape.variables())));
			var b = shape.cypherAnswer()
				.apply(this.driver.executableQuery(shape.cypher())
					.withParameters(shape.parameters())
					.withConfig(this.read)
					.execute()
					.records());
			// The second answer: the first request of a kind may check the server's
			// version.
			post(this.peer, shape.peer(), shape.variables());
			var peerBody = post(this.peer, shape.peer(), shape.variables());
			var c = shape.peerAnswer().apply(data(peerBody));
			boolean equal = a.equals(b) && b.equals(c);
			allEqual &= equal;
			System.out.printf("%-45s answers %s (%d lines)%n", shape.name(), equal ? "equal" : "DIFFER", a.size());
			if (!equal) {
				System.out.println("  innograph: " + a + "\n  cypher:    " + b + "\n  peer:      " + c);
			}
			roundTrips.put(shape.name(), new int[] { innographRoundTrips(shape), 1,
					JSON.readTree(peerBody).at("/extensions/roundTrips").asInt(-1) });
		}

		var legs = new LinkedHashMap<String, Leg[]>();
		for (var shape : shapes) {
			legs.put(shape.name(), legs(shape));
		}
		System.out.printf("Warming up, %.0f s per shape and way%n", warmup);
		for (var l : legs.values()) {
			for (var leg : l) {
				saturate(leg, 4, warmup);
			}
		}

		var latencies = new LinkedHashMap<String, Latency[][]>();
		for (int ri = 0; ri < rates.size(); ri++) {
			for (var e : legs.entrySet()) {
				var row = latencies.computeIfAbsent(e.getKey(), (k) -> new Latency[rates.size()][3]);
				for (int w = 0; w < 3; w++) {
					row[ri][w] = atRate(e.getValue()[w], rates.get(ri), seconds);
				}
				System.out.printf("%-45s %3d/s  p50 %6.2f / %6.2f / %6.2f ms%n", e.getKey(), rates.get(ri),
						row[ri][0].p50(), row[ri][1].p50(), row[ri][2].p50());
			}
		}
		var throughput = new LinkedHashMap<String, double[]>();
		long heap = 0;
		int failures = 0;
		for (var e : legs.entrySet()) {
			var t = new double[3];
			for (int w = 0; w < 3; w++) {
				var result = saturate(e.getValue()[w], clients, seconds);
				t[w] = result[0];
				failures += (int) result[1];
				if (w == 0) {
					heap = Math.max(heap, heapUsed());
				}
			}
			throughput.put(e.getKey(), t);
			System.out.printf("%-45s saturation %7.0f / %7.0f / %7.0f per s%n", e.getKey(), t[0], t[1], t[2]);
		}
		for (var row : latencies.values()) {
			for (var rate : row) {
				for (var l : rate) {
					failures += l.errors();
				}
			}
		}

		out.append(table(shapes, rates, latencies, throughput, roundTrips, clients));
		out.append("%nInnograph heap used under load: at most %d MB (sampled after each saturation run).%n"
			.formatted(heap / 1024 / 1024));
		out.append("Answers: %s. Failed requests: %d.%n".formatted(allEqual ? "equal for every shape" : "DIFFERENT",
				failures));
		System.out.println();
		System.out.println(out);
		var file = Path.of(options.get("out"));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, out);
		System.out.println("Written to " + file);
		return allEqual && failures == 0 ? 0 : 1;
	}

	private static String table(List<Shape> shapes, List<Integer> rates, Map<String, Latency[][]> latencies,
			Map<String, double[]> throughput, Map<String, int[]> roundTrips, int clients) {
		var t = new StringBuilder();
		for (int ri = 0; ri < rates.size(); ri++) {
			t.append("%nLatency at %d requests/s, ms (p50 / p90 / p99):%n%n".formatted(rates.get(ri)));
			t.append(
					"| shape | Innograph (HTTP) | Cypher (driver) | @neo4j/graphql (HTTP) | Innograph p50 − Cypher p50 "
							+ "| Innograph ÷ Cypher p50 | target met (≤ +30 % or +2 ms) |\n|---|---|---|---|---|---|---|\n");
			for (var shape : shapes) {
				var l = latencies.get(shape.name())[ri];
				var over = l[0].p50() - l[1].p50();
				var met = l[0].p50() <= Math.max(l[1].p50() * 1.3, l[1].p50() + 2);
				t.append("| %s | %s | %s | %s | %+.2f ms | %.2f× | %s |%n".formatted(shape.name(), fmt(l[0]), fmt(l[1]),
						fmt(l[2]), over, l[0].p50() / l[1].p50(), met ? "yes" : "no"));
			}
		}
		t.append("%nSaturation throughput, requests/s with %d clients, and Cypher round trips per request:%n%n"
			.formatted(clients));
		t.append("| shape | Innograph | Cypher | @neo4j/graphql | Innograph ÷ @neo4j/graphql | Innograph ÷ Cypher "
				+ "| round trips (Innograph / Cypher / @neo4j/graphql) |\n|---|---|---|---|---|---|---|\n");
		for (var shape : shapes) {
			var x = throughput.get(shape.name());
			var r = roundTrips.get(shape.name());
			t.append("| %s | %.0f | %.0f | %.0f | %.2f× | %.2f× | %d / %d / %d |%n".formatted(shape.name(), x[0], x[1],
					x[2], x[0] / x[2], x[0] / x[1], r[0], r[1], r[2]));
		}
		return t.toString();
	}

	private static String fmt(Latency l) {
		return "%.2f / %.2f / %.2f".formatted(l.p50(), l.p90(), l.p99());
	}

	private Leg[] legs(Shape shape) throws IOException {
		var innographBody = body(shape.innograph(), shape.variables());
		var peerBody = body(shape.peer(), shape.variables());
		return new Leg[] { () -> ok(send(this.innograph, innographBody)), () -> {
			this.driver.executableQuery(shape.cypher())
				.withParameters(shape.parameters())
				.withConfig(this.read)
				.execute();
			return true;
		}, () -> ok(send(this.peer, peerBody)) };
	}

	private static boolean ok(HttpResponse<byte[]> response) {
		if (response.statusCode() != 200) {
			return false;
		}
		var body = response.body();
		// An error entry, without parsing every answer.
		return !new String(body, 0, Math.min(body.length, 12)).startsWith("{\"errors\"");
	}

	/** Requests due at a fixed rate, each on its own thread so none waits for another. */
	private static Latency atRate(Leg leg, int rate, double seconds) throws InterruptedException {
		int n = Math.max(1, (int) (rate * seconds));
		long interval = 1_000_000_000L / rate;
		var times = new ConcurrentLinkedQueue<Double>();
		var errors = new AtomicLong();
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			long start = System.nanoTime();
			for (int i = 0; i < n; i++) {
				long due = start + i * interval;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				pool.submit(() -> {
					try {
						if (!leg.call()) {
							failed(errors, "answered with errors");
						}
					}
					catch (Exception ex) {
						failed(errors, ex.toString());
					}
					times.add((System.nanoTime() - due) / 1e6);
				});
			}
		}
		var sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return new Latency(at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99), (int) errors.get());
	}

	/** Counts a failed request and says why, so that a run's failures can be traced. */
	private static void failed(AtomicLong errors, String why) {
		errors.incrementAndGet();
		System.err.println("A request failed: " + why);
	}

	private static double at(List<Double> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
	}

	/** Completed requests per second with a fixed number of clients, and the failures. */
	private static double[] saturate(Leg leg, int clients, double seconds) throws InterruptedException {
		var done = new AtomicLong();
		var errors = new AtomicLong();
		var stop = new AtomicBoolean();
		var pool = Executors.newVirtualThreadPerTaskExecutor();
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				while (!stop.get()) {
					try {
						if (!leg.call()) {
							failed(errors, "answered with errors");
						}
					}
					catch (Exception ex) {
						failed(errors, ex.toString());
					}
					done.incrementAndGet();
				}
				return null;
			});
		}
		Thread.sleep((long) (seconds * 1000));
		stop.set(true);
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.SECONDS);
		double elapsed = (System.nanoTime() - start) / 1e9;
		return new double[] { done.get() / elapsed, errors.get() };
	}

	private static final Pattern ROUND_TRIPS = Pattern
		.compile("innograph_cypher_round_trips_(sum|count)\\{[^}]*operation=\"(\\w+)\"[^}]*} ([0-9.E]+)");

	/** Round trips of one request, from the service's own metric for the operation. */
	private int innographRoundTrips(Shape shape) throws Exception {
		var operation = shape.innograph().replaceFirst("(?s)^\\s*query (\\w+).*", "$1");
		var before = metric(operation);
		post(this.innograph, shape.innograph(), shape.variables());
		var after = metric(operation);
		return (int) Math.round(after - before);
	}

	private double metric(String operation) throws Exception {
		var text = get(this.innograph.replace("/graphql", "/actuator/prometheus"));
		var m = ROUND_TRIPS.matcher(text);
		while (m.find()) {
			if (m.group(1).equals("sum") && m.group(2).equals(operation)) {
				return Double.parseDouble(m.group(3));
			}
		}
		return 0;
	}

	private long heapUsed() throws Exception {
		var m = Pattern.compile("jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E]+)")
			.matcher(get(this.innograph.replace("/graphql", "/actuator/prometheus")));
		double sum = 0;
		while (m.find()) {
			sum += Double.parseDouble(m.group(1));
		}
		return (long) sum;
	}

	private static byte[] body(String query, Map<String, Object> variables) throws IOException {
		return JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
	}

	private HttpResponse<byte[]> send(String url, byte[] body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private String post(String url, String query, Map<String, Object> variables) throws Exception {
		var response = send(url, body(query, variables));
		return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private String get(String url) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static JsonNode data(String body) {
		var tree = JSON.readTree(body);
		if (tree.has("errors")) {
			throw new IllegalStateException("The request failed: " + body);
		}
		return tree.get("data");
	}

}
