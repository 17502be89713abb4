package org.innograph;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public contract, end to end over HTTP, against whichever store the subclass
 * configures: every contract field, the sample query, every name form, provenance, and
 * errors, and each of the 40 facts of the article, as listed independently of the seed in
 * {@code article-facts.csv}.
 */
abstract class ContractTests {

	static final String ARTICLE = "zjkjt-2023-04-20";

	static final Pattern GLOSS = Pattern.compile("\\p{IsHan}\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");

	@LocalServerPort
	int port;

	HttpSyncGraphQlClient graphql;

	@BeforeEach
	void client() {
		this.graphql = GraphQlHttp.client(this.port);
	}

	ClientGraphQlResponse run(String document, Object... variables) {
		var request = this.graphql.document(document);
		for (int i = 0; i < variables.length; i += 2) {
			request = request.variable((String) variables[i], variables[i + 1]);
		}
		return request.executeSync();
	}

	static Map<String, Object> map(ClientGraphQlResponse response, String path) {
		assertThat(response.getErrors()).as("errors of %s", path).isEmpty();
		return response.field(path).toEntity(new ParameterizedTypeReference<>() {
		});
	}

	static List<Map<String, Object>> list(ClientGraphQlResponse response, String path) {
		assertThat(response.getErrors()).as("errors of %s", path).isEmpty();
		return response.field(path).toEntity(new ParameterizedTypeReference<>() {
		});
	}

	static String text(ClientGraphQlResponse response, String path) {
		assertThat(response.getErrors()).as("errors of %s", path).isEmpty();
		return String.valueOf((Object) response.field(path).getValue());
	}

	@Test
	void hangzhouLeadsToItsNationalZoneRankedFifthWithTheQuoteAndTheArticle() {
		var response = run("""
				query cityZoneRankings($name: String!) {
				  city(name: $name) {
				    id
				    name
				    kind
				    names { zhHans zhHant en pinyin aliases }
				    province { id name }
				    highTechZones {
				      id
				      name
				      level
				      city { id }
				      rankings {
				        rank
				        list
				        edition
				        publisher
				        subject { id }
				        sources {
				          quote
				          verbatim
				          inferred
				          start
				          end
				          document { id title publisher publishedAt url role }
				        }
				      }
				    }
				    laboratories { id name }
				  }
				}
				""", "name", "杭州");
		Map<String, Object> city = map(response, "city");
		assertThat(city).containsEntry("id", "city-hangzhou")
			.containsEntry("name", "杭州市")
			.containsEntry("kind", "City");
		List<Map<String, Object>> zones = list(response, "city.highTechZones");
		var zone = zones.stream().filter(z -> "htz-hangzhou".equals(z.get("id"))).findFirst().orElseThrow();
		assertThat(zone).containsEntry("level", "NATIONAL").containsEntry("city", Map.of("id", "city-hangzhou"));
		@SuppressWarnings("unchecked")
		var rankings = (List<Map<String, Object>>) zone.get("rankings");
		var fifth = rankings.stream().filter(r -> Integer.valueOf(5).equals(r.get("rank"))).findFirst().orElseThrow();
		assertThat(fifth).containsEntry("edition", 2022).containsEntry("subject", Map.of("id", "htz-hangzhou"));
		@SuppressWarnings("unchecked")
		var sources = (List<Map<String, Object>>) fifth.get("sources");
		var stated = sources.stream()
			.filter(s -> ((Map<?, ?>) s.get("document")).get("id").equals(ARTICLE))
			.findFirst()
			.orElseThrow();
		assertThat((String) stated.get("quote")).contains("杭州第5");
		assertThat(stated).containsEntry("verbatim", true).containsEntry("inferred", false);
		assertThat((Map<String, Object>) stated.get("document"))
			.containsEntry("title", "浙江省科技廳連續兩年榮獲高質量發展建設共同富裕示范區績效考核優秀")
			.containsEntry("publishedAt", "2023-04-20T09:04:00+08:00")
			.containsEntry("publisher", "浙江省科技厅")
			.containsEntry("role", "PRIMARY");
		assertThat(sources).as("the zone's identity rests on a background source, marked inferred")
			.anySatisfy(s -> assertThat(s).containsEntry("inferred", true));
		assertThat(zones).extracting(z -> z.get("id")).contains("htz-hangzhou-linjiang");
		assertThat(text(response, "city.province.id")).isEqualTo("prov-zhejiang");
		assertThat(text(response, "city.laboratories")).contains("之江实验室", "湘湖实验室");
	}

