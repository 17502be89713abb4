package org.innograph.limits;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response-size cap on a schema of its own: under the cap an answer is whole; over it
 * the answer is one error naming the limit, and the fetchers that would go to the store
 * stop being called once the cap is passed.
 */
class ResponseSizeLimitTests {

	final AtomicInteger storeCalls = new AtomicInteger();

	GraphQL graphQl(long cap) {
		var schema = new SchemaParser().parse("""
				type Query { documents(count: Int!): [Document] }
				type Document { title: String, text: String }
				""");
		DataFetcher<?> documents = environment -> {
			int count = environment.getArgument("count");
			var list = new ArrayList<Map<String, String>>();
			for (int i = 0; i < count; i++) {
				list.add(Map.of("title", "文档" + i));
			}
			return list;
		};
		// Stands for a fetcher that reads from the store.
		DataFetcher<?> text = environment -> {
			this.storeCalls.incrementAndGet();
			return "科技".repeat(500);
		};
		var wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("documents", documents))
			.type("Document", type -> type.dataFetcher("text", text))
			.build();
		return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(schema, wiring))
			.instrumentation(new ResponseSizeLimit(cap))
			.build();
	}

	@Test
	void anAnswerUnderTheCapIsWhole() {
		var result = graphQl(1_000_000).execute("{ documents(count: 10) { title text } }");
		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData().get("documents")).asList().hasSize(10);
		assertThat(this.storeCalls).hasValue(10);
	}

	@Test
	void anAnswerOverTheCapIsOneErrorNamingItAndStopsReadingTheStore() {
		// Each text weighs about 3,000 bytes: the cap of 30,000 is passed after ten.
		var result = graphQl(30_000).execute("{ documents(count: 1000) { title text } }");
		assertThat((Object) result.getData()).isNull();
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).startsWith("The query exceeds the response size limit")
				.endsWith("at most 30000");
			assertThat(error.getExtensions()).containsEntry("limit", "response size")
				.containsEntry("cap", 30_000L)
				.containsEntry("classification", "BAD_REQUEST");
		});
		assertThat(this.storeCalls.get()).as("fetchers past the cap do not run").isLessThan(20);
	}

	@Test
	void leavesWeighWhatTheirJsonDoes() {
		assertThat(ResponseSizeLimit.jsonBytes("abc")).isEqualTo(5);
		assertThat(ResponseSizeLimit.jsonBytes("杭州")).isEqualTo(8);
		assertThat(ResponseSizeLimit.jsonBytes(12345)).isEqualTo(5);
		assertThat(ResponseSizeLimit.jsonBytes(null)).isEqualTo(4);
		assertThat(ResponseSizeLimit.jsonBytes(java.util.List.of("a", "b"))).isEqualTo(2 + 4 + 4);
	}

}
