package org.innograph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search answers while a name is being typed: a prefix or a part of a name in any script,
 * and pinyin without tones, finds the entity, over the public API.
 */
@EmbeddedServiceTest
class SearchAsYouTypeTests {

	static final String SEARCH = """
			query typed($text: String!, $kinds: [String!]) {
			  search(text: $text, kinds: $kinds, first: 10) { score matchedName entity { id kind } }
			}
			""";

	@LocalServerPort
	int port;

	List<Map<String, Object>> hits(String text, @Nullable List<String> kinds) {
		var variables = new HashMap<String, @Nullable Object>();
		variables.put("text", text);
		variables.put("kinds", kinds);
		var response = GraphQlHttp.client(this.port).document(SEARCH).variables(variables).executeSync();
		assertThat(response.getErrors()).as("errors for %s", text).isEmpty();
		return response.field("search").toEntity(new ParameterizedTypeReference<>() {
		});
	}

	static String id(Map<String, Object> hit) {
		return (String) ((Map<?, ?>) hit.get("entity")).get("id");
	}

	@ParameterizedTest
	@CsvSource({ "Hang, city-hangzhou, true", "hangz, city-hangzhou, true", "HANGZHO, city-hangzhou, true",
			"杭, city-hangzhou, true", "Ningb, city-ningbo, true", "ning bo, city-ningbo, true",
			"ning b, city-ningbo, true", "níng, city-ningbo, false", "宁, city-ningbo, false", "寧, city-ningbo, false",
			"宁波, city-ningbo, true" })
	void aPrefixOrPartOfANameFindsTheCity(String text, String city, boolean onlyCity) {
		var hits = hits(text, List.of("City"));
		assertThat(hits).extracting(SearchAsYouTypeTests::id).contains(city);
		// Letters that begin no other city's name put it first (宁 begins 宁德 too).
		if (onlyCity) {
			assertThat(id(hits.getFirst())).isEqualTo(city);
		}
	}

	@Test
	void aWholeNameOutranksNamesThatOnlyStartWithIt() {
		var hits = hits("宁波", null);
		assertThat(id(hits.getFirst())).isEqualTo("city-ningbo");
		// The zone named after the city is found too, while its name is only begun.
		assertThat(hits).extracting(SearchAsYouTypeTests::id).contains("htz-ningbo");
		assertThat((Double) hits.getFirst().get("score")).isGreaterThan((Double) hits.get(1).get("score"));
	}

	@Test
	void theNameThatMatchedIsTheOneBeingTyped() {
		var hit = hits("hangz", List.of("City")).getFirst();
		assertThat((String) hit.get("matchedName")).isIn("Hangzhou", "Hángzhōu Shì");
	}

}
