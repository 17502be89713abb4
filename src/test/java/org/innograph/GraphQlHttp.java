package org.innograph;

import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.web.client.RestClient;

/** A GraphQL client over real HTTP, reading its documents from {@code graphql-test/}. */
final class GraphQlHttp {

	private GraphQlHttp() {
	}

	static HttpSyncGraphQlClient client(int port) {
		return HttpSyncGraphQlClient.builder(RestClient.create("http://127.0.0.1:" + port + "/graphql"))
			.documentSource(
					new ResourceDocumentSource(List.of(new ClassPathResource("graphql-test/")), List.of(".graphql")))
			.build();
	}

}
