package org.innograph.changes;

import java.util.Map;

import graphql.execution.SubscriptionExecutionStrategy;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Delivers a subscription's events in the order of the feed. graphql-java resolves each
 * event's fields on its own and would otherwise send whichever is done first: a client
 * that resumes from the cursor of the last event it received could then skip one it has
 * not received yet.
 */
@Component
class OrderedEvents implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true))
			.build());
		return chain.next(request);
	}

}
