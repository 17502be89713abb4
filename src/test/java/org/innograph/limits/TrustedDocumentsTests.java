package org.innograph.limits;

import java.util.Set;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.innograph.store.Sha256;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In trusted-documents mode only a registered document runs; others are refused by hash.
 */
class TrustedDocumentsTests {

	static final String REGISTERED = "{ city(name: \"杭州\") { id } }";

	LimitedDocuments documents(boolean trustedOnly) {
		var limits = new LimitsProperties(20000, 5000, 20000, 200, 12, 50000, 5, 30, 15, 30, 262144, 16777216,
				trustedOnly, "classpath*:none/*.graphql");
		return new LimitedDocuments(limits, null, Set.of(Sha256.hex(REGISTERED)), new SimpleMeterRegistry());
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
				.containsEntry("sha256", Sha256.hex(other));
			assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
		});
	}

	@Test
	void aRegisteredDocumentGoesOnToParsingAndValidation() throws Exception {
		var validationError = GraphqlErrorBuilder.newError().message("from validation").build();
		var entry = documents(true)
			.getDocumentAsync(ExecutionInput.newExecutionInput(REGISTERED).build(),
					input -> new PreparsedDocumentEntry(validationError))
			.get();
		assertThat(entry.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo("from validation"));
		var changed = documents(true)
			.getDocumentAsync(ExecutionInput.newExecutionInput(REGISTERED + " ").build(),
					input -> new PreparsedDocumentEntry(validationError))
			.get();
		assertThat(changed.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("limit", "trustedDocuments"));
	}

}
