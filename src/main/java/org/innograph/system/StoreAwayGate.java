package org.innograph.system;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Notes when a request finds the store away (an UNAVAILABLE error in its answer). While
 * the store is known to be away, answers a request without running it: one UNAVAILABLE
 * error and no {@code data}, which {@link ServiceStatusHttpHandler} sends as HTTP 503.
 * Runs last among the interceptors, inside the request id's, so the refusal carries an id
 * and is logged like any other answer.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StoreAwayGate implements WebGraphQlInterceptor {

	static final String RETRY_AFTER_SECONDS = "1";

	private final StoreAvailability availability;

	StoreAwayGate(StoreAvailability availability) {
		this.availability = availability;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (this.availability.available()) {
			return chain.next(request).doOnNext(response -> {
				if (response.getErrors().stream().anyMatch(e -> GraphQlErrors.storeAway(e.getExtensions()))) {
					this.availability.markAway();
				}
			});
		}
		var error = GraphQLError.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message(GraphQlErrors.STORE_UNAVAILABLE)
			.extensions(Map.of("reason", GraphQlErrors.UNAVAILABLE))
			.build();
		var result = ExecutionResult.newExecutionResult().addError(error).build();
		var response = new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		response.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
		return Mono.just(response);
	}

}
