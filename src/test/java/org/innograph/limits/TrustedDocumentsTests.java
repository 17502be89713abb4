package org.innograph.limits;

import java.util.Set;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In trusted-documents mode only a registered document runs; others are refused by hash.
 */
class TrustedDocumentsTests {

	static final String REGISTERED = "{ city(name: \"杭州\") { id } }";

	LimitedDocuments documents(boolean trustedOnly) {
		var limits = new LimitsProperties(20000, 5000, 20000, 200, 12, 50000, 5, 30, 15, 30, 262144, trustedOnly,
				"classpath*:none/*.graphql");
		return new LimitedDocuments(limits, null, Set.of(LimitedDocuments.sha256(REGISTERED)),
				new SimpleMeterRegistry());
	}

	@Test
	void anUnregisteredDocumentIsRefusedByItsHash() throws Exception {
		var other = "{ search(text: \"x\") { score } }";
		var entry = documents(true)
			.getDocumentAsync(ExecutionInput.newExecutionInput(other).build(),
					input -> new PreparsedDocumentEntry(Parser.parse(input.getQuery())))
			.get();
		assertThat(entry.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("limit", "trustedDocuments")
				.containsEntry("sha256", LimitedDocuments.sha256(other));
			assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
		});
	}

	@Test
	void theHashOfTheTextDecides() {
		assertThat(LimitedDocuments.sha256(REGISTERED)).hasSize(64)
			.isNotEqualTo(LimitedDocuments.sha256(REGISTERED + " "));
	}

}
