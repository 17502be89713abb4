package org.innograph.persisted;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Runs a request sent by its hash as the query the hash names, and registers a query sent
 * with its hash. An unknown hash is answered {@code PersistedQueryNotFound} without
 * running anything, which tells the client to send the query along. Inside the request
 * id's interceptor, so that the answer carries an id and is logged; before every other,
 * so that keys, limits and trusted documents see the query itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PersistedQueryInterceptor implements WebGraphQlInterceptor {

	private final PersistedQueries queries;

	PersistedQueryInterceptor(PersistedQueries queries) {
		this.queries = queries;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var resolution = this.queries.resolve(request.getDocument(), request.getExtensions());
		if (resolution instanceof PersistedQueries.Run run && !run.query().equals(request.getDocument())) {
			request.configureExecutionInput((input, builder) -> builder.query(run.query()).build());
		}
		if (resolution instanceof PersistedQueries.Refused refused) {
			var error = GraphQLError.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(refused.message())
				.extensions(Map.of("code", refused.code()))
				.build();
			var result = ExecutionResult.newExecutionResult().addError(error).build();
			return Mono
				.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
		}
		return chain.next(request);
	}

}
