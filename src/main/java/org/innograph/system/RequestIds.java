package org.innograph.system;

import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.micrometer.context.ContextRegistry;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.innograph.limits.LimitedDocuments;
import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
 * it too, so that a client's report leads to the server's log. Operation names are the
 * client's to choose, so metrics tag only registered names (those of the trusted
 * documents and {@code innograph.metrics.operation-names}) and count every other request
 * under {@code other}: the metrics stay bounded whatever clients send, and an early
 * client cannot take the tags from the names that matter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds implements WebGraphQlInterceptor {

	private final MeterRegistry meters;

	RequestIds(MeterRegistry meters, MetricsProperties metrics,
			@Value("${innograph.limits.trusted-documents:classpath*:trusted-documents/*.graphql}") String trustedDocuments,
			@Value("${spring.mvc.async.request-timeout:15s}") Duration requestTime) throws IOException {
		this.meters = meters;
		this.requestTime = requestTime;
		var names = new HashSet<>(metrics.operationNames());
		for (var resource : new PathMatchingResourcePatternResolver().getResources(trustedDocuments)) {
			Parser.parse(resource.getContentAsString(StandardCharsets.UTF_8))
				.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.map(OperationDefinition::getName)
				.filter(Objects::nonNull)
				.forEach(names::add);
		}
		this.taggedOperations = Set.copyOf(names);
	}

	static final String KEY = "requestId";

	/**
	 * The key under which a request's round-trip counter travels to its data fetchers.
	 */
	static final String ROUND_TRIPS = "innograph.roundTrips";

	/** The key under which a request's deadline travels to its data fetchers. */
	static final String DEADLINE = "innograph.deadline";

	static {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(ROUND_TRIPS, GraphStore.REQUEST_ROUND_TRIPS::get,
					GraphStore.REQUEST_ROUND_TRIPS::set, GraphStore.REQUEST_ROUND_TRIPS::remove);
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(DEADLINE, GraphStore.REQUEST_DEADLINE::get, GraphStore.REQUEST_DEADLINE::set,
					GraphStore.REQUEST_DEADLINE::remove);
	}

	private static final Logger log = LoggerFactory.getLogger("org.innograph.requests");

	private static final Pattern NAMED_OPERATION = Pattern.compile("^\\s*(?:query|mutation|subscription)\\s+(\\w+)");

	private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/** The tag of every request whose operation name is not registered. */
	static final String OTHER = "other";

	private static final String ANONYMOUS = "anonymous";

	/** The longest operation name the request log repeats. */
	private static final int LOGGED_NAME = 100;

	private final Set<String> taggedOperations;

	/** The whole request's time limit. */
	private final Duration requestTime;

	/** The client's id when it is a plain token, else a new one. */
	static String idFor(@Nullable String given) {
		return (given != null && CLIENT_ID.matcher(given).matches()) ? given : UUID.randomUUID().toString();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var id = idFor(request.getHeaders().getFirst("X-Request-Id"));
		var start = System.nanoTime();
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, id)).build());
		var roundTrips = new AtomicInteger();
		// The whole request's time limit bounds every transaction it runs, so no store
		// work
		// goes on after its answer has timed out.
		var deadline = start + this.requestTime.toNanos();
		// A subscription lasts as long as its client listens: its reads have the store's
		// own time limit only.
		var subscription = OperationTypes.of(request.getDocument(),
				request.getOperationName()) == OperationDefinition.Operation.SUBSCRIPTION;
		return chain.next(request)
			.contextWrite(subscription ? Context.of(ROUND_TRIPS, roundTrips)
					: Context.of(ROUND_TRIPS, roundTrips, DEADLINE, deadline))
			.map(response -> {
				response.getResponseHeaders().add("X-Request-Id", id);
				var millis = (System.nanoTime() - start) / 1_000_000;
				var name = operationName(request);
				var operation = (name.length() > LOGGED_NAME) ? name.substring(0, LOGGED_NAME) + "…" : name;
				var tag = operationTag(name);
				var context = response.getExecutionInput().getGraphQLContext();
				Long cost = context.get(LimitedDocuments.COST);
				Integer depth = context.get(LimitedDocuments.DEPTH);
				if (cost != null) {
					DistributionSummary.builder("innograph.query.cost")
						.description("Estimated cost of the GraphQL requests that passed the limits")
						.tag("operation", tag)
						.register(this.meters)
						.record(cost);
				}
				DistributionSummary.builder("innograph.cypher.round.trips")
					.description("Cypher round trips per GraphQL request")
					.tag("operation", tag)
					.register(this.meters)
					.record(roundTrips.get());
				// Key-value pairs: plain text reads them in the message; structured
				// (JSON)
				// logs get them as fields.
				log.atInfo()
					.addKeyValue("request", id)
					.addKeyValue("operation", operation)
					.addKeyValue("cost", cost)
					.addKeyValue("depth", depth)
					.addKeyValue("roundTrips", roundTrips.get())
					.addKeyValue("errors", response.getErrors().size())
					.addKeyValue("durationMs", millis)
					.log("request={} operation={} cost={} depth={} roundTrips={} errors={} durationMs={}", id,
							operation, cost, depth, roundTrips.get(), response.getErrors().size(), millis);
				return response.transform(builder -> builder.extensions(Map.of(KEY, id)));
			});
	}

	/** The operation's tag on metrics: its name when registered, else "other". */
	String operationTag(String operation) {
		return (this.taggedOperations.contains(operation) || ANONYMOUS.equals(operation)) ? operation : OTHER;
	}

	/**
	 * The operation's name as given, or as the document names its operation, or
	 * "anonymous".
	 */
	static String operationName(WebGraphQlRequest request) {
		if (request.getOperationName() != null) {
			return request.getOperationName();
		}
		var named = NAMED_OPERATION.matcher(request.getDocument());
		return named.find() ? named.group(1) : ANONYMOUS;
	}

}
