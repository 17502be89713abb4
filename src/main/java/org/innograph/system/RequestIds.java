package org.innograph.system;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

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
 * operation, the outcome and the time taken. Errors carry it too, so that a client's
 * report leads to the server's log.
 */
@Component
class RequestIds implements WebGraphQlInterceptor {

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
			log.info("request={} operation={} errors={} durationMs={}", id, operation, response.getErrors().size(),
					millis);
			return response.transform(builder -> builder.extensions(Map.of(KEY, id)));
		});
	}

}
