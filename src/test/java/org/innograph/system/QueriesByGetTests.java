package org.innograph.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries by GET, as the GraphQL-over-HTTP spec describes them: the same answers, limits
 * and request ids as by POST; a mutation is refused with 405 before it runs, and bad
 * parameters are a 400 that says what was wrong.
 */
@EmbeddedServiceTest
class QueriesByGetTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String accept, String... params) throws Exception {
		return get(accept, Map.of(), params);
	}

	HttpResponse<String> get(String accept, Map<String, String> headers, String... params) throws Exception {
		var query = new StringBuilder();
		for (int i = 0; i < params.length; i += 2) {
			query.append(query.isEmpty() ? "?" : "&")
				.append(params[i])
				.append('=')
				.append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
		}
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql" + query))
			.header("Accept", accept);
		headers.forEach(request::header);
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	@Test
	void aQueryByGetAnswersAsByPost() throws Exception {
		var answer = get(GRAPHQL_RESPONSE, "query", "query City($n: String!) { city(name: $n) { id } }", "variables",
				"{\"n\": \"杭州\"}", "operationName", "City");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"id\":\"city-hangzhou\"");
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith(GRAPHQL_RESPONSE));
		assertThat(answer.headers().firstValue("X-Request-Id")).isPresent();
	}

	@Test
	void aMutationByGetIsRefusedBeforeItRuns() throws Exception {
		var answer = get("application/json", "query",
				"mutation { deleteEntity(input: {id: \"city-ningbo\"}) { deletedId } }");
		assertThat(answer.statusCode()).isEqualTo(405);
		assertThat(answer.headers().firstValue("Allow")).hasValue("POST");
		assertThat(answer.body()).contains("send it by POST");
		assertThat(this.store.read("MATCH (e:Entity {id: 'city-ningbo'}) RETURN count(e) AS n", Map.of(),
				r -> r.get("n").asLong()))
			.containsExactly(1L);
	}

	@Test
	void badParametersAreA400ThatSaysWhatWasWrong() throws Exception {
		var none = get(GRAPHQL_RESPONSE);
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("'query' is missing");
		var variables = get(GRAPHQL_RESPONSE, "query", "{ city(name: \"杭州\") { id } }", "variables", "{not json");
		assertThat(variables.statusCode()).isEqualTo(400);
		assertThat(variables.body()).contains("'variables' must be a URL-encoded JSON object");
		var unparsable = get(GRAPHQL_RESPONSE, "query", "{ city(name: ");
		assertThat(unparsable.statusCode()).isEqualTo(400);
	}

	@Test
	void theLimitsHoldByGetToo() throws Exception {
		var deep = "{ city(name: \"杭州\") { " + "highTechZones { city { ".repeat(7) + "id" + " } }".repeat(7) + " } }";
		var answer = get(GRAPHQL_RESPONSE, "query", deep);
		// Refused before execution: no data, a client error, as by POST.
		assertThat(answer.statusCode()).isIn(200, 400);
		assertThat(answer.body()).contains("\"limit\":\"depth\"");
	}

	@Test
	void anAnswerByGetCanBeCachedAndRevalidated() throws Exception {
		var query = "{ entities(kind: \"City\", first: 50) { edges { node { id name names { en pinyin } } } } }";
		var first = get(GRAPHQL_RESPONSE, "query", query);
		assertThat(first.statusCode()).isEqualTo(200);
		var etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(first.headers().allValues("Vary").toString().toLowerCase(java.util.Locale.ROOT)).contains("accept",
				"authorization");
		// The same answer has the same validator, though each carries its own request id.
		var again = get(GRAPHQL_RESPONSE, Map.of("If-None-Match", etag), "query", query);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		var keyed = get(GRAPHQL_RESPONSE, Map.of("Authorization", "Bearer test-editor-key"), "query", query);
		assertThat(keyed.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("private"));
		var compressed = get(GRAPHQL_RESPONSE, Map.of("Accept-Encoding", "gzip"), "query", query);
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

}
