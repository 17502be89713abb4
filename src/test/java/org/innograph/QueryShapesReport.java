package org.innograph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.innograph.store.GraphStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the Cypher round trips and the latency over HTTP of each query shape on the seed
 * graph ({@code ./mvnw test -Dtest=QueryShapesReport}). Round trips are checked; times
 * are only reported, since they depend on the machine.
 */
@EmbeddedServiceTest
class QueryShapesReport {

	static final Map<String, String> SHAPES = new LinkedHashMap<>();
	static {
		SHAPES.put("lookup by name", "{ city(name: \"寧波\") { id name } }");
		SHAPES.put("city → zones → rankings → sources (3 hops)",
				"{ city(name: \"杭州\") { highTechZones { rankings { rank sources { quote document { title } } } } } }");
		SHAPES.put("filtered, sorted page with totalCount",
				"""
						{ entities(kind: "HighTechZone", where: {level: {eq: "NATIONAL"}},
						  orderBy: [{rank: {list: "国家高新区综合评价"}}], first: 5) { totalCount edges { cursor node { id name } } } }""");
		SHAPES.put("group-by aggregation",
				"{ rankingsConnection { groupBy(keys: [LIST, EDITION]) { keys { value displayName } count aggregate { min } } } }");
		SHAPES.put("search", "{ search(text: \"ningbo\") { score entity { id name } } }");
		SHAPES.put("neighbourhood, depth 2",
				"{ neighborhood(id: \"city-hangzhou\", depth: 2) { truncated nodes { id label } edges { id source target } } }");
		SHAPES.put("shortest path",
				"{ path(from: \"city-hangzhou\", to: \"dept-zhejiang-kjt\") { length edges { type sources { quote } } } }");
	}

	/** The most round trips each shape may take: one per field that reaches the store. */
	static final Map<String, Integer> BOUNDS = Map.of("lookup by name", 1, "city → zones → rankings → sources (3 hops)",
			1, "filtered, sorted page with totalCount", 1, "group-by aggregation", 1, "search", 1,
			"neighbourhood, depth 2", 1, "shortest path", 1);

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	@Test
	void reportsRoundTripsAndLatencyOfEachShape() {
		var graphql = GraphQlHttp.client(this.port);
		var report = new StringBuilder(
				"\nshape | Cypher round trips | p50 ms | p90 ms (30 runs over HTTP, seed graph)\n");
		SHAPES.forEach((shape, document) -> {
			for (int i = 0; i < 10; i++) {
				assertThat(graphql.document(document).executeSync().getErrors()).isEmpty();
			}
			var before = this.store.roundTrips();
			graphql.document(document).executeSync();
			var roundTrips = this.store.roundTrips() - before;
			var times = new ArrayList<Double>();
			for (int i = 0; i < 30; i++) {
				var start = System.nanoTime();
				graphql.document(document).executeSync();
				times.add((System.nanoTime() - start) / 1e6);
			}
			times.sort(Double::compare);
			report.append("%s | %d | %.1f | %.1f%n".formatted(shape, roundTrips, times.get(14), times.get(26)));
			assertThat(roundTrips).as(shape).isLessThanOrEqualTo(BOUNDS.get(shape));
		});
		System.out.println(report);
	}

}
