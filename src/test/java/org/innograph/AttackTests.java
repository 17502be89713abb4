package org.innograph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crafted requests against the public endpoint, over HTTP: each is refused cleanly, with
 * a 4xx or a GraphQL error that names its limit, never a 5xx, while an ordinary query
 * running beside them keeps its answer. Each limit accepts its cap and refuses one more.
 */
@EmbeddedServiceTest
class AttackTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String ORDINARY = "{ city(name: \"杭州\") { highTechZones { rankings { rank } } } }";

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	record Answer(int status, Map<String, Object> body) {

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> errors() {
			return (List<Map<String, Object>>) this.body.getOrDefault("errors", List.of());
		}

		@SuppressWarnings("unchecked")
		Object limit() {
			return errors().isEmpty() ? null
					: ((Map<String, Object>) errors().getFirst().get("extensions")).get("limit");
		}

	}

	Answer post(String body) {
		try {
			var response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Map<String, Object> parsed = response.body().isBlank() ? Map.of()
					: JSON.readValue(response.body(), Map.class);
			return new Answer(response.statusCode(), parsed);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	Answer query(String document) {
		return post(JSON.writeValueAsString(Map.of("query", document)));
	}

	/** Runs the attack while an ordinary query repeats beside it, and checks both. */
	Answer refused(String body) {
		var expected = query(ORDINARY).body();
		var stop = new AtomicBoolean();
		var ordinary = CompletableFuture.runAsync(() -> {
			while (!stop.get()) {
				assertThat(query(ORDINARY).body().get("data")).isEqualTo(expected.get("data"));
			}
		});
		try {
			var answer = post(body);
			assertThat(answer.status()).as("status of %s", body.length() > 200 ? body.substring(0, 200) : body)
				.isLessThan(500);
			assertThat(answer.status() >= 400 || !answer.errors().isEmpty()).isTrue();
			assertThat(answer.body().toString()).doesNotContain("Exception", "org.neo4j", "at org.", "MATCH (");
			return answer;
		}
		finally {
			stop.set(true);
			ordinary.join();
		}
	}

	String json(String document) {
		return JSON.writeValueAsString(Map.of("query", document));
	}

	@Test
	void aQueryNested10000Deep() {
		var document = "{ city(name: \"x\") { " + "province { cities { ".repeat(5000) + "id" + " } }".repeat(5000)
				+ " } }";
		assertThat(refused(json(document)).errors()).isNotEmpty();
	}

	@Test
	void aThousandAliasesOfSearch() {
		var document = IntStream.range(0, 1000)
			.mapToObj(i -> "a" + i + ": search(text: \"x\") { score }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(refused(json(document)).errors()).isNotEmpty();
	}

	@Test
	void tenThousandRepeatedDirectives() {
		var document = "{ city(name: \"x\") " + "@include(if: true) ".repeat(10000) + "{ id } }";
		assertThat(refused(json(document)).errors()).isNotEmpty();
	}

	@Test
	void aFiveMegabyteQuery() {
		var document = "{ city(name: \"" + "x".repeat(5 * 1024 * 1024) + "\") { id } }";
		assertThat(refused(json(document)).status()).isEqualTo(413);
	}

	@Test
	void aJsonArrayBatch() {
		var batch = JSON.writeValueAsString(List.of(Map.of("query", ORDINARY), Map.of("query", ORDINARY)));
		assertThat(refused(batch).status()).isBetween(400, 499);
	}

	@Test
	void circularIntrospectionFragments() {
		var document = """
				query { __schema { types { ...A } } }
				fragment A on __Type { fields { type { ...B } } }
				fragment B on __Type { fields { type { ...A } } }""";
		assertThat(refused(json(document)).errors()).isNotEmpty();
	}

	@Test
	void aMillionItemsPage() {
		var answer = refused(json("{ entities(first: 1000000) { totalCount } }"));
		assertThat(answer.errors()).isNotEmpty();
	}

	@Test
	void aNeighbourhoodOfDepth50() {
		var answer = refused(json("{ neighborhood(id: \"city-hangzhou\", depth: 50) { truncated } }"));
		assertThat(answer.errors().getFirst().toString()).contains("depth");
	}

	@ParameterizedTest
	@ValueSource(strings = { "') MATCH (n) DETACH DELETE n //", "\" OR 1=1 --", "}]) RETURN 1 //", "\u0000", "a\u0000b",
			"\ud800", "\udfff\ud800", "$p0", "`City`", "*?~\\", "'; CALL db.labels() //", ".", "...", "AND", "OR NOT",
			"-", "name:x", "/.*/" })
	void hostileStringsInEveryArgumentAreData(String hostile) {
		var documents = List.of("query($s: String!) { city(name: $s) { id } }",
				"query($s: String!) { entitiesByName(name: $s) { id } }", "query($s: ID!) { entity(id: $s) { id } }",
				"query($s: ID!) { fact(id: $s) { id } }", "query($s: ID!) { document(id: $s) { id } }",
				"query($s: String!) { search(text: $s) { score } }",
				"query($s: ID!) { metrics(subjectId: $s) { value } }",
				"query($s: String!) { entities(where: {name: {eq: $s}}) { totalCount } }",
				"query($s: String!) { entities(where: {name: {contains: $s}}) { totalCount } }",
				"query($s: String!) { entities(kind: $s) { totalCount } }",
				"query($s: String!) { entities(after: $s) { totalCount } }",
				"query($s: ID!) { neighborhood(id: $s) { truncated } }",
				"query($s: ID!) { path(from: $s, to: $s) { length } }",
				"query($s: String!) { rankingsConnection(where: {list: {startsWith: $s}}) { totalCount } }");
		for (var document : documents) {
			var answer = post(JSON.writeValueAsString(Map.of("query", document, "variables", Map.of("s", hostile))));
			assertThat(answer.status()).as(document).isLessThan(500);
			assertThat(answer.body().toString()).as(document)
				.doesNotContain("Exception", "org.neo4j", "INTERNAL_ERROR", "could not answer");
		}
		assertThat(query("{ entities(kind: \"City\") { totalCount } }").body().toString()).contains("totalCount=333");
	}

	/**
	 * A filter of the given shape, as a variable, on the root list and on a nested one.
	 */
	Answer filterAsVariable(Object where) {
		var answer = refused(JSON.writeValueAsString(Map.of("query",
				"query($w: EntityWhere) { entities(where: $w, first: 5) { totalCount } "
						+ "city(name: \"杭州\") { highTechZones(where: $w) { id } } }",
				"variables", Map.of("w", where))));
		assertThat(answer.errors()).isNotEmpty()
			.allSatisfy(error -> assertThat(error.get("extensions").toString()).contains("BAD_REQUEST"));
		return answer;
	}

	static Object nested(String key, int levels, Object inner) {
		Object where = inner;
		for (int i = 0; i < levels; i++) {
			where = Map.of(key, where);
		}
		return where;
	}

	@Test
	void filtersPassedAsVariablesAreBoundedLikeInlineOnes() {
		var leaf = Map.of("kind", Map.of("eq", "City"));
		assertThat(filterAsVariable(nested("NOT", 150, leaf)).limit()).isEqualTo("depth");
		assertThat(filterAsVariable(nested("locatedIn", 30, leaf)).limit()).isEqualTo("relationDepth");
		assertThat(filterAsVariable(nested("NOT", 8, leaf)).limit()).isEqualTo("depth");
		assertThat(filterAsVariable(nested("locatedIn", 4, leaf)).limit()).isEqualTo("relationDepth");
		assertThat(filterAsVariable(Map.of("OR", java.util.Collections.nCopies(3000, leaf))).limit())
			.isEqualTo("conditions");
		assertThat(filterAsVariable(Map.of("AND", java.util.Collections.nCopies(2000, leaf))).limit())
			.isEqualTo("conditions");
		// Within the limits the same shapes answer.
		var within = query("""
				{ entities(where: {NOT: {NOT: {locatedIn: {locatedIn: {locatedIn: {id: {eq: "prov-zhejiang"}}}}}}},
				           first: 1) { totalCount } }""");
		assertThat(within.errors()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"query\": 1}", "{\"query\": false}", "{\"query\": [\"{ __typename }\"]}",
			"{\"query\": {\"obj\": 1}}", "{\"query\": \"{ __typename }\", \"operationName\": true}",
			"{\"query\": \"{ __typename }\", \"variables\": \"string\"}",
			"{\"query\": \"{ __typename }\", \"extensions\": [1]}" })
	void aWronglyTypedRequestIsA400ThatNamesTheField(String body) {
		var answer = post(body);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errors()).singleElement()
			.satisfies(error -> assertThat(error.get("message").toString()).containsPattern("'\\w+' must be"));
	}

	// Boundaries: each limit accepts its cap and refuses one more.

	@Test
	void depthAcceptsTwelveAndRefusesThirteen() {
		assertThat(query(nested(12)).limit()).isNull();
		assertThat(query(nested(13)).limit()).isEqualTo("depth");
	}

	/**
	 * A query of exactly {@code depth} levels: city, then province and cities in turn,
	 * ending in names { zhHans }; at depth 12 it costs about 2,000, within the cost cap.
	 */
	static String nested(int depth) {
		var fields = new StringBuilder("names { zhHans }");
		for (int level = depth - 3; level >= 1; level--) {
			fields = new StringBuilder((level % 2 == 1 ? "province" : "cities") + " { " + fields + " }");
		}
		return "{ city(name: \"杭州\") { " + fields + " } }";
	}

	@Test
	void aliasesAcceptThirtyAndRefuseThirtyOne() {
		assertThat(query(aliases(30)).limit()).isNull();
		assertThat(query(aliases(31)).limit()).isEqualTo("aliases");
	}

	static String aliases(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> "a" + i + ": id")
			.collect(Collectors.joining(" ", "{ city(name: \"x\") { ", " } }"));
	}

	@Test
	void rootFieldsAcceptFifteenAndRefuseSixteen() {
		assertThat(query(rootFields(15)).limit()).isNull();
		assertThat(query(rootFields(16)).limit()).isEqualTo("rootFields");
	}

	static String rootFields(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> "d" + i + ": document(id: \"x" + i + "\") { id }")
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

	@Test
	void directivesAcceptThirtyAndRefuseThirtyOne() {
		assertThat(query("{ city(name: \"x\") { " + "id @include(if: true) ".repeat(30) + "} }").limit()).isNull();
		assertThat(query("{ city(name: \"x\") { " + "id @include(if: true) ".repeat(31) + "} }").limit())
			.isEqualTo("directives");
	}

	@Test
	void costAcceptsItsCapAndRefusesOneMore() {
		// Each of these costs 1 + 1000 × (1 + 1 + 3 + 1 + 3) = 9001; five cost 45005, six
		// 54006. (With a subject, the store does not sort every metric of the graph.)
		var field = "metrics(subjectId: \"city-hangzhou\", first: 1000) { value subject { id name kind names { zhHans zhHant en } } } ";
		assertThat(query("{ " + field.repeat(5) + "}").limit()).isNull();
		var over = query("{ " + field.repeat(6) + "}");
		assertThat(over.limit()).isEqualTo("cost");
		assertThat(over.errors().getFirst().get("extensions").toString()).contains("measured=54006", "cap=50000");
	}

	@Test
	void documentSizeAcceptsItsCapAndRefusesOneMore() {
		var padding = 20000 - "{ __typename }".length();
		assertThat(query("{ __typename }" + " ".repeat(padding)).limit()).isNotEqualTo("documentCharacters");
		assertThat(query("{ __typename }" + " ".repeat(padding + 1)).limit()).isEqualTo("documentCharacters");
	}

}
