package org.innograph.limits;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.innograph.EmbeddedServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validated-document cache keys on the document's normal form: comments, commas and
 * layout do not make a document new, so a client cannot force validation on every request
 * by varying them; a different document still is new, and errors point into the text that
 * was sent.
 */
@EmbeddedServiceTest
class ValidatedDocumentCacheTests {

	static final String DOCUMENT = """
			query Zones($name: String!) { city(name: $name) { id name highTechZones { id rankings { rank list } } } }""";

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void commentsCommasAndLayoutDoNotDefeatTheCache() {
		var first = post(DOCUMENT);
		double before = validations();
		var variants = List.of(DOCUMENT + " # a comment", "# leading comment\n" + DOCUMENT.replace(" { ", "{"),
				DOCUMENT.replace(" ", "\n\t  ,"), DOCUMENT.replace("id name", "id, name # which\n"),
				"\uFEFF" + DOCUMENT.replace("{ id", "{\r\n  id"));
		for (var variant : variants) {
			assertThat(post(variant)).as(variant).isEqualTo(first);
		}
		assertThat(validations() - before).isZero();
		// Another document is validated.
		post(DOCUMENT.replace("rank list", "rank edition"));
		assertThat(validations() - before).isEqualTo(1);
	}

	@Test
	void anErrorPointsIntoTheTextThatWasSent() {
		var document = "query Empty { city(name: \"\") { id } }";
		post(document);
		double before = validations();
		var answer = post("\n\n\n" + document);
		assertThat(validations() - before).isZero();
		List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
		assertThat(errors).singleElement()
			.satisfies(error -> assertThat((List<Map<String, Object>>) error.get("locations"))
				.containsExactly(Map.of("line", 4, "column", 15)));
	}

	@Test
	void stringsKeepTheirCommentsCommasAndSpaces() {
		assertThat(NormalisedDocuments.of("{ search(text: \"a, b  # c\") { score } }"))
			.isEqualTo("{search(text:\"a, b  # c\"){score}}");
		assertThat(NormalisedDocuments.of("{ a(t: \"\"\"x \\\"\"\" ,y\"\"\") }"))
			.isEqualTo("{a(t:\"\"\"x \\\"\"\" ,y\"\"\")}");
		// Tokens that would run together keep a space; a spread is not made of dots.
		assertThat(NormalisedDocuments.of("{ a b ... on C { d } }")).isEqualTo("{a b ... on C{d}}");
		assertThat(NormalisedDocuments.of("{ a . .. }")).isNotEqualTo(NormalisedDocuments.of("{ a ... }"));
		assertThat(NormalisedDocuments.of("query($a: Int = 1 2) { b }")).isEqualTo("query($a:Int=1 2){b}");
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> post(String document) {
		Map<String, Object> answer = RestClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", document, "variables", Map.of("name", "杭州")))
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		var withoutRequestId = new java.util.LinkedHashMap<>(answer);
		withoutRequestId.remove("extensions");
		if (withoutRequestId.get("errors") instanceof List<?> errors) {
			withoutRequestId.put("errors", errors.stream().map(e -> {
				var error = new java.util.LinkedHashMap<>((Map<String, Object>) e);
				error.remove("extensions");
				return error;
			}).toList());
		}
		return withoutRequestId;
	}

	double validations() {
		var counter = this.meters.find("innograph.query.validations").counter();
		return (counter != null) ? counter.count() : 0;
	}

}
