package org.innograph.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries by GET, as the GraphQL-over-HTTP spec describes them: the same answers, limits
 * and request ids as by POST; a mutation is refused with 405 before it runs, and bad
 * parameters are a 400 that says what was wrong. Their answers carry validators from the
 * graph's version, which every write changes, and cache headers.
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
		assertThat(first.headers().allValues("Vary").toString().toLowerCase(Locale.ROOT)).contains("accept",
				"authorization", "accept-encoding");
		// The same request has the same validator while the graph is unchanged, though
		// each
		// answer carries its own request id; the answer is not sent again.
		var again = get(GRAPHQL_RESPONSE, Map.of("If-None-Match", etag), "query", query);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(again.headers().firstValue("Vary"))
			.hasValue("Accept, Accept-Encoding, Authorization, Innograph-Bookmark");
		assertThat(again.headers().firstValue("X-Request-Id")).isPresent();
		// A read that asks to see a write (its bookmark) is never answered from a cache.
		var fresh = get(GRAPHQL_RESPONSE, Map.of("If-None-Match", etag, "Innograph-Bookmark", ""), "query", query);
		assertThat(fresh.statusCode()).isEqualTo(200);
		assertThat(fresh.headers().firstValue("ETag")).isEmpty();
		assertThat(fresh.headers().firstValue("Cache-Control")).hasValue("no-store");
		// Another media type is another answer.
		assertThat(get("application/json", "query", query).headers().firstValue("ETag")).isPresent()
			.isNotEqualTo(java.util.Optional.of(etag));
	}

	@Test
	void anExportByGetIsRevalidatedByItsContent() throws Exception {
		var address = "http://127.0.0.1:" + this.port + "/export.csv?query=" + URLEncoder
			.encode("{ entities(kind: \"City\") { edges { node { id name } } } }", StandardCharsets.UTF_8);
		var first = this.http.send(HttpRequest.newBuilder(URI.create(address)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		var etag = first.headers().firstValue("ETag").orElseThrow();
		var again = this.http.send(HttpRequest.newBuilder(URI.create(address)).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(again.statusCode()).isEqualTo(304);
		var keyed = this.http.send(
				HttpRequest.newBuilder(URI.create(address)).header("Authorization", "Bearer test-editor-key").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(keyed.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(keyed.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void answersAndStaticFilesAreCompressed() throws Exception {
		var query = "{ entities(kind: \"City\", first: 50) { edges { node { id name names { en pinyin } } } } }";
		var answer = get(GRAPHQL_RESPONSE, Map.of("Accept-Encoding", "gzip"), "query", query);
		assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
		var script = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/explorer/app.js"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(script.headers().allValues("Vary").toString().toLowerCase(Locale.ROOT)).contains("accept-encoding");
	}

	@Test
	void anAnswerToARequestWithAKeyOrWithErrorsIsNotKept() throws Exception {
		var query = "{ city(name: \"杭州\") { id } }";
		var keyed = get(GRAPHQL_RESPONSE, Map.of("Authorization", "Bearer test-editor-key"), "query", query);
		assertThat(keyed.statusCode()).isEqualTo(200);
		assertThat(keyed.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(keyed.headers().firstValue("ETag")).isEmpty();
		var anonymous = get(GRAPHQL_RESPONSE, "query", query);
		var keyedWithTag = get(GRAPHQL_RESPONSE, Map.of("Authorization", "Bearer test-editor-key", "If-None-Match",
				anonymous.headers().firstValue("ETag").orElseThrow()), "query", query);
		assertThat(keyedWithTag.statusCode()).isEqualTo(200);
		var failing = get(GRAPHQL_RESPONSE, "query", "{ city(name: \"\") { id } }");
		assertThat(failing.body()).contains("\"errors\"");
		assertThat(failing.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(failing.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void aCachedAnswerIsNotModifiedAfterReadsAndRenewedAfterEachWrite() throws Exception {
		var query = """
				query entityById($id: ID!) {
				  entity(id: $id) { id name names { zhHans aliases } sources { quote } }
				}
				""";
		var variables = "{\"id\": \"" + CACHED_ID + "\"}";
		var absent = get(GRAPHQL_RESPONSE, "query", query, "variables", variables);
		assertThat(absent.body()).contains("\"entity\":null");
		var etag = absent.headers().firstValue("ETag").orElseThrow();
		// Reads, by GET and by POST, change nothing.
		get(GRAPHQL_RESPONSE, "query", "{ city(name: \"宁波\") { id } }");
		assertThat(client(null).document("{ search(text: \"Ningbo\", first: 3) { score } }").executeSync().isValid())
			.isTrue();
		assertThat(get(GRAPHQL_RESPONSE, Map.of("If-None-Match", etag), "query", query, "variables", variables)
			.statusCode()).isEqualTo(304);

		// Editing.
		var created = client("test-editor-key").document("""
				mutation upsertEntity($input: UpsertEntityInput!) {
				  upsertEntity(input: $input) {
				    created
				    errors { field message }
				    entity { id kind name names { zhHant en aliases } sources { quote document { id } } }
				  }
				}
				""")
			.variable("input",
					Map.of("id", CACHED_ID, "kind", "County", "zhHans", "缓存测试县", "source",
							Map.of("documentId", "zjkjt-2023-04-20", "quote", "杭州第5")))
			.executeSync();
		assertThat(created.getErrors()).isEmpty();
		var edited = get(GRAPHQL_RESPONSE, Map.of("If-None-Match", etag), "query", query, "variables", variables);
		assertThat(edited.statusCode()).isEqualTo(200);
		assertThat(edited.body()).contains("缓存测试县");
		var afterEdit = edited.headers().firstValue("ETag").orElseThrow();
		assertThat(afterEdit).isNotEqualTo(etag);
		assertThat(get(GRAPHQL_RESPONSE, Map.of("If-None-Match", afterEdit), "query", query, "variables", variables)
			.statusCode()).isEqualTo(304);

	}

	static final String CACHED_ID = "county-http-cache-test";

	@AfterEach
	void removeWrites() {
		this.store.write(tx -> tx.run("MATCH (e:Entity {id: $id}) DETACH DELETE e", Map.of("id", CACHED_ID)).consume());
	}

	HttpSyncGraphQlClient client(@Nullable String key) {
		var client = HttpSyncGraphQlClient.builder(RestClient.create("http://127.0.0.1:" + this.port + "/graphql"))
			.build();
		return (key == null) ? client : client.mutate().header("Authorization", "Bearer " + key).build();
	}

}
