package org.innograph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import org.innograph.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes over HTTP: only a valid token writes, a role too small is refused, bad input is
 * refused whole with errors in the payload, and repeated or concurrent upserts leave one
 * entity.
 */
@EmbeddedServiceTest
class EditingTests {

	static final String ARTICLE = "zjkjt-2023-04-20";

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	@AfterEach
	void removeEdits() {
		this.store.write(tx -> tx.run("MATCH (e:Entity) WHERE e.id STARTS WITH 'ed-' DETACH DELETE e").consume());
	}

	HttpSyncGraphQlClient client(String key) {
		var client = GraphQlHttp.client(this.port);
		return (key == null) ? client : client.mutate().header("Authorization", "Bearer " + key).build();
	}

	static Map<String, Object> input(String id, String quote) {
		return Map.of("id", id, "kind", "County", "zhHans", "长兴县测试", "zhHant", "長興縣測試", "en", "Changxing Test",
				"aliases", List.of("长兴测试"), "source", Map.of("documentId", ARTICLE, "quote", quote));
	}

	static final String UPSERT_ENTITY = """
			mutation upsertEntity($input: UpsertEntityInput!) {
			  upsertEntity(input: $input) {
			    created
			    errors { field message }
			    entity { id kind name names { zhHant en aliases } sources { quote document { id } } }
			  }
			}
			""";

	ClientGraphQlResponse upsert(String key, Map<String, Object> input) {
		return client(key).document(UPSERT_ENTITY).variable("input", input).executeSync();
	}

	long nodes(String id) {
		return this.store
			.read("MATCH (e:Entity {id: $id}) RETURN count(e) AS n", Map.of("id", id), r -> r.get("n").asLong())
			.getFirst();
	}

