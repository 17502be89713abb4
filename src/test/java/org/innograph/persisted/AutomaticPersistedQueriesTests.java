package org.innograph.persisted;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.innograph.store.GraphStore;
import org.innograph.store.Sha256;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automatic persisted query protocol over real HTTP, as Apollo Client and urql speak
 * it: a hash the service does not know is answered {@code PersistedQueryNotFound} without
 * running anything; the query sent with its hash is registered and runs; from then on the
 * hash alone runs it, by POST or by GET, where its answer is cached like any other. A
 * hash that does not match its query is refused, and a mutation by its hash is refused by
 * GET as it is whole.
 */
@EmbeddedServiceTest
class AutomaticPersistedQueriesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	final HttpClient http = HttpClient.newHttpClient();

	static Map<String, Object> persisted(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	HttpResponse<String> post(Map<String, Object> body) throws Exception {
		return post("application/graphql-response+json, application/json", body);
	}

	HttpResponse<String> post(String accept, Map<String, Object> body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> get(Map<String, Object> params, String... headers) throws Exception {
		var query = new StringBuilder();
		params.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode((value instanceof String text) ? text : JSON.writeValueAsString(value),
					StandardCharsets.UTF_8)));
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql" + query))
			.header("Accept", "application/graphql-response+json");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static final String CITY_BY_NAME = """
			query cityByName($name: String!) {
			  city(name: $name) { id name }
			}
			""";

	@Test
	void anUnknownHashIsNotFoundThenTheQuerySentWithItRegistersIt() throws Exception {
		var query = CITY_BY_NAME;
		var hash = Sha256.hex(query);
		var variables = Map.<String, Object>of("name", "宁波");

		var unknown = post(Map.of("variables", variables, "extensions", persisted(hash)));
		assertThat(unknown.statusCode()).isEqualTo(400);
		var unknownToPlainJson = post("application/json",
				Map.of("variables", variables, "extensions", persisted(hash)));
		assertThat(unknownToPlainJson.statusCode()).isEqualTo(200);
		assertThat(unknownToPlainJson.body()).contains("PersistedQueryNotFound");
		assertThat(unknown.body()).contains("\"message\":\"PersistedQueryNotFound\"")
			.contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"")
			.doesNotContain("\"data\"");

		var registered = post(Map.of("query", query, "variables", variables, "extensions", persisted(hash)));
		assertThat(registered.statusCode()).isEqualTo(200);
		assertThat(registered.body()).contains("\"id\":\"city-ningbo\"").doesNotContain("errors");

		var byHash = post(Map.of("variables", Map.of("name", "杭州"), "extensions", persisted(hash)));
		assertThat(byHash.statusCode()).isEqualTo(200);
		assertThat(byHash.body()).contains("\"id\":\"city-hangzhou\"").doesNotContain("errors");

		var params = new LinkedHashMap<String, Object>();
		params.put("variables", variables);
		params.put("extensions", persisted(hash));
		var byGet = get(params);
		assertThat(byGet.statusCode()).isEqualTo(200);
		assertThat(byGet.body()).contains("\"id\":\"city-ningbo\"");
		var etag = byGet.headers().firstValue("ETag").orElseThrow();
		assertThat(get(params, "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	@Test
	void aHashThatIsNotTheQuerysIsRefusedAndRegistersNothing() throws Exception {
		var query = CITY_BY_NAME;
		var wrong = Sha256.hex(query + " ");
		var refused = post(Map.of("query", query, "variables", Map.of("name", "宁波"), "extensions", persisted(wrong)));
		assertThat(refused.body()).contains("provided sha does not match query").doesNotContain("city-ningbo");
		var byHash = post(Map.of("variables", Map.of("name", "宁波"), "extensions", persisted(wrong)));
		assertThat(byHash.body()).contains("PersistedQueryNotFound");
	}

	@Test
	void aMutationByItsHashIsRefusedByGetBeforeItRuns() throws Exception {
		var mutation = """
				mutation deleteEntity($id: ID!) {
				  deleteEntity(input: { id: $id }) { deletedId deletedFacts errors { field message } }
				}
				""";
		var hash = Sha256.hex(mutation);
		// Registered by POST, without a key: it runs and is refused for want of one.
		post(Map.of("query", mutation, "variables", Map.of("id", "city-ningbo"), "extensions", persisted(hash)));
		var params = new LinkedHashMap<String, Object>();
		params.put("variables", Map.of("id", "city-ningbo"));
		params.put("extensions", persisted(hash));
		var byGet = get(params, "Authorization", "Bearer test-admin-key");
		assertThat(byGet.statusCode()).isEqualTo(405);
		assertThat(byGet.headers().firstValue("Allow")).hasValue("POST");
		assertThat(this.store.read("MATCH (e:Entity {id: 'city-ningbo'}) RETURN count(e) AS n", Map.of(),
				r -> r.get("n").asLong()))
			.containsExactly(1L);
	}

}
