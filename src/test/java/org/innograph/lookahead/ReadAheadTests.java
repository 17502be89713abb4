package org.innograph.lookahead;

import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading ahead changes how many queries a request costs, never its answer: each request
 * runs with and without it, over HTTP against the seed graph, and must give the same
 * data, with the round trips read ahead at most the number given and fewer than without.
 */
@EmbeddedServiceTest
class ReadAheadTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	@Autowired
	Lookahead lookahead;

	private final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					city → zones → rankings → sources | 1 | { city(name: "杭州") { id highTechZones { id rankings { rank list edition sources { quote document { title } } } } } }
					province tree, filtered at each level | 2 | { entitiesByName(name: "浙江", kind: "Province") { name sources { quote } ... on Province { cities(where: {name: {startsWith: "宁"}}) { name highTechZones(where: {level: {eq: "NATIONAL"}}) { name rankings(where: {list: {eq: "国家高新区综合评价"}}) { rank edition sources { quote } } designations(asOf: 2022) { name year } metrics { name value period } } laboratories { name sources { quote document { title text } } } } } } }
					province tree, every city | 1 | { entitiesByName(name: "浙江", kind: "Province") { ... on Province { cities { id sources { quote } highTechZones { id sources { quote } rankings { id sources { quote } } designations { id sources { quote } } } laboratories { id designations { id } } counties { id metrics { id } } } } } }
					aliases with other arguments | 1 | { entity(id: "city-hangzhou") { ... on City { all: highTechZones { id } national: highTechZones(where: {level: {eq: "NATIONAL"}}) { id old: rankings(asOf: 2021) { rank edition } latest: rankings(where: {latest: true}) { rank edition sources { quote } } } } metrics(where: {year: {gte: 2022}}) { name value sources { quote } } } }
					a page of cities with their zones and rankings | 1 | { entities(kind: "City", orderBy: [{field: NAME}], first: 5) { totalCount edges { cursor node { id name ... on City { highTechZones { id rankings { rank sources { quote } } } } } } } }
					a page of rankings with their sources, through nodes | 1 | { rankingsConnection(where: {list: {eq: "国家高新区综合评价"}}, first: 10) { nodes { id rank sources { quote document { title } } } } }
					a path with the sources of each hop | 1 | { path(from: "city-hangzhou", to: "dept-zhejiang-kjt") { length nodes { id } edges { id type sources { quote document { title } } } } }
					a neighbourhood with the sources of its links | 1 | { neighborhood(id: "city-hangzhou", depth: 2) { nodes { id } edges { id sources { quote verbatim } } } }
					fragments on several kinds | 2 | { city: entitiesByName(name: "杭州") { id ... on City { highTechZones { id } counties { id } } ... on InnovationZone { cities { id } } } zone: entitiesByName(name: "杭州国家自主创新示范区") { id ... on City { highTechZones { id } } ... on InnovationZone { cities { id rankings { rank } } } } }
					""")
	void readingAheadKeepsTheAnswerAndSavesRoundTrips(String name, int atMost, String query) {
		var ahead = run(query, true);
		var fieldByField = run(query, false);

		assertThat(ahead.data()).isEqualTo(fieldByField.data());
		assertThat(ahead.data().toString()).as("a non-trivial answer").hasSizeGreaterThan(100);
		assertThat(ahead.roundTrips()).as("round trips read ahead").isLessThanOrEqualTo(atMost);
		assertThat(ahead.roundTrips()).as("round trips field by field").isLessThan(fieldByField.roundTrips());
	}

	private Answer run(String query, boolean readAhead) {
		this.lookahead.enabled(readAhead);
		var before = this.store.roundTrips();
		var body = RestClient.create("http://127.0.0.1:" + this.port + "/graphql")
			.post()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", query))
			.retrieve()
			.body(String.class);
		var trips = this.store.roundTrips() - before;
		var response = this.json.readTree(body);
		assertThat(response.has("errors")).as(body).isFalse();
		return new Answer(response.get("data"), trips);
	}

	@AfterEach
	void readAheadAgain() {
		this.lookahead.enabled(true);
	}

	private record Answer(JsonNode data, long roundTrips) {
	}

}
