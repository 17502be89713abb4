package org.innograph;

import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/** A GraphQL client over real HTTP. */
final class GraphQlHttp {

	private GraphQlHttp() {
	}

	static HttpSyncGraphQlClient client(int port) {
		return HttpSyncGraphQlClient.builder(RestClient.create("http://127.0.0.1:" + port + "/graphql")).build();
	}

}