	/**
	 * A city by any form of its name; EditingTests and FaultToleranceTests ask with it
	 * too.
	 */
	static final String CITY_BY_NAME = """
			query cityByName($name: String!) {
			  city(name: $name) { id name }
			}
			""";

	@ParameterizedTest
	@ValueSource(strings = { "宁波", "寧波", "宁波市", "寧波市", "Ningbo", "ningbo", "NINGBO", "Níngbō", "Ning Bo", "ningbo shi",
			"Ningbo City", " 宁波 " })
	void everyFormOfANameResolves(String name) {
		assertThat(text(run(CITY_BY_NAME, "name", name), "city.id")).isEqualTo("city-ningbo");
	}

	@ParameterizedTest
	@ValueSource(strings = { "杭州", "杭州市", "Hangzhou", "hangzhou", "Hángzhōu" })
	void hangzhouResolvesInEveryForm(String name) {
		assertThat(text(run(CITY_BY_NAME, "name", name), "city.id")).isEqualTo("city-hangzhou");
	}

	static final String ENTITY_BY_ID = """
			query entityById($id: ID!) {
			  entity(id: $id) {
			    __typename
			    id
			    name
			    kind
			    names { zhHans zhHant en pinyin aliases }
			    sources { quote document { id } }
			    metrics { name value unit bound }
			    rankings { rank list edition }
			    designations { name year grantor holder { id } }
			    relations { type from { id } to { id } }
			    ... on HighTechZone { level established city { id } }
			    ... on Laboratory { laboratoryLevel: level city { id } }
			    ... on County { adminCode city { id } }
			    ... on Province { adminCode cities { id } }
			    ... on InnovationZone { category cities { id } }
			    ... on Award { holders { holder { id } } }
			  }
			}
			""";

	static final String FACT = """
			query fact($id: ID!) {
			  fact(id: $id) {
			    __typename
			    id
			    inferred
			    note
			    sources {
			      quote
			      verbatim
			      inferred
			      start
			      end
			      document { id role title publishedAt }
			    }
			    ... on Metric {
			      name nameEn value previousValue unit rawText bound period status
			      subject { id kind name }
			    }
			    ... on Ranking {
			      rank list listEn edition publisher
			      subject { id kind name }
			    }
			    ... on Designation {
			      name nameEn year date grantor
			      holder { id kind name }
			      award { id }
			      grantedBy { id }
			    }
			    ... on Relation {
			      type label period
			      from { id kind name }
			      to { id kind name }
			    }
			  }
			}
			""";

	@Test
	void anUnknownNameIsNullNotAnError() {
		var response = run(CITY_BY_NAME, "name", "Atlantis");
		assertThat(response.getErrors()).isEmpty();
		assertThat((Object) response.field("city").getValue()).isNull();
		assertThat((Object) run(ENTITY_BY_ID, "id", "no-such-entity").field("entity").getValue()).isNull();
		assertThat((Object) run(FACT, "id", "no-such-fact").field("fact").getValue()).isNull();
		assertThat((Object) run("""
				query document($id: ID!) {
				  document(id: $id) { id title publishedAt role }
				}
				""", "id", "no-such-document").field("document").getValue()).isNull();
	}

	static final String METRICS = """
			query metrics($subjectId: ID, $first: Int) {
			  metrics(subjectId: $subjectId, first: $first) {
			    name value previousValue unit rawText bound period
			    subject { id }
			    sources { quote document { id } }
			  }
			}
			""";

	static final String SEARCH = """
			query search($text: String!, $first: Int) {
			  search(text: $text, first: $first) {
			    score
			    entity { id kind name }
			  }
			}
			""";

	@Test
	void badArgumentsGetAClearTypedError() {
		assertBadRequest(run(CITY_BY_NAME, "name", "  "), "name");
		assertBadRequest(run(METRICS, "first", 0), "first");
		assertBadRequest(run(METRICS, "first", 100_000), "first");
		assertBadRequest(run(SEARCH, "text", ""), "text");
		assertBadRequest(run(SEARCH, "text", "宁波", "first", -1), "first");
	}

