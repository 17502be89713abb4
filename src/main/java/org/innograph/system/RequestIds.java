package org.innograph.system;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.innograph.limits.LimitedDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every GraphQL request an id (the client's {@code X-Request-Id} when it is a plain
 * token, else a new one), returns it in the {@code X-Request-Id} header and the
 * response's {@code extensions.requestId}, and logs one line per request with it: the
 * operation, its estimated cost and depth, the number of errors and the time taken. The
 * cost also goes to the {@code innograph.query.cost} summary, per operation. Errors carry
 * it too, so that a client's report leads to the server's log.
 */
@Component
class RequestIds implements WebGraphQlInterceptor {

	private final MeterRegistry meters;

	RequestIds(MeterRegistry meters) {
		this.meters = meters;
	}

	static final String KEY = "requestId";

	private static final Logger log = LoggerFactory.getLogger("org.innograph.requests");

	private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var given = request.getHeaders().getFirst("X-Request-Id");
		var id = (given != null && CLIENT_ID.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		var start = System.nanoTime();
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, id)).build());
		return chain.next(request).map(response -> {
			response.getResponseHeaders().add("X-Request-Id", id);
			var millis = (System.nanoTime() - start) / 1_000_000;
			var operation = (request.getOperationName() != null) ? request.getOperationName() : "anonymous";
			var context = response.getExecutionInput().getGraphQLContext();
			Long cost = context.get(LimitedDocuments.COST);
			Integer depth = context.get(LimitedDocuments.DEPTH);
			if (cost != null) {
				DistributionSummary.builder("innograph.query.cost")
					.description("Estimated cost of the GraphQL requests that passed the limits")
					.tag("operation", operation)
					.register(this.meters)
					.record(cost);
			}
			log.info("request={} operation={} cost={} depth={} errors={} durationMs={}", id, operation, cost, depth,
					response.getErrors().size(), millis);
			return response.transform(builder -> builder.extensions(Map.of(KEY, id)));
		});
	}

}