	@Test
	void withoutATokenNothingIsWritten() {
		var response = upsert(null, input("ed-anonymous", "長興、新昌等5個縣(市)"));
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
			assertThat(error.getMessage()).contains("Authorization: Bearer");
		});
		assertThat(upsert("wrong-key", input("ed-anonymous", "長興、新昌等5個縣(市)")).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
		assertThat(nodes("ed-anonymous")).isZero();
	}

	@Test
	void anEditorWritesWithItsSourceAndTheNameResolves() {
		var response = upsert("test-editor-key", input("ed-changxing", "長興、新昌等5個縣(市)"));
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("upsertEntity.created").toEntity(Boolean.class)).isTrue();
		assertThat(response.field("upsertEntity.entity.sources[0].quote").toEntity(String.class))
			.isEqualTo("長興、新昌等5個縣(市)");
		var byName = client(null).document("{ entitiesByName(name: \"長興縣測試\") { id } }").executeSync();
		assertThat(byName.field("entitiesByName[0].id").toEntity(String.class)).isEqualTo("ed-changxing");
		var again = upsert("test-editor-key", input("ed-changxing", "長興、新昌等5個縣(市)"));
		assertThat(again.field("upsertEntity.created").toEntity(Boolean.class)).isFalse();
		assertThat(nodes("ed-changxing")).isOne();
	}

	@Test
	void anUpsertThatLeavesOutNameFormsKeepsThemAndTheyStillResolve() {
		assertThat(upsert("test-editor-key", input("ed-changxing", "長興、新昌等5個縣(市)")).getErrors()).isEmpty();
		var partial = upsert("test-editor-key", Map.of("id", "ed-changxing", "kind", "County", "zhHans", "长兴县测试",
				"pinyin", "Chángxīng Xiàn Cèshì", "source", Map.of("documentId", ARTICLE, "quote", "長興、新昌等5個縣(市)")));
		assertThat(partial.getErrors()).isEmpty();
		for (var name : List.of("Changxing Test", "長興縣測試", "长兴测试", "Chángxīng Xiàn Cèshì")) {
			var found = client(null).document("query($n: String!) { entitiesByName(name: $n) { id names { en } } }")
				.variable("n", name)
				.executeSync();
			assertThat(found.field("entitiesByName").toEntityList(Map.class)).as(name)
				.extracting(m -> m.get("id"))
				.containsExactly("ed-changxing");
			assertThat(found.field("entitiesByName[0].names.en").toEntity(String.class)).isEqualTo("Changxing Test");
		}
	}

	@Test
	void anUpsertGivingOnlySomeNameFormsLeavesEveryFormTheCityShowsResolvable() {
		// The seed cites this quote for 宁波 already, so the upsert changes nothing else.
		var partial = upsert("test-editor-key", Map.of("id", "city-ningbo", "kind", "City", "zhHans", "宁波市", "source",
				Map.of("documentId", ARTICLE, "quote", "加快杭州、寧波溫州國家自創區建設")));
		assertThat(partial.getErrors()).isEmpty();
		assertThat(partial.field("upsertEntity.entity.names.en").toEntity(String.class)).isEqualTo("Ningbo");
		for (var name : List.of("Ningbo", "寧波市", "Níngbō Shì", "宁波")) {
			assertThat(client(null).document(ContractTests.CITY_BY_NAME)
				.variable("name", name)
				.executeSync()
				.field("city.id")
				.toEntity(String.class)).as(name).isEqualTo("city-ningbo");
		}
	}

	static final String DELETE_ENTITY = """
			mutation deleteEntity($id: ID!) {
			  deleteEntity(input: { id: $id }) { deletedId deletedFacts errors { field message } }
			}
			""";

	@Test
	void aRenamedEntityIsNoLongerFoundByItsOldNameAndADeletedOneLeavesNoKey() {
		assertThat(upsert("test-editor-key", input("ed-renamed", "長興、新昌等5個縣(市)")).getErrors()).isEmpty();
		var renamed = new java.util.HashMap<>(input("ed-renamed", "長興、新昌等5個縣(市)"));
		renamed.put("en", "Changxing Renamed");
		assertThat(upsert("test-editor-key", renamed).getErrors()).isEmpty();
		assertThat(namedBy("Changxing Test")).isEmpty();
		assertThat(namedBy("Changxing Renamed")).containsExactly("ed-renamed");
		assertThat(client("test-admin-key").document(DELETE_ENTITY)
			.variable("id", "ed-renamed")
			.executeSync()
			.field("deleteEntity.deletedId")
			.toEntity(String.class)).isEqualTo("ed-renamed");
		assertThat(this.store.read("""
				MATCH (k:NameKey) WHERE k.key IN ['changxingtest', 'changxingrenamed', '长兴县测试', '長興縣測試']
				RETURN count(k) AS n""", Map.of(), r -> r.get("n").asLong()).getFirst())
			.as("keys no entity is known by")
			.isZero();
	}

	List<String> namedBy(String name) {
		return client(null).document("query($n: String!) { entitiesByName(name: $n) { id } }")
			.variable("n", name)
			.executeSync()
			.field("entitiesByName")
			.toEntityList(Map.class)
			.stream()
			.map(m -> (String) m.get("id"))
			.toList();
	}

	@Test
	void badInputIsRefusedWholeWithErrorsNamingTheFields() {
		var response = upsert("test-editor-key", Map.of("id", "Bad Id", "kind", "Castle", "zhHans", " ", "source",
				Map.of("documentId", ARTICLE, "quote", "not in the article")));
		assertThat(response.getErrors()).isEmpty();
		List<Map<String, Object>> errors = response.field("upsertEntity.errors").toEntity(List.class);
		assertThat(errors).extracting(e -> e.get("field"))
			.containsExactlyInAnyOrder("id", "kind", "zhHans", "source.quote");
		assertThat((Object) response.field("upsertEntity.entity").getValue()).isNull();
		var changedKind = upsert("test-editor-key", Map.of("id", "city-ningbo", "kind", "County", "zhHans", "宁波市",
				"source", Map.of("documentId", ARTICLE, "quote", "寧波第13位")));
		assertThat(changedKind.field("upsertEntity.errors[0].field").toEntity(String.class)).isEqualTo("kind");
		assertThat(client(null).document("{ city(name: \"宁波\") { kind } }")
			.executeSync()
			.field("city.kind")
			.toEntity(String.class)).isEqualTo("City");
	}

	@Test
	void eightConcurrentUpsertsOfOneEntityLeaveOneNode() throws Exception {
		try (var pool = Executors.newFixedThreadPool(8)) {
			var futures = new ArrayList<java.util.concurrent.Future<ClientGraphQlResponse>>();
			for (int i = 0; i < 8; i++) {
				futures.add(pool.submit(() -> upsert("test-editor-key", input("ed-concurrent", "長興、新昌等5個縣(市)"))));
			}
			for (var future : futures) {
				assertThat(future.get().getErrors()).isEmpty();
			}
		}
		assertThat(nodes("ed-concurrent")).isOne();
		assertThat(this.store.read("""
				MATCH (e:Entity {id: 'ed-concurrent'})-[r:SOURCED_FROM]->() RETURN count(r) AS n
				""", Map.of(), r -> r.get("n").asLong()).getFirst()).isOne();
	}

	@Test
	void onlyAnAdminDeletes() {
		upsert("test-editor-key", input("ed-to-delete", "長興、新昌等5個縣(市)"));
		var asEditor = client("test-editor-key").document(DELETE_ENTITY).variable("id", "ed-to-delete").executeSync();
		assertThat(asEditor.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		assertThat(nodes("ed-to-delete")).isOne();
		var asAdmin = client("test-admin-key").document(DELETE_ENTITY).variable("id", "ed-to-delete").executeSync();
		assertThat(asAdmin.field("deleteEntity.deletedId").toEntity(String.class)).isEqualTo("ed-to-delete");
		assertThat(nodes("ed-to-delete")).isZero();
	}

	@Test
	void theExportEndpointRunsNoMutation() {
		var body = RestClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/export.csv")
			.header("Authorization", "Bearer test-admin-key")
			.body(Map.of("query", "mutation { deleteEntity(input: {id: \"city-ningbo\"}) { deletedId } }"))
			.exchange((request, response) -> new String(response.getBody().readAllBytes()));
		assertThat(body).contains("errors");
		assertThat(nodes("city-ningbo")).isOne();
	}

}