	private static void assertBadRequest(ClientGraphQlResponse response, String argument) {
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains(argument);
			assertThat(error.getExtensions()).containsEntry("argument", argument);
			assertThat(error.getMessage()).doesNotContain("Exception", "org.", "MATCH");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "宁波", "寧波", "Ningbo", "ningbo", "Níngbō" })
	void searchFindsTheSameCityInAnyScript(String text) {
		List<Map<String, Object>> hits = list(run(SEARCH, "text", text, "first", 5), "search");
		assertThat(hits).isNotEmpty();
		assertThat((Map<String, Object>) hits.getFirst().get("entity")).containsEntry("id", "city-ningbo");
		assertThat(hits).extracting(h -> ((Number) h.get("score")).doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void searchFindsPartsOfNames() {
		List<Map<String, Object>> hits = list(run(SEARCH, "text", "实验室", "first", 20), "search");
		assertThat(hits).extracting(h -> String.valueOf(((Map<?, ?>) h.get("entity")).get("kind")))
			.contains("Laboratory");
		assertThat(hits).hasSizeGreaterThanOrEqualTo(10);
		// Text with nothing to search for is the client's error, named, not an empty
		// answer.
		assertThat(run(SEARCH, "text", "***", "first", 5).getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("argument", "text");
		});
	}

	@Test
	void metricsCarryValuesInBaseUnitsWithTheirSources() {
		List<Map<String, Object>> metrics = list(run(METRICS, "subjectId", "pol-zhekedai", "first", 10), "metrics");
		assertThat(metrics).anySatisfy(m -> {
			assertThat(((Number) m.get("value")).doubleValue()).isEqualTo(8.31e10);
			assertThat(m).containsEntry("unit", "CNY").containsEntry("bound", "EXACT");
			assertThat(m.get("sources").toString()).contains("831億元");
		});
		List<Map<String, Object>> all = list(run(METRICS, "first", 1000), "metrics");
		assertThat(all).hasSizeGreaterThanOrEqualTo(20);
		assertThat(text(run(METRICS, "first", 3), "metrics")).isNotEmpty();
		List<Map<String, Object>> three = list(run(METRICS, "first", 3), "metrics");
		assertThat(three).hasSize(3);
	}

	@Test
	void everyContractFieldOfEveryEntityKindAnswers() {
		for (var id : List.of("dept-zhejiang-kjt", "org-zjut", "prov-zhejiang", "city-huzhou", "county-xinchang",
				"htz-ningbo", "lab-xianghu", "iz-ningbo-wenzhou-nidz", "award-innovative-county", "pol-zhekedai",
				"event-20th-party-congress")) {
			Map<String, Object> entity = map(run(ENTITY_BY_ID, "id", id), "entity");
			assertThat(entity).containsEntry("id", id);
			assertThat(entity.get("__typename")).isEqualTo(entity.get("kind"));
			assertThat((Map<String, Object>) entity.get("names")).containsKeys("zhHans", "zhHant", "en", "pinyin",
					"aliases");
			assertThat((List<?>) entity.get("sources")).as("sources of %s", id).isNotEmpty();
		}
		Map<String, Object> zone = map(run(ENTITY_BY_ID, "id", "iz-ningbo-wenzhou-nidz"), "entity");
		assertThat(zone.get("cities").toString()).as("one zone spanning two cities")
			.contains("city-ningbo", "city-wenzhou");
		Map<String, Object> county = map(run(ENTITY_BY_ID, "id", "county-changxing"), "entity");
		assertThat(county.get("designations").toString()).contains("国家创新型县(市)");
		assertThat(county.get("city")).isEqualTo(Map.of("id", "city-huzhou"));
		Map<String, Object> award = map(run(ENTITY_BY_ID, "id", "award-innovative-county"), "entity");
		assertThat(award.get("holders").toString()).contains("county-changxing", "county-xinchang");
	}

	@Test
	void everySourceQuotesItsDocumentExactlyAndNoBackgroundFactIsAttributedToTheArticle() {
		List<Map<String, Object>> documents = list(run("""
				query documents {
				  documents {
				    id title titleZhHans publisher publishedAt url site role kind language sha256 text
				  }
				}
				"""), "documents");
		assertThat(documents.getFirst()).containsEntry("id", ARTICLE).containsEntry("role", "PRIMARY");
		for (var document : documents) {
			var text = (String) document.get("text");
			// One document's facts at a time: all documents with all their facts is a
			// request the cost cap refuses, as it should on a national graph.
			@SuppressWarnings("unchecked")
			var facts = (List<Map<String, Object>>) map(run("""
					query documentFacts($id: ID!) {
					  document(id: $id) {
					    facts {
					      id
					      inferred
					      sources { quote verbatim start end document { id } }
					    }
					  }
					}
					""", "id", document.get("id")), "document").get("facts");
			for (var fact : facts) {
				@SuppressWarnings("unchecked")
				var sources = (List<Map<String, Object>>) fact.get("sources");
				assertThat(sources).isNotEmpty();
				for (var source : sources) {
					var quote = (String) source.get("quote");
					assertThat(GLOSS.matcher(quote).find()).as("gloss in %s", quote).isFalse();
					if (Boolean.TRUE.equals(source.get("verbatim"))
							&& ((Map<?, ?>) source.get("document")).get("id").equals(document.get("id"))) {
						assertThat(text.substring((Integer) source.get("start"), (Integer) source.get("end")))
							.isEqualTo(quote);
					}
				}
			}
			if ("BACKGROUND".equals(document.get("role"))) {
				assertThat(text).isNull();
			}
			else {
				// The article's own facts, and zone locations that its words support
				// besides their official source.
				assertThat(facts).extracting(f -> (String) f.get("id"))
					.allSatisfy(id -> assertThat(id).matches("a\\d\\d[a-z]?|b-iz-[a-z-]+-in-[a-z]+"));
			}
		}
		var article = documents.getFirst();
		assertThat((String) article.get("text")).startsWith("浙江省科技廳連續兩年榮獲")
			.contains("(累計436項)", "9個縣(市、區)", "5個縣(市)")
			.doesNotContain("您現在的位置", "文章錄入", "ICP", "E-Mail", "126.com", "精品", "(xiàn)", "(shù)");
		assertThat(article).containsEntry("sha256", "8d6f24d9933bf89cc80c7afd64e0ed64d79d86262c8c8920d0d74dfea8a587fc");
		assertThat(documents).filteredOn(d -> "BACKGROUND".equals(d.get("role"))).hasSizeGreaterThanOrEqualTo(10);
	}

	@ParameterizedTest(name = "fact {0}: {1}")
	@CsvFileSource(resources = "/article-facts.csv", delimiter = '|', numLinesToSkip = 1)
	void everyFactOfTheArticleIsAnswerableWithItsQuote(int ref, String factId, String type, String entityId,
			String expected, String quote) {
		Map<String, Object> fact = map(run(FACT, "id", factId), "fact");
		assertThat(fact).containsEntry("__typename", type);
		var entityField = switch (type) {
			case "Designation" -> "holder";
			case "Relation" -> "from";
			default -> "subject";
		};
		assertThat((Map<String, Object>) fact.get(entityField)).containsEntry("id", entityId);
		if (expected != null) {
			for (var pair : expected.split(";")) {
				var key = pair.substring(0, pair.indexOf('='));
				var value = fact.get(key);
				if (value instanceof Map<?, ?> linked) {
					value = linked.get("id");
				}
				assertThat(String.valueOf(value)).as("%s of fact %s", key, factId)
					.isEqualTo(pair.substring(pair.indexOf('=') + 1));
			}
		}
		@SuppressWarnings("unchecked")
		var sources = (List<Map<String, Object>>) fact.get("sources");
		assertThat(sources).as("the article's quote for fact %d", ref).anySatisfy(source -> {
			assertThat(((Map<?, ?>) source.get("document")).get("id")).isEqualTo(ARTICLE);
			assertThat((String) source.get("quote")).contains(quote);
			assertThat(source).containsEntry("verbatim", true);
			assertThat(GLOSS.matcher((String) source.get("quote")).find()).isFalse();
		});
	}

}
