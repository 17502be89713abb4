package org.innograph.limits;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.parser.Parser;
import org.innograph.InnographApplication;
import org.innograph.cli.Commands;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimate against measurements: generated queries of varied shapes (page sizes,
 * nesting, filters of growing depth and breadth, search, neighbourhood and path bounds,
 * aliases, arguments inline and as variables) run against the synthetic scale-1 graph
 * through the service's own GraphQL execution. The estimate must order them as their
 * median time and their response size do (Spearman's rank correlation, printed with the
 * table), and no query the cost cap accepts may take longer than the request's time
 * budget. The graph is generated once into {@code target/neo4j-test} and reused.
 */
class CostModelMeasurementTests {

	/**
	 * Floors that held with margin in repeated runs on a busy 2-core machine. The
	 * estimate counts store work that may return little (a filter over every entity, a
	 * sort of every metric), so it orders time better than size.
	 */
	static final double TIME_FLOOR = 0.45;

	static final double BYTES_FLOOR = 0.25;

	/** The request's time budget: {@code spring.mvc.async.request-timeout}. */
	static final double BUDGET_MS = 15_000;

	static final int RUNS = 3;

	static final Path STORE = Path.of("target/neo4j-test/cost-model-scale-1");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static ConfigurableApplicationContext context;

	record Probe(String name, String query, Map<String, Object> variables) {

		Probe(String name, String query) {
			this(name, query, Map.of());
		}

	}

	record Measured(Probe probe, double cost, double millis, long bytes, boolean accepted) {
	}

