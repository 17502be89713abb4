package org.innograph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingestDocument mutation over HTTP: only an editor ingests, a dry run writes nothing
 * and returns a proposal that loads as it is, loading twice adds nothing, and each kind
 * of bad input is refused with its problem named and nothing written.
 */
@EmbeddedServiceTest
class IngestApiTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	@AfterEach
	void removeIngested() {
		IngestedData.remove(this.store);
	}

	static final String INGEST_DOCUMENT = """
			mutation ingestDocument($input: IngestDocumentInput!) {
			  ingestDocument(input: $input) {
			    dryRun
			    documentId
			    counts { facts factsCreated factsPresent entitiesCreated documentCreated }
			    warnings
			    errors { problem message }
			    proposalJson
			    proposal {
			      document { id sha256 title language charset alreadyInGraph }
			      entities { id kind name existing }
			      facts { id type rule confidence quote start end subject name value previousValue unit rawText bound period status rank loadStatus }
			    }
			  }
			}
			""";

	ClientGraphQlResponse ingest(@Nullable String key, Map<String, Object> input) {
		var client = HttpSyncGraphQlClient.builder(RestClient.create("http://127.0.0.1:" + this.port + "/graphql"))
			.build();
		if (key != null) {
			client = client.mutate().header("Authorization", "Bearer " + key).build();
		}
		return client.document(INGEST_DOCUMENT).variable("input", input).executeSync();
	}

	long nodesAndRelationships() {
		return this.store
			.read("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(n) + count(r) AS n", Map.of(),
					r -> r.get("n").asLong())
			.getFirst();
	}

	static String seedText() {
		return new String(SeedGazetteer.seedArticle(), StandardCharsets.UTF_8);
	}

	@Test
	void withoutAnEditorKeyNothingIsIngested() {
		var before = nodesAndRelationships();
		var response = ingest(null, Map.of("text", seedText()));
		assertThat(response.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
		assertThat(nodesAndRelationships()).isEqualTo(before);
	}

	@Test
	void aDryRunProposesAndTheReviewedProposalLoadsOnce() {
		var before = nodesAndRelationships();
		var dry = ingest("test-editor-key", Map.of("text", seedText(), "dryRun", true));
		assertThat(dry.getErrors()).isEmpty();
		assertThat(dry.field("ingestDocument.dryRun").toEntity(Boolean.class)).isTrue();
		assertThat(dry.field("ingestDocument.documentId").toEntity(String.class)).isEqualTo("zjkjt-2023-04-20");
		assertThat(dry.field("ingestDocument.counts.facts").toEntity(Integer.class)).isGreaterThanOrEqualTo(40);
		assertThat(dry.field("ingestDocument.proposal.facts").toEntityList(Map.class)).anySatisfy(f -> {
			assertThat(f).containsEntry("rawText", "500項以上").containsEntry("bound", "AT_LEAST");
			assertThat(f.get("quote")).isEqualTo("部署實施“雙尖雙領”重大攻關項目500項以上");
		});
		assertThat(nodesAndRelationships()).as("a dry run writes nothing").isEqualTo(before);

		var proposal = dry.field("ingestDocument.proposalJson").toEntity(String.class);
		var load = ingest("test-editor-key", Map.of("proposal", proposal));
		assertThat(load.getErrors()).isEmpty();
		var facts = load.field("ingestDocument.counts.facts").toEntity(Integer.class);
		assertThat(load.field("ingestDocument.counts.factsCreated").toEntity(Integer.class)).isEqualTo(facts);
		var again = ingest("test-editor-key", Map.of("text", seedText()));
		assertThat(again.field("ingestDocument.counts.factsCreated").toEntity(Integer.class)).isZero();
		assertThat(again.field("ingestDocument.counts.factsPresent").toEntity(Integer.class)).isEqualTo(facts);
	}

	static List<Object[]> badInputs() {
		var base64 = Base64.getEncoder();
		return List.of(
				new Object[] { "empty", Map.of("text", ""), "EMPTY" }, new Object[] { "binary",
						Map.of("base64", base64.encodeToString(new byte[] { 0x50, 0x4B, 3, 4, 0, 0 })), "BINARY" },
				new Object[] { "oversize", Map.of("text", "浙江省科技厅。".repeat(6000)), "TOO_LARGE" },
				new Object[] { "undecodable",
						Map.of("base64", base64.encodeToString(new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) 0xFF })),
						"UNDECODABLE" },
				new Object[] { "html", Map.of("text", "<!DOCTYPE html><html><body><p>浙江省科技厅</p></body></html>"),
						"HTML" },
				new Object[] { "a broken proposal", Map.of("proposal", "{\"document\": 1}"), "BAD_PROPOSAL" });
	}

	@ParameterizedTest(name = "{0} input")
	@MethodSource("badInputs")
	void badInputIsRefusedWithItsProblemAndNothingIsWritten(String name, Map<String, Object> input, String problem) {
		var before = nodesAndRelationships();
		var response = ingest("test-editor-key", input);
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("ingestDocument.errors").toEntityList(Map.class)).singleElement().satisfies(error -> {
			assertThat(error).containsEntry("problem", problem);
			assertThat((String) error.get("message")).isNotBlank();
		});
		Object documentId = response.field("ingestDocument.documentId").getValue();
		assertThat(documentId).isNull();
		assertThat(nodesAndRelationships()).isEqualTo(before);
	}

	@Test
	void exactlyOneInputIsTaken() {
		var response = ingest("test-editor-key", Map.of("text", "浙江", "base64", "5rWZ5rGf"));
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("argument", "input");
		});
	}

}
