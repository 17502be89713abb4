package org.innograph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every malformed form of input to every endpoint (POST {@code /graphql},
 * {@code /export.*} by GET and POST, {@code /actuator}) is a 4xx whose body says what was
 * wrong, never a 5xx and never an exception's text. GraphQL request errors are 4xx for
 * clients that accept {@code application/graphql-response+json}, as the GraphQL-over-HTTP
 * specification asks.
 */
@EmbeddedServiceTest
class MalformedInputTests {

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static final String SEARCH = "query($first: Int) { search(text: \\\"杭州\\\", first: $first) { score } }";

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	/**
	 * One malformed request and what its answer must say.
	 *
	 * @param form what is malformed, for the report
	 * @param method the HTTP method
	 * @param path the path and query string
	 * @param contentType the body's type, or null for none
	 * @param body the body's bytes, or null
	 * @param status the expected status
	 * @param says a text the answer's body must hold
	 */
	record Malformed(String form, String method, String path, @Nullable String contentType, byte @Nullable [] body,
			int status, String says) {

		@Override
		public String toString() {
			return this.form;
		}

	}

	static Malformed post(String form, String path, String body, int status, String says) {
		return new Malformed(form, "POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8), status,
				says);
	}

	static Malformed get(String form, String path, int status, String says) {
		return new Malformed(form, "GET", path, null, null, status, says);
	}

	static byte[] withInvalidUtf8(String before, String after) {
		var head = before.getBytes(StandardCharsets.UTF_8);
		var tail = after.getBytes(StandardCharsets.UTF_8);
		var bytes = new byte[head.length + 3 + tail.length];
		System.arraycopy(head, 0, bytes, 0, head.length);
		// A lone continuation byte, an overlong lead byte and a byte UTF-8 never uses.
		bytes[head.length] = (byte) 0x80;
		bytes[head.length + 1] = (byte) 0xC0;
		bytes[head.length + 2] = (byte) 0xFF;
		System.arraycopy(tail, 0, bytes, head.length + 3, tail.length);
		return bytes;
	}

	static Stream<Malformed> malformed() {
		var invalidUtf8 = withInvalidUtf8("{\"query\": \"{ search(text: \\\"", "\\\") { score } }\"}");
		var deepJson = "[".repeat(5000) + "]".repeat(5000);
		return Stream.of(
				// POST /graphql
				post("graphql: bad JSON", "/graphql", "{\"query\": ", 400, "JSON"),
				post("graphql: JSON that is no object", "/graphql", "\"{ city(name: \\\"x\\\") { id } }\"", 400,
						"JSON object"),
				post("graphql: empty body", "/graphql", "", 400, "query"),
				post("graphql: missing query", "/graphql", "{\"variables\": {}}", 400, "'query'"),
				post("graphql: null query", "/graphql", "{\"query\": null}", 400, "'query'"),
				post("graphql: query of the wrong type", "/graphql", "{\"query\": 1}", 400, "'query' must be a string"),
				post("graphql: variables of the wrong type", "/graphql",
						"{\"query\": \"{ __typename }\", \"variables\": [1]}", 400,
						"'variables' must be a JSON object"),
				post("graphql: variable of the wrong type", "/graphql",
						"{\"query\": \"" + SEARCH + "\", \"variables\": {\"first\": \"ten\"}}", 400, "first"),
				post("graphql: number too large for Int", "/graphql",
						"{\"query\": \"" + SEARCH + "\", \"variables\": {\"first\": 1e400}}", 400, "first"),
				post("graphql: number of 5000 digits", "/graphql",
						"{\"query\": \"" + SEARCH + "\", \"variables\": {\"first\": " + "9".repeat(5000) + "}}", 400,
						"Number value length"),
				post("graphql: JSON nested 5000 deep", "/graphql",
						"{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + deepJson + "}}", 400,
						"nesting depth"),
				post("graphql: a string over the body cap", "/graphql",
						"{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"" + "x".repeat(300_000) + "\"}}", 413,
						"bodyBytes"),
				post("graphql: unknown operation name", "/graphql",
						"{\"query\": \"{ __typename }\", \"operationName\": \"Nope\"}", 400, "Nope"),
				new Malformed("graphql: invalid UTF-8", "POST", "/graphql", "application/json", invalidUtf8, 400,
						"UTF-8"),
				new Malformed("graphql: not JSON at all", "POST", "/graphql", "text/plain",
						"{ __typename }".getBytes(StandardCharsets.UTF_8), 415, "application/json"),
				// /export.*
				get("export: missing query", "/export.csv", 400, "'query' is missing"),
				get("export: malformed variables", "/export.csv?query=%7B__typename%7D&variables=%7Bnot-json", 400,
						"'variables' must be a JSON object"),
				// As deep as a URL within the server's header size allows.
				get("export: variables nested 1100 deep",
						"/export.csv?query=%7B__typename%7D&variables=%7B%22x%22%3A" + "%5B".repeat(1100)
								+ "%5D".repeat(1100) + "%7D",
						400, "'variables' must be a JSON object"),
				get("export: invalid UTF-8 in the query", "/export.csv?query=%7B%FF%C0%7D", 400, "query"),
				get("export: a query that does not parse", "/export.csv?query=%7B%7B", 400, "errors"),
				post("export: bad JSON", "/export.csv", "{\"query\": ", 400, "JSON"),
				post("export: missing query", "/export.csv", "{}", 400, "'query' is missing"),
				post("export: query of the wrong type", "/export.json", "{\"query\": 1}", 400,
						"'query' must be a string"),
				post("export: variables of the wrong type", "/export.csv",
						"{\"query\": \"{ __typename }\", \"variables\": [1]}", 400,
						"'variables' must be a JSON object"),
				post("export: number too large for Int", "/export.csv",
						"{\"query\": \"" + SEARCH + "\", \"variables\": {\"first\": 1e400}}", 400, "first"),
				post("export: JSON nested 5000 deep", "/export.csv",
						"{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + deepJson + "}}", 400,
						"nesting depth"),
				new Malformed("export: invalid UTF-8", "POST", "/export.csv", "application/json", invalidUtf8, 400,
						"UTF-8"),
				new Malformed("export: not JSON at all", "POST", "/export.csv", "text/plain",
						"{ __typename }".getBytes(StandardCharsets.UTF_8), 415, "application/json"),
				// /actuator
				get("actuator: unknown endpoint", "/actuator/nothing-here", 404, "Not Found"),
				get("actuator: unknown health group", "/actuator/health/nothing-here", 404, "Not Found"),
				post("actuator: a POST to a read-only endpoint", "/actuator/prometheus", "{}", 405,
						"Method Not Allowed"),
				// The server refuses a path that is no UTF-8 before any application code
				// sees it.
				get("actuator: invalid UTF-8 in the path", "/actuator/health/%FF%C0", 400, "Bad Request"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void everyMalformedFormIsAClientErrorThatSaysWhatWasWrong(Malformed request) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + request.path()))
			.header("Accept", GRAPHQL_RESPONSE + ", application/json;q=0.9");
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		builder.method(request.method(), (request.body() != null)
				? HttpRequest.BodyPublishers.ofByteArray(request.body()) : HttpRequest.BodyPublishers.noBody());
		var response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		var body = response.body();
		assertThat(response.statusCode()).as("%s: %s", request.form(), body).isEqualTo(request.status());
		assertThat(body).as(request.form()).contains(request.says());
		assertThat(body).as(request.form()).doesNotContain("Exception", "at org.", "at java.", "tools.jackson");
	}

}