	@BeforeAll
	static void scaleOne() throws Exception {
		var marker = STORE.resolve("generated-scale-1-seed-42");
		if (!Files.exists(marker)) {
			var exit = Commands.run(InnographApplication.class, "generate", "--scale=1", "--seed=42",
					"--innograph.store.data-dir=" + STORE, "--logging.level.root=warn");
			assertThat(exit).hasValue(0);
			Files.writeString(marker, "");
		}
		long start = System.nanoTime();
		context = new SpringApplicationBuilder(InnographApplication.class).web(WebApplicationType.NONE)
			.run("--innograph.store.data-dir=" + STORE, "--innograph.seed.enabled=false",
					"--innograph.reference.enabled=false", "--logging.level.root=warn");
		System.out.printf("The service started on the scale-1 graph in %.1f s%n", (System.nanoTime() - start) / 1e9);
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			long start = System.nanoTime();
			context.close();
			System.out.printf("The service stopped in %.1f s%n", (System.nanoTime() - start) / 1e9);
		}
	}

	@Test
	void theEstimateOrdersQueriesAsTheirTimeAndSizeDo() {
		var probes = probes();
		// One pass to warm the store's caches and the JIT, then RUNS measured passes,
		// interleaved so that a busy moment spreads over all queries.
		probes.forEach(this::run);
		var times = new LinkedHashMap<Probe, List<Double>>();
		var bytes = new LinkedHashMap<Probe, Long>();
		for (int pass = 0; pass < RUNS; pass++) {
			for (var probe : probes) {
				long start = System.nanoTime();
				var answer = run(probe);
				times.computeIfAbsent(probe, p -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
				bytes.put(probe, (long) answer.length);
			}
		}
		var limits = context.getBean(LimitsProperties.class);
		var schema = context.getBean(GraphQlSource.class).schema();
		var measured = probes.stream().map(probe -> {
			var shape = QueryShape.of(Parser.parse(probe.query()), null, probe.variables(), schema,
					limits.defaultListSize());
			var answer = new String(run(probe), StandardCharsets.UTF_8);
			return new Measured(probe, shape.cost(), median(times.get(probe)), bytes.get(probe),
					!answer.contains("\"limit\":\"cost\""));
		}).toList();

		var accepted = measured.stream().filter(Measured::accepted).toList();
		var cost = accepted.stream().mapToDouble(Measured::cost).toArray();
		double rhoTime = spearman(cost, accepted.stream().mapToDouble(Measured::millis).toArray());
		double rhoBytes = spearman(cost, accepted.stream().mapToDouble(m -> m.bytes()).toArray());
		System.out.println(table(measured, limits.maxCost()));
		System.out.printf("Spearman's rho over %d accepted queries: estimate vs time %.3f, estimate vs bytes %.3f%n",
				accepted.size(), rhoTime, rhoBytes);

		assertThat(accepted).as("queries under the cap").hasSizeGreaterThan(30);
		assertThat(rhoTime).as("rank correlation of estimate and time").isGreaterThanOrEqualTo(TIME_FLOOR);
		assertThat(rhoBytes).as("rank correlation of estimate and bytes").isGreaterThanOrEqualTo(BYTES_FLOOR);
		assertThat(accepted).allSatisfy(m -> assertThat(m.millis()).as(m.probe().name()).isLessThan(BUDGET_MS));
	}

	private byte[] run(Probe probe) {
		var response = context.getBean(ExecutionGraphQlService.class)
			.execute(new DefaultExecutionGraphQlRequest(probe.query(), null, probe.variables(), null, probe.name(),
					null))
			.block();
		return JSON.writeValueAsBytes(response.toMap());
	}

	/** The generated shapes, on entities of the scale-1 graph. */
	private static List<Probe> probes() {
		var store = context.getBean(GraphStore.class);
		var city = store
			.read("MATCH (c:City {id: 'gen-city-3301'}) RETURN c.name AS name", Map.of(), r -> r.get("name").asString())
			.getFirst();
		var far = store
			.read("MATCH (c:County) RETURN c.id AS id ORDER BY c.id DESC LIMIT 1", Map.of(),
					r -> r.get("id").asString())
			.getFirst();
		var probes = new ArrayList<Probe>();
		probes.add(new Probe("entity by id", "{ entity(id: \"gen-city-3301\") { id name } }"));
		probes.add(new Probe("city by name", "{ city(name: \"%s\") { id name names { en pinyin } } }".formatted(city)));
		probes.add(new Probe("city zones rankings",
				"{ city(name: \"%s\") { highTechZones { name rankings { rank edition } } } }".formatted(city)));
		probes
			.add(new Probe("city metrics", "{ city(name: \"%s\") { metrics { name value period } } }".formatted(city)));
		probes.add(new Probe("city metrics sources",
				"{ city(name: \"%s\") { metrics { value sources { quote } } } }".formatted(city)));
		probes.add(new Probe("province cities zones",
				"{ city(name: \"%s\") { province { cities { name highTechZones { name level } } } } }"
					.formatted(city)));
		for (int first : new int[] { 5, 20, 100 }) {
			probes.add(new Probe("entities first " + first,
					"{ entities(kind: \"City\", first: %d) { nodes { id name } } }".formatted(first)));
			probes.add(new Probe("entities metrics first " + first,
					"{ entities(kind: \"City\", first: %d) { nodes { id metrics { name value } } } }"
						.formatted(first)));
			probes.add(new Probe("entities first $" + first,
					"query($n: Int) { entities(kind: \"HighTechZone\", first: $n) { edges { cursor node { name } } } }",
					Map.of("n", first)));
		}
		probes.add(new Probe("entities default page",
				"{ entities(kind: \"Laboratory\") { nodes { id name rankings { rank } } } }"));
		probes.add(new Probe("entities totalCount", "{ entities { totalCount } }"));
		probes.add(new Probe("entities groupBy", "{ entities { groupBy(keys: [KIND, LEVEL]) { count } } }"));
		var prefixes = store.read("MATCH (c:City) RETURN DISTINCT left(c.name, 1) AS prefix ORDER BY prefix LIMIT 60",
				Map.of(), r -> r.get("prefix").asString());
		for (int breadth : new int[] { 1, 4, 12, 60 }) {
			var or = prefixes.stream()
				.limit(breadth)
				.map("{name: {startsWith: \"%s\"}}"::formatted)
				.collect(Collectors.joining(", "));
			probes.add(new Probe("filter OR " + breadth,
					"{ entities(kind: \"City\", where: {OR: [%s]}, first: 20) { totalCount nodes { id name } } }"
						.formatted(or)));
		}
		var leaf = Map.<String, Object>of("id", Map.of("eq", "gen-prov-33"));
		Object where = leaf;
		for (int depth = 1; depth <= 3; depth += 2) {
			where = Map.of("locatedIn", (depth == 3) ? Map.of("locatedIn", where) : where);
			probes.add(new Probe("filter locatedIn depth " + depth,
					"query($w: EntityWhere) { entities(where: $w, first: 20) { totalCount nodes { id name } } }",
					Map.of("w", where)));
		}
		probes.add(new Probe("filter metrics some",
				"{ entities(where: {metrics: {some: {value: {gt: 1000}, year: {eq: 2020}}}}, first: 20) { totalCount nodes { id } } }"));
		probes.add(new Probe("filter rankings latest",
				"{ entities(where: {rankings: {some: {latest: true, rank: {lte: 20}}}}, first: 20) { nodes { id rankings { rank } } } }"));
		for (int first : new int[] { 5, 20, 100 }) {
			probes.add(new Probe("search first " + first,
					"{ search(text: \"%s\", first: %d) { score entity { id name } } }".formatted(city, first)));
		}
		probes
			.add(new Probe("search default", "{ search(text: \"%s\") { score entity { id kind } } }".formatted(city)));
		for (int depth = 1; depth <= 3; depth++) {
			for (int limit : (depth == 3) ? new int[] { 100 } : new int[] { 20, 500 }) {
				probes.add(new Probe("neighborhood depth %d limit %d".formatted(depth, limit),
						"{ neighborhood(id: \"gen-city-3301\", depth: %d, limit: %d) { nodes { id label } edges { id source target } } }"
							.formatted(depth, limit)));
			}
		}
		probes.add(new Probe("neighborhood default",
				"{ neighborhood(id: \"gen-city-3301\") { nodes { id label } edges { id type } } }"));
		for (int hops = 2; hops <= 6; hops += 2) {
			probes.add(new Probe("path maxHops " + hops,
					"{ path(from: \"gen-county-330101\", to: \"%s\", maxHops: %d, limit: 5) { length nodes { id } } }"
						.formatted(far, hops)));
		}
		probes.add(new Probe("path default",
				"{ path(from: \"gen-city-3301\", to: \"gen-city-3302\") { length nodes { id label } edges { type } } }"));
		for (int first : new int[] { 10, 1000 }) {
			probes.add(new Probe("metrics first " + first,
					"{ metrics(first: %d) { value subject { id name } } }".formatted(first)));
		}
		probes.add(new Probe("metrics of one subject default",
				"{ metrics(subjectId: \"gen-city-3301\") { value unit } }"));
		for (int aliases : new int[] { 2, 8 }) {
			probes.add(new Probe("aliases " + aliases,
					IntStream.range(0, aliases)
						.mapToObj(i -> "a%d: entities(kind: \"County\", first: 50, after: null) { nodes { id name } }"
							.formatted(i))
						.collect(Collectors.joining(" ", "{ ", " }"))));
		}
		probes.add(new Probe("documents", "{ documents { id title } }"));
		return probes;
	}

	private static String table(List<Measured> measured, long cap) {
		var out = new StringBuilder("%n| query | estimate | median ms | bytes |%n|---|---:|---:|---:|%n".formatted());
		measured.stream()
			.sorted(Comparator.comparingDouble(Measured::cost))
			.forEach(m -> out.append("| %s | %,.0f%s | %.2f | %,d |%n".formatted(m.probe().name(), m.cost(),
					m.accepted() ? "" : " (over " + cap + ")", m.millis(), m.bytes())));
		return out.toString();
	}

	static double median(List<Double> values) {
		var sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** Spearman's rho: Pearson's correlation of the ranks, ties given their mean rank. */
	static double spearman(double[] x, double[] y) {
		return pearson(ranks(x), ranks(y));
	}

	static double[] ranks(double[] values) {
		var order = IntStream.range(0, values.length)
			.boxed()
			.sorted(Comparator.comparingDouble(i -> values[i]))
			.toArray(Integer[]::new);
		var ranks = new double[values.length];
		for (int i = 0; i < order.length;) {
			int j = i;
			while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
				j++;
			}
			for (int k = i; k <= j; k++) {
				ranks[order[k]] = (i + j) / 2.0 + 1;
			}
			i = j + 1;
		}
		return ranks;
	}

	static double pearson(double[] x, double[] y) {
		double mx = Arrays.stream(x).average().orElse(0);
		double my = Arrays.stream(y).average().orElse(0);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < x.length; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}

}
