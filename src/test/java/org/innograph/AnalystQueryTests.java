package org.innograph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.innograph.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analysts' queries end to end over HTTP: every filter operator, sorting, keyset pages in
 * both directions across inserts, counts, aggregates, group-by, time and search. Expected
 * answers come from the seed as listed in the reference facts, or from hand-written
 * Cypher against the same store.
 */
@EmbeddedServiceTest
class AnalystQueryTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	/** The seed's cities among the country's: those of its province. */
	static final Map<String, Object> IN_ZHEJIANG = Map.of("id", Map.of("eq", "prov-zhejiang"));

	static final Map<String, Object> IN_ZHEJIANG_ONLY = Map.of("locatedIn", IN_ZHEJIANG);

	HttpSyncGraphQlClient graphql;

	@BeforeEach
	void client() {
		this.graphql = GraphQlHttp.client(this.port);
	}

	@AfterEach
	void removeInsertedEntities() {
		this.store.write(tx -> tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'aq-' DETACH DELETE n").consume());
	}

	ClientGraphQlResponse run(String document, Map<String, Object> variables) {
		var response = this.graphql.document(document).variables(variables).executeSync();
		assertThat(response.getErrors()).as("errors of %s %s", document, variables).isEmpty();
		return response;
	}

	static final String ENTITIES = """
			query entities($kind: String, $where: EntityWhere, $asOf: Int, $orderBy: [EntityOrder!], $first: Int, $after: String,
			    $last: Int, $before: String) {
			  entities(kind: $kind, where: $where, asOf: $asOf, orderBy: $orderBy, first: $first, after: $after, last: $last,
			      before: $before) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges { cursor node { id name kind } }
			  }
			}
			""";

	List<String> entityIds(String kind, Map<String, Object> where) {
		var variables = new HashMap<String, Object>();
		variables.put("kind", kind);
		variables.put("where", where);
		variables.put("first", 100);
		return ids(run(ENTITIES, variables), "entities.edges");
	}

	static List<String> ids(ClientGraphQlResponse response, String edgesPath) {
		List<Map<String, Object>> edges = response.field(edgesPath).toEntity(new ParameterizedTypeReference<>() {
		});
		return edges.stream().map(e -> (String) ((Map<?, ?>) e.get("node")).get("id")).toList();
	}

	List<String> cypherIds(String cypher) {
		return this.store.read(cypher, Map.of(), r -> r.get(0).asString());
	}

	// Filters on strings, through every name form

	@Test
	void eqMatchesAnyNameForm() {
		for (var name : List.of("宁波", "寧波", "Ningbo", "ningbo", "Níngbō", "宁波市")) {
			assertThat(entityIds("City", Map.of("name", Map.of("eq", name)))).containsExactly("city-ningbo");
		}
	}

	static final String RANKINGS_PAGE = """
			query rankingsPage($where: RankingWhere, $asOf: Int, $orderBy: [RankingOrder!], $first: Int) {
			  rankingsConnection(where: $where, asOf: $asOf, orderBy: $orderBy, first: $first) {
			    totalCount
			    aggregate { count min max }
			    groupBy(keys: [LIST, EDITION]) { keys { key value displayName } count aggregate { min } }
			    nodes { ... on Ranking { id rank list edition subject { id } } }
			  }
			}
			""";

	static final String METRICS_PAGE = """
			query metricsPage($where: MetricWhere, $asOf: Int, $orderBy: [MetricOrder!], $first: Int) {
			  metricsConnection(where: $where, asOf: $asOf, orderBy: $orderBy, first: $first) {
			    totalCount
			    aggregate { count min max avg sum }
			    groupBy(keys: [UNIT, YEAR]) { keys { key value } count aggregate { sum } }
			    nodes { ... on Metric { id name value unit period subject { id } } }
			  }
			}
			""";

	@Test
	void aListOrAMetricGivenExactlyMatchesItsOwnNameOrItsEnglishOne() {
		var byList = rankingIds("国家高新区综合评价");
		assertThat(byList).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(cypherIds("MATCH (f:Ranking) WHERE f.list = '国家高新区综合评价' RETURN f.id"))
			.containsExactlyInAnyOrderElementsOf(rankingIds("comprehensive evaluation of national high-tech zones"));
		var byName = metricIds("新增贷款");
		assertThat(byName).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(cypherIds("MATCH (f:Metric) WHERE f.name = '新增贷款' RETURN f.id"))
			.containsExactlyInAnyOrderElementsOf(metricIds("new lending"));
		// The exact name is sought through the indexes; the filter's other conditions
		// still hold.
		var contradictory = Map.of("eq", "国家高新区综合评价", "ne", "国家高新区综合评价");
		assertThat(nodeIds(run(RANKINGS_PAGE, Map.of("where", Map.of("list", contradictory), "first", 100)),
				"rankingsConnection.nodes"))
			.isEmpty();
	}

	private List<String> rankingIds(String list) {
		return nodeIds(run(RANKINGS_PAGE, Map.of("where", Map.of("list", Map.of("eq", list)), "first", 100)),
				"rankingsConnection.nodes");
	}

	private List<String> metricIds(String name) {
		return nodeIds(run(METRICS_PAGE, Map.of("where", Map.of("name", Map.of("eq", name)), "first", 100)),
				"metricsConnection.nodes");
	}

	private static List<String> nodeIds(ClientGraphQlResponse response, String nodesPath) {
		List<Map<String, Object>> nodes = response.field(nodesPath).toEntity(new ParameterizedTypeReference<>() {
		});
		return nodes.stream().map(n -> (String) n.get("id")).toList();
	}

	@Test
	void neExcludes() {
		assertThat(entityIds("HighTechZone", Map.of("id", Map.of("ne", "htz-ningbo"), "locatedIn", IN_ZHEJIANG)))
			.hasSize(7)
			.doesNotContain("htz-ningbo");
		assertThat(entityIds("City", Map.of("name", Map.of("ne", "Hangzhou"), "locatedIn", IN_ZHEJIANG))).hasSize(10)
			.doesNotContain("city-hangzhou");
	}

	@Test
	void inMatchesAnyOfTheValues() {
		assertThat(entityIds("City", Map.of("name", Map.of("in", List.of("Hangzhou", "寧波", "温州")))))
			.containsExactlyInAnyOrder("city-hangzhou", "city-ningbo", "city-wenzhou");
		assertThat(entityIds(null, Map.of("id", Map.of("in", List.of("lab-xihu", "county-anji")))))
			.containsExactlyInAnyOrder("lab-xihu", "county-anji");
	}

	@Test
	void containsAndStartsWithMatchNameForms() {
		assertThat(entityIds("Laboratory", Map.of("name", Map.of("contains", "實驗")))).hasSize(10);
		assertThat(entityIds("City", Map.of("name", Map.of("startsWith", "hang")))).containsExactly("city-hangzhou");
		assertThat(entityIds("HighTechZone", Map.of("category", Map.of("contains", "x")))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "gt, 2015-02, 2", "gte, 2015-02, 3", "lt, 2012-08, 1", "lte, 2012-08, 2" })
	void comparisonsOnDates(String operator, String value, int expected) {
		assertThat(entityIds("HighTechZone", Map.of("established", Map.of(operator, value), "locatedIn", IN_ZHEJIANG)))
			.hasSize(expected);
	}

	@ParameterizedTest
	@CsvSource({ "gt, 9785, 2", "gte, 9785, 3", "lt, 2, 0", "lte, 2, 2", "eq, 262, 1", "ne, 2, 18" })
	void comparisonsOnNumbers(String operator, double value, int expected) {
		var nodes = run(METRICS_PAGE, Map.of("where", Map.of("value", Map.of(operator, value)), "first", 100))
			.field("metricsConnection.totalCount")
			.toEntity(Integer.class);
		assertThat(nodes).isEqualTo(expected);
	}

	@Test
	void andOrNotCombine() {
		assertThat(entityIds("City",
				Map.of("OR", List.of(Map.of("name", Map.of("eq", "杭州")), Map.of("name", Map.of("eq", "Ningbo"))))))
			.containsExactlyInAnyOrder("city-hangzhou", "city-ningbo");
		assertThat(entityIds("HighTechZone", Map.of("NOT", Map.of("level", Map.of("eq", "NATIONAL"))))).isEmpty();
		assertThat(entityIds("HighTechZone",
				Map.of("AND",
						List.of(Map.of("established", Map.of("gte", "2015")),
								Map.of("locatedIn", Map.of("name", Map.of("eq", "杭州")))))))
			.containsExactly("htz-hangzhou-linjiang");
	}

	@Test
	void relationshipFiltersSomeNoneAll() {
		var some = entityIds("City", Map.of("locatedIn", IN_ZHEJIANG, "located",
				Map.of("some", Map.of("kind", Map.of("eq", "HighTechZone")))));
		assertThat(some).containsExactlyInAnyOrderElementsOf(cypherIds("""
				MATCH (c:City)-[:LOCATED_IN]->(:Province {id: 'prov-zhejiang'})
				WHERE EXISTS { (c)<-[:LOCATED_IN]-(:HighTechZone) } RETURN c.id"""));
		var none = entityIds("City", Map.of("locatedIn", IN_ZHEJIANG, "located",
				Map.of("none", Map.of("kind", Map.of("eq", "HighTechZone")))));
		assertThat(none).hasSize(11 - some.size()).doesNotContainAnyElementsOf(some);
		var all = entityIds("City",
				Map.of("locatedIn", IN_ZHEJIANG, "located", Map.of("all", Map.of("kind", Map.of("eq", "County")))));
		assertThat(all).containsExactlyInAnyOrderElementsOf(cypherIds("""
				MATCH (c:City)-[:LOCATED_IN]->(:Province {id: 'prov-zhejiang'})
				WHERE NOT EXISTS { MATCH (c)<-[:LOCATED_IN]-(x) WHERE x.kind <> 'County' } RETURN c.id"""));
	}

	@Test
	void filtersOnFacts() {
		// A zone whose latest rank is within 20.
		assertThat(entityIds("HighTechZone",
				Map.of("rankings", Map.of("some", Map.of("rank", Map.of("lte", 20), "latest", true)))))
			.containsExactlyInAnyOrder("htz-hangzhou", "htz-ningbo");
		// A place with a metric above a value in a year.
		assertThat(entityIds(null, Map.of("metrics", Map.of("some",
				Map.of("name", Map.of("eq", "国家高新区数量"), "value", Map.of("gte", 8), "year", Map.of("eq", 2022))))))
			.containsExactly("prov-zhejiang");
		// A city whose latest rank in the global cluster list is within 20, as of 2021:
		// none.
		assertThat(entityIds("City", Map.of("rankings", Map.of("some",
				Map.of("rank", Map.of("lte", 20), "list", Map.of("eq", "全球科技集群"), "edition", Map.of("lte", 2021))))))
			.isEmpty();
		// Nested to-many filters.
		List<Map<String, Object>> zones = run("""
				query cityZones($name: String!, $zones: EntityWhere, $rankings: RankingWhere) {
				  city(name: $name) {
				    highTechZones(where: $zones) { id rankings(where: $rankings) { rank edition } }
				  }
				}
				""",
				Map.of("name", "杭州", "zones", Map.of("rankings", Map.of("some", Map.of("rank", Map.of("lte", 10)))),
						"rankings", Map.of("edition", Map.of("eq", 2022))))
			.field("city.highTechZones")
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(zones).singleElement().satisfies(zone -> {
			assertThat(zone).containsEntry("id", "htz-hangzhou");
			assertThat(zone.get("rankings")).isEqualTo(List.of(Map.of("rank", 5, "edition", 2022)));
		});
	}

	// Sorting

	@Test
	void sortsZonesByTheirRankWithMissingRanksLast() {
		var response = run(ENTITIES, Map.of("kind", "HighTechZone", "where", IN_ZHEJIANG_ONLY, "first", 10, "orderBy",
				List.of(Map.of("rank", Map.of("list", "国家高新区综合评价", "edition", 2022), "direction", "ASC"))));
		var ids = ids(response, "entities.edges");
		assertThat(ids).hasSize(8).startsWith("htz-hangzhou", "htz-ningbo");
		var descending = ids(
				run(ENTITIES,
						Map.of("kind", "HighTechZone", "where", IN_ZHEJIANG_ONLY, "first", 10, "orderBy",
								List.of(Map.of("rank", Map.of("list", "国家高新区综合评价"), "direction", "DESC")))),
				"entities.edges");
		assertThat(descending).startsWith("htz-ningbo", "htz-hangzhou");
	}

	@Test
	void sortsByAMetricAndByScalarsWithAStableTieBreak() {
		var byLoans = ids(
				run(ENTITIES,
						Map.of("kind", "Policy", "first", 3, "orderBy",
								List.of(Map.of("metric", Map.of("name", "新增贷款"), "direction", "DESC")))),
				"entities.edges");
		assertThat(byLoans.getFirst()).isEqualTo("pol-zhekedai");
		var byLevel = ids(
				run(ENTITIES,
						Map.of("kind", "HighTechZone", "first", 10, "orderBy", List.of(Map.of("field", "LEVEL")))),
				"entities.edges");
		assertThat(byLevel).isSorted();
		List<Map<String, Object>> metrics = run(METRICS_PAGE,
				Map.of("orderBy", List.of(Map.of("field", "VALUE", "direction", "DESC")), "first", 3))
			.field("metricsConnection.nodes")
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(metrics.getFirst()).containsEntry("value", 8.31e10);
	}

	// Keyset pages

	@Test
	void pagesForwardAndBackwardAcrossABoundaryWithInsertsInBetween() {
		var all = ids(run(ENTITIES, Map.of("kind", "City", "where", IN_ZHEJIANG_ONLY, "first", 100)), "entities.edges");
		assertThat(all).hasSize(11);
		var first = run(ENTITIES, Map.of("kind", "City", "where", IN_ZHEJIANG_ONLY, "first", 3));
		assertThat(ids(first, "entities.edges")).isEqualTo(all.subList(0, 3));
		assertThat(first.field("entities.pageInfo.hasNextPage").toEntity(Boolean.class)).isTrue();
		var endCursor = first.field("entities.pageInfo.endCursor").toEntity(String.class);

		// Inserted before and after the boundary: the next page neither skips nor
		// repeats.
		this.store.write(tx -> tx.run("""
				MATCH (zhejiang:Province {id: 'prov-zhejiang'})
				CREATE (:Entity:Sourced:City {id: 'aq-city-first', kind: 'City', name: '一城'})-[:LOCATED_IN]->(zhejiang)
				CREATE (:Entity:Sourced:City {id: 'aq-city-last', kind: 'City', name: '龥城'})-[:LOCATED_IN]->(zhejiang)
				""").consume());
		var second = run(ENTITIES, Map.of("kind", "City", "where", IN_ZHEJIANG_ONLY, "first", 3, "after", endCursor));
		assertThat(ids(second, "entities.edges")).isEqualTo(all.subList(3, 6));
		assertThat(second.field("entities.totalCount").toEntity(Integer.class)).isEqualTo(13);
		assertThat(second.field("entities.pageInfo.hasPreviousPage").toEntity(Boolean.class)).isTrue();

		var startCursor = second.field("entities.pageInfo.startCursor").toEntity(String.class);
		var back = run(ENTITIES, Map.of("kind", "City", "where", IN_ZHEJIANG_ONLY, "last", 3, "before", startCursor));
		assertThat(ids(back, "entities.edges")).isEqualTo(all.subList(0, 3));
		assertThat(back.field("entities.pageInfo.hasPreviousPage").toEntity(Boolean.class)).as("一城 lies before")
			.isTrue();
		var lastPage = run(ENTITIES, Map.of("kind", "City", "where", IN_ZHEJIANG_ONLY, "last", 2));
		assertThat(ids(lastPage, "entities.edges")).containsExactly(all.getLast(), "aq-city-last");
	}

	@Test
	void pageSizeIsCappedAndCursorsAreChecked() {
		var tooMany = this.graphql.document(ENTITIES).variables(Map.of("first", 101)).executeSync();
		assertThat(tooMany.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("first", "100", "101");
		});
		var cursor = run(ENTITIES, Map.of("first", 1)).field("entities.pageInfo.endCursor").toEntity(String.class);
		var otherOrdering = this.graphql.document(ENTITIES)
			.variables(Map.of("first", 1, "after", cursor, "orderBy", List.of(Map.of("field", "ID"))))
			.executeSync();
		assertThat(otherOrdering.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("another ordering"));
		var both = this.graphql.document(ENTITIES).variables(Map.of("first", 1, "last", 1)).executeSync();
		assertThat(both.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
		// A cursor is never silently ignored: 'after' goes with 'first', 'before' with
		// 'last'.
		var lastAfter = this.graphql.document(ENTITIES).variables(Map.of("last", 1, "after", cursor)).executeSync();
		assertThat(lastAfter.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("'after' pages forward");
		});
	}

	@Test
	void documentsPageInOrderWithTheArticleFirst() {
		var documentsPage = """
				query documentsPage($where: DocumentWhere, $orderBy: [DocumentOrder!], $first: Int, $after: String) {
				  documentsConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
				    totalCount
				    pageInfo { hasNextPage endCursor }
				    nodes { id role publishedAt }
				  }
				}
				""";
		var response = run(documentsPage, Map.of("first", 5));
		assertThat(response.field("documentsConnection.totalCount").toEntity(Integer.class))
			.isEqualTo(cypherIds("MATCH (d:Document) RETURN d.id").size());
		assertThat(response.field("documentsConnection.nodes[0].id").toEntity(String.class))
			.isEqualTo("zjkjt-2023-04-20");
		var filtered = run(documentsPage, Map.of("where", Map.of("publishedAt", Map.of("gte", "2022-01-01"))));
		assertThat(filtered.field("documentsConnection.totalCount").toEntity(Integer.class))
			.isEqualTo(cypherIds("MATCH (d:Document) WHERE d.publishedAt >= '2022-01-01' RETURN d.id").size());
	}

	// Counts, aggregates and group-by

	static final String ENTITY_GROUPS = """
			query entityGroups($kind: String, $where: EntityWhere, $keys: [EntityGroupKey!]!) {
			  entities(kind: $kind, where: $where) {
			    totalCount
			    groupBy(keys: $keys) { keys { key value displayName } count }
			  }
			}
			""";

	@Test
	void groupsByTwoKeysWithDisplayNames() {
		List<Map<String, Object>> groups = run(ENTITY_GROUPS,
				Map.of("keys", List.of("KIND", "CITY"), "where",
						Map.of("locatedIn", Map.of("name", Map.of("eq", "杭州")))))
			.field("entities.groupBy")
			.toEntity(new ParameterizedTypeReference<>() {
			});
		var expected = this.store.read("""
				MATCH (e:Entity)-[:LOCATED_IN*1..3]->(:City {id: 'city-hangzhou'})
				WITH DISTINCT e RETURN e.kind AS kind, count(*) AS n ORDER BY kind
				""", Map.of(), r -> Map.entry(r.get("kind").asString(), r.get("n").asInt()));
		assertThat(groups).hasSize(expected.size());
		for (var kindCount : expected) {
			assertThat(groups).anySatisfy(group -> {
				assertThat(group.get("keys").toString()).contains("value=" + kindCount.getKey(), "value=city-hangzhou",
						"displayName=杭州市");
				assertThat(group).containsEntry("count", kindCount.getValue());
			});
		}
		var counts = groups.stream().map(g -> (Integer) g.get("count")).toList();
		assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
	}

	@Test
	void aZoneThatSpansTwoCitiesCountsUnderEach() {
		this.store.write(tx -> tx.run("""
				MATCH (hangzhou:City {id: 'city-hangzhou'}), (ningbo:City {id: 'city-ningbo'})
				CREATE (z:Entity:Sourced:HighTechZone {id: 'aq-zone-two-cities', kind: 'HighTechZone', name: '杭甬测试区'})
				CREATE (z)-[:LOCATED_IN]->(hangzhou), (z)-[:LOCATED_IN]->(ningbo)
				""").consume());
		List<Map<String, Object>> groups = run(ENTITY_GROUPS,
				Map.of("keys", List.of("CITY"), "where", Map.of("id", Map.of("eq", "aq-zone-two-cities"))))
			.field("entities.groupBy")
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(groups).hasSize(2)
			.allSatisfy(group -> assertThat(group).containsEntry("count", 1))
			.anySatisfy(group -> assertThat(group.get("keys").toString()).contains("value=city-hangzhou"))
			.anySatisfy(group -> assertThat(group.get("keys").toString()).contains("value=city-ningbo"));
		// Both cities lie in one province: the zone counts there once.
		List<Map<String, Object>> provinces = run(ENTITY_GROUPS,
				Map.of("keys", List.of("PROVINCE"), "where", Map.of("id", Map.of("eq", "aq-zone-two-cities"))))
			.field("entities.groupBy")
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(provinces).singleElement().satisfies(group -> {
			assertThat(group).containsEntry("count", 1);
			assertThat(group.get("keys").toString()).contains("value=prov-zhejiang");
		});
	}

	static final String TIMELINE = """
			query timeline($id: ID!, $asOf: Int) {
			  entity(id: $id) {
			    id
			    rankings(asOf: $asOf) { rank edition list }
			    rankingSeries { list points { rank edition } changes { fromEdition toEdition fromRank toRank change } }
			    rankChange(list: "全球科技集群", from: 2021, to: 2022) { fromRank toRank change }
			    latest: rankChange(list: "全球科技集群") { fromEdition toEdition change }
			    until2022: rankChange(list: "全球科技集群", to: 2022) { fromEdition toEdition change }
			    metricSeries { name unit points { value period } changes { fromValue toValue change stated } }
			    rankingAggregate { count min max }
			    metricAggregate { count sum }
			  }
			}
			""";

	static final String DESIGNATIONS_PAGE = """
			query designationsPage($where: DesignationWhere, $asOf: Int, $first: Int) {
			  designationsConnection(where: $where, asOf: $asOf, first: $first) {
			    totalCount
			    groupBy(keys: [HOLDER_KIND]) { keys { value } count }
			    nodes { ... on Designation { id name year status holder { id } } }
			  }
			}
			""";

	@Test
	void aggregatesMetricsAndRanksAtTheRootAndNested() {
		var money = run(METRICS_PAGE, Map.of("where", Map.of("unit", Map.of("eq", "CNY"))));
		assertThat(money.field("metricsConnection.aggregate").toEntity(Map.class)).containsEntry("count", 2)
			.containsEntry("sum", 1.337e11)
			.containsEntry("max", 8.31e10);
		assertThat(money.field("metricsConnection.groupBy[0].aggregate.sum").toEntity(Double.class))
			.isEqualTo(1.337e11);
		var ranks = run(RANKINGS_PAGE, Map.of("where", Map.of("subject", Map.of("name", Map.of("eq", "杭州")))));
		assertThat(ranks.field("rankingsConnection.aggregate").toEntity(Map.class)).containsEntry("count", 6)
			.containsEntry("min", 13.0)
			.containsEntry("max", 85.0);
		var nested = run(TIMELINE, Map.of("id", "city-hangzhou"));
		assertThat(nested.field("entity.rankingAggregate.count").toEntity(Integer.class)).isEqualTo(6);
		var designations = run(DESIGNATIONS_PAGE, Map.of("where", Map.of("name", Map.of("eq", "国家高新区"))));
		assertThat(designations.field("designationsConnection.totalCount").toEntity(Integer.class)).isEqualTo(8);
		assertThat(designations.field("designationsConnection.groupBy[0].count").toEntity(Integer.class)).isEqualTo(8);
	}

	@Test
	void designationsSayWhetherTheyAreHeldOrAGoal() {
		var all = run(DESIGNATIONS_PAGE, Map.of("first", 100));
		var held = run(DESIGNATIONS_PAGE, Map.of("first", 100, "where", Map.of("status", Map.of("eq", "ACHIEVED"))));
		var goals = run(DESIGNATIONS_PAGE, Map.of("first", 100, "where", Map.of("status", Map.of("eq", "TARGET"))));
		int total = all.field("designationsConnection.totalCount").toEntity(Integer.class);
		assertThat(total).isPositive();
		assertThat(held.field("designationsConnection.totalCount").toEntity(Integer.class)
				+ goals.field("designationsConnection.totalCount").toEntity(Integer.class))
			.isEqualTo(total);
		assertThat(held.field("designationsConnection.nodes").toEntity(List.class).toString())
			.contains("status=ACHIEVED")
			.doesNotContain("status=TARGET");
	}

	// Time

	@Test
	void asOfAnswersWithTheFactsValidThen() {
		var then = run(TIMELINE, Map.of("id", "city-hangzhou", "asOf", 2021));
		assertThat(then.field("entity.rankings").toEntity(List.class))
			.isEqualTo(List.of(Map.of("rank", 21, "edition", 2021, "list", "全球科技集群")));
		var root = run(RANKINGS_PAGE, Map.of("where", Map.of("list", Map.of("eq", "全球科技集群")), "asOf", 2022));
		assertThat(root.field("rankingsConnection.nodes").toEntity(List.class)).singleElement()
			.asString()
			.contains("rank=14", "edition=2022");
		var zones = run(ENTITIES, Map.of("kind", "HighTechZone", "where", IN_ZHEJIANG_ONLY, "asOf", 2012, "first", 20));
		assertThat(ids(zones, "entities.edges")).contains("htz-ningbo", "htz-wenzhou")
			.doesNotContain("htz-quzhou", "htz-hangzhou-linjiang");
		var designations = run(DESIGNATIONS_PAGE, Map.of("asOf", 2014, "where", Map.of("name", Map.of("eq", "国家高新区"))));
		assertThat(designations.field("designationsConnection.totalCount").toEntity(Integer.class)).isEqualTo(3);
	}

	@Test
	void seriesAndChangesBetweenEditions() {
		var response = run(TIMELINE, Map.of("id", "city-hangzhou"));
		assertThat(response.field("entity.rankChange").toEntity(Map.class)).containsEntry("fromRank", 21)
			.containsEntry("toRank", 14)
			.containsEntry("change", 7);
		assertThat(response.field("entity.latest").toEntity(Map.class)).containsEntry("fromEdition", 2024)
			.containsEntry("toEdition", 2025)
			.containsEntry("change", 1);
		// Only the later edition given: from the one before it.
		assertThat(response.field("entity.until2022").toEntity(Map.class)).containsEntry("fromEdition", 2021)
			.containsEntry("toEdition", 2022)
			.containsEntry("change", 7);
		List<Map<String, Object>> points = response.field("entity.rankingSeries[0].points")
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(points).extracting(p -> p.get("edition")).containsExactly(2017, 2021, 2022, 2023, 2024, 2025);
		var stated = run(TIMELINE, Map.of("id", "pol-duty-results-reform"));
		assertThat(stated.field("entity.metricSeries").toEntity(List.class).toString())
			.contains("fromValue=58.0, toValue=31.0, change=-27.0, stated=true");
	}

	// Search

	static final String SEARCH_HITS = """
			query searchHits($text: String!, $kinds: [String!]) {
			  search(text: $text, kinds: $kinds, first: 5) {
			    score matchedName matchedForm
			    entity { id kind }
			  }
			}
			""";

	@ParameterizedTest
	@ValueSource(strings = { "宁波", "寧波", "Ningbo", "Níngbō", "ningbo", "ning bo", "ning2 bo1" })
	void searchFindsTheCityInEveryNameForm(String text) {
		List<Map<String, Object>> hits = run(SEARCH_HITS, Map.of("text", text, "kinds", List.of("City")))
			.field("search")
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(hits).first().satisfies(hit -> {
			assertThat((Map<String, Object>) hit.get("entity")).containsEntry("id", "city-ningbo");
			assertThat((String) hit.get("matchedName")).isIn("宁波市", "寧波市", "Ningbo", "Níngbō Shì", "宁波");
		});
		assertThat(hits).allSatisfy(hit -> assertThat(((Map<?, ?>) hit.get("entity")).get("kind")).isEqualTo("City"));
	}

	@Test
	void searchFiltersKindsBeforeItCapsTheCandidates() {
		// Over a hundred divisions are development zones (经济技术开发区) with shorter names,
		// which outscore the high-tech zones'.
		List<Map<String, Object>> hits = run(SEARCH_HITS, Map.of("text", "开发区", "kinds", List.of("HighTechZone")))
			.field("search")
			.toEntity(new ParameterizedTypeReference<>() {
			});
		var zones = cypherIds("""
				MATCH (z:HighTechZone) WHERE z.name CONTAINS '开发区' RETURN z.id""");
		assertThat(zones).hasSizeGreaterThan(5);
		assertThat(hits).hasSize(5)
			.allSatisfy(hit -> assertThat(((Map<?, ?>) hit.get("entity")).get("kind")).isEqualTo("HighTechZone"));
	}

	@ParameterizedTest
	@ValueSource(strings = { ".", "...", "*?~", "AND", "/.*/", "x:", "long" })
	@ExtendWith(OutputCaptureExtension.class)
	void searchTextThatIsNoSearchIsAClientErrorAndNoStoreFailure(String given, CapturedOutput output) {
		// 1,500 distinct words: more clauses than the full-text index accepts in a query.
		var text = given.equals("long")
				? IntStream.range(0, 1500).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")) : given;
		var response = this.graphql.document(SEARCH_HITS).variables(Map.of("text", text)).executeSync();
		if (given.equals("AND") || given.equals("x:")) {
			// Words, even Lucene's operators, are searched for as words.
			assertThat(response.getErrors()).isEmpty();
		}
		else {
			assertThat(response.getErrors()).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "text");
			});
		}
		assertThat(output.getAll()).doesNotContain("Neo4j failed", "ProcedureCallFailed");
	}

	@Test
	void searchNamesTheFormThatMatched() {
		var hit = run(SEARCH_HITS, Map.of("text", "寧波")).field("search[0]").toEntity(Map.class);
		assertThat(hit).containsEntry("matchedName", "寧波市").containsEntry("matchedForm", "ZH_HANT");
		var english = run(SEARCH_HITS, Map.of("text", "Westlake")).field("search[0]").toEntity(Map.class);
		assertThat(english).containsEntry("matchedForm", "EN");
		assertThat(english.get("entity").toString()).contains("lab-xihu");
	}

}
