package org.innograph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.lookahead.Lookahead;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the Cypher round trips of a request depend on its depth, not on the data. The
 * same five-level query runs over the seed's province and over a generated province with
 * ten times the cities, zones, rankings and sources: read ahead, each costs one query;
 * field by field, each costs the same number, no more than the fields that reach the
 * store.
 */
@EmbeddedServiceTest
// Only registered operation names get a metrics tag of their own.
@TestPropertySource(properties = "innograph.metrics.operation-names=provinceTree")
class RoundTripTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Autowired
	Lookahead lookahead;

	@Test
	void roundTripsAreBoundedByTheDepthOfTheQueryNotByTheData() {
		generateProvince("rt-big", 100, 3, 4);
		generateProvince("rt-small", 2, 1, 1);
		var graphql = GraphQlHttp.client(this.port);
		var provinceTree = """
				query provinceTree($name: String!) {
				  city: entitiesByName(name: $name, kind: "Province") {
				    ... on Province {
				      cities {
				        highTechZones {
				          rankings { rank sources { quote document { title } } }
				          designations { name sources { quote } }
				        }
				        laboratories { name sources { quote } }
				      }
				    }
				  }
				}
				""";

		var response = graphql.document(provinceTree).variable("name", "rt-big 省").executeSync();
		List<?> cities = response.field("city[0].cities").toEntity(List.class);
		assertThat(cities).hasSize(100);
		assertThat(response.field("city[0].cities[99].highTechZones[2].rankings[3].sources[0].document.title")
			.toEntity(String.class)).isEqualTo("rt-big document");

		// Read ahead (the default), the whole tree is one query.
		for (var province : List.of("rt-small 省", "rt-big 省", "浙江")) {
			assertThat(roundTrips(() -> graphql.document(provinceTree).variable("name", province).executeSync()))
				.as(province)
				.isEqualTo(1);
		}
		// The same count, attributed to the request, in the metrics and the request log.
		var perRequest = this.meters.find("innograph.cypher.round.trips").tag("operation", "provinceTree").summary();
		assertThat(perRequest).isNotNull();
		assertThat(perRequest.max()).isEqualTo(1.0);

		// Field by field, one per field that reaches the store: entitiesByName, cities,
		// highTechZones, rankings and their sources and documents, designations and their
		// sources, laboratories and their sources.
		this.lookahead.enabled(false);
		var small = roundTrips(() -> graphql.document(provinceTree).variable("name", "rt-small 省").executeSync());
		var big = roundTrips(() -> graphql.document(provinceTree).variable("name", "rt-big 省").executeSync());
		var zhejiang = roundTrips(() -> graphql.document(provinceTree).variable("name", "浙江").executeSync());
		assertThat(small).isLessThanOrEqualTo(10);
		assertThat(big).isEqualTo(small);
		assertThat(zhejiang).isEqualTo(small);
	}

	private long roundTrips(Runnable request) {
		var before = this.store.roundTrips();
		request.run();
		return this.store.roundTrips() - before;
	}

	/**
	 * A province with cities, each with a laboratory and zones, each zone with a
	 * designation and rankings, all citing one document.
	 */
	private void generateProvince(String prefix, int cities, int zonesPerCity, int rankingsPerZone) {
		var rows = new ArrayList<Map<String, Object>>();
		for (int c = 0; c < cities; c++) {
			for (int z = 0; z < zonesPerCity; z++) {
				for (int r = 0; r < rankingsPerZone; r++) {
					rows.add(Map.of("city", prefix + "-city-" + c, "zone", prefix + "-zone-" + c + "-" + z, "ranking",
							prefix + "-ranking-" + c + "-" + z + "-" + r, "rank", r + 1));
				}
			}
		}
		this.store.write(tx -> tx.run("""
				MERGE (d:Document {id: $prefix + '-document'})
				SET d.title = $prefix + ' document', d.role = 'BACKGROUND', d.kind = 'REPORT'
				MERGE (s:Source {id: $prefix + '-source'})
				SET s.quote = 'generated', s.verbatim = false, s.inferred = false
				MERGE (s)-[:IN]->(d)
				MERGE (p:Entity:Sourced:Province {id: $prefix + '-province'})
				SET p.kind = 'Province', p.name = $prefix + ' 省'
				MERGE (k:NameKey {key: $key})
				MERGE (p)-[:KNOWN_AS {rank: 0}]->(k)
				WITH p, s
				UNWIND $rows AS row
				MERGE (c:Entity:Sourced:City {id: row.city})
				SET c.kind = 'City', c.name = row.city
				MERGE (c)-[:LOCATED_IN]->(p)
				MERGE (z:Entity:Sourced:HighTechZone {id: row.zone})
				SET z.kind = 'HighTechZone', z.name = row.zone, z.level = 'NATIONAL'
				MERGE (z)-[:LOCATED_IN]->(c)
				MERGE (f:Fact:Sourced:Ranking {id: row.ranking})
				SET f.rank = row.rank, f.list = 'generated', f.edition = 2022, f.inferred = false
				MERGE (f)-[:ABOUT]->(z)
				MERGE (f)-[:SOURCED_FROM]->(s)
				MERGE (l:Entity:Sourced:Laboratory {id: row.city + '-lab'})
				SET l.kind = 'Laboratory', l.name = row.city + ' lab'
				MERGE (l)-[:LOCATED_IN]->(c)
				MERGE (l)-[:SOURCED_FROM]->(s)
				MERGE (g:Fact:Sourced:Designation {id: row.zone + '-designation'})
				SET g.name = 'generated', g.inferred = false
				MERGE (g)-[:ABOUT]->(z)
				MERGE (g)-[:SOURCED_FROM]->(s)
				""", Map.of("prefix", prefix, "key", org.innograph.names.NameForms.key(prefix + " 省"), "rows", rows))
			.consume());
	}

	@AfterEach
	void removeGeneratedData() {
		this.lookahead.enabled(true);
		this.store.write(tx -> tx.run("""
				MATCH (n) WHERE n.id STARTS WITH 'rt-' DETACH DELETE n
				WITH count(*) AS removed
				MATCH (k:NameKey) WHERE k.key STARTS WITH 'rt' AND NOT (k)--() DELETE k
				""").consume());
	}

}
