package org.innograph.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.OperationDefinition;
import jakarta.servlet.ServletException;
import org.innograph.persisted.PersistedQueries;
import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL-over-HTTP handler, with two additions. A request refused whole because the
 * store is away (no {@code data}, only UNAVAILABLE errors) is HTTP 503 for clients that
 * accept {@code application/graphql-response+json}, as the spec allows for a response
 * without data; plain {@code application/json} clients keep getting 200, as the spec
 * asks. And queries may come by GET ({@code query}, and URL-encoded JSON
 * {@code variables} and {@code extensions}; or only the query's hash, as automatic
 * persisted queries send it), so that browsers and CDNs can cache them: they run through
 * the same interceptors, limits and response rules as a POST, with {@link HttpCaching}'s
 * validators and cache headers; a mutation by GET is refused with 405 and
 * {@code Allow: POST}, as the spec asks.
 */
class ServiceStatusHttpHandler extends GraphQlHttpHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebGraphQlHandler graphQlHandler;

	private final HttpCaching caching;

	private final PersistedQueries persistedQueries;

	ServiceStatusHttpHandler(WebGraphQlHandler handler, HttpCaching caching, PersistedQueries persistedQueries) {
		super(handler);
		this.graphQlHandler = handler;
		this.caching = caching;
		this.persistedQueries = persistedQueries;
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
		var result = response.getExecutionResult();
		if (!result.isDataPresent() && MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(responseMediaType)
				&& !result.getErrors().isEmpty()
				&& result.getErrors().stream().allMatch(e -> GraphQlErrors.storeAway(e.getExtensions()))) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		return super.selectResponseStatus(response, responseMediaType);
	}

	/** A query sent by GET, its parameters in the address. */
	ServerResponse handleGet(ServerRequest request) throws ServletException {
		var query = request.param("query").orElse(null);
		var body = new LinkedHashMap<String, Object>();
		var operationName = request.param("operationName").filter(name -> !name.isBlank()).orElse(null);
		if (operationName != null) {
			body.put("operationName", operationName);
		}
		for (var name : List.of("variables", "extensions")) {
			var value = request.param(name).filter(v -> !v.isBlank()).orElse(null);
			if (value != null) {
				try {
					body.put(name, JSON.readValue(value, Map.class));
				}
				catch (RuntimeException ex) {
					return refuse(HttpStatus.BAD_REQUEST, "'%s' must be a URL-encoded JSON object".formatted(name));
				}
			}
		}
		if (query == null || query.isBlank()) {
			@SuppressWarnings("unchecked")
			var extensions = (Map<String, Object>) body.get("extensions");
			if (extensions == null || !extensions.containsKey("persistedQuery")) {
				return refuse(HttpStatus.BAD_REQUEST,
						"'query' is missing: give the GraphQL query as the 'query' parameter");
			}
			// Sent by its hash: checked and cached as if sent whole. An unknown hash goes
			// on, and the persisted-query interceptor answers it.
			query = (this.persistedQueries.resolve(null, extensions) instanceof PersistedQueries.Run run) ? run.query()
					: PersistedQuerySupport.PERSISTED_QUERY_MARKER;
		}
		body.put("query", query);
		var operation = OperationTypes.of(query, operationName);
		if (operation != null && operation != OperationDefinition.Operation.QUERY) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(MediaType.APPLICATION_JSON)
				.body(errors("A %s changes or streams data: send it by POST"
					.formatted(operation.name().toLowerCase(Locale.ROOT))));
		}
		var etag = this.caching.etag(request, body);
		var notModified = this.caching.notModified(request, etag);
		if (notModified.isPresent()) {
			return notModified.get();
		}
		var cookies = new LinkedMultiValueMap<String, HttpCookie>();
		request.cookies()
			.forEach((name, values) -> values.forEach(c -> cookies.add(name, new HttpCookie(name, c.getValue()))));
		var graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies,
				request.remoteAddress().orElse(null), request.attributes(), body, UUID.randomUUID().toString(),
				LocaleContextHolder.getLocale());
		var anonymous = HttpCaching.anonymous(request);
		return prepareResponse(request, this.graphQlHandler.handleRequest(graphQlRequest)
			.doOnNext(response -> this.caching.describe(response, etag, anonymous)));
	}

	private static ServerResponse refuse(HttpStatus status, String message) {
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(errors(message));
	}

	private static Map<String, Object> errors(@Nullable String message) {
		return Map.of("errors", List
			.of(Map.of("message", String.valueOf(message), "extensions", Map.of("classification", "BAD_REQUEST"))));
	}

	/**
	 * Only where the service serves HTTP: the backup command runs without a web server.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Registration {

		@Bean
		GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, GraphStore store,
				StoreAvailability availability, HttpProperties http, ObjectProvider<BuildProperties> build,
				PersistedQueries persistedQueries) {
			// Every ETag names the release: a new one may answer the same graph
			// otherwise.
			var release = build.stream()
				.map(b -> b.getVersion() + "@" + b.getTime())
				.findFirst()
				.orElse(String.valueOf(ServiceStatusHttpHandler.class.getPackage().getImplementationVersion()));
			return new ServiceStatusHttpHandler(handler, new HttpCaching(store, availability, http, release),
					persistedQueries);
		}

		/** Before the default route, which answers GET with 405. */
		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		RouterFunction<ServerResponse> graphQlGetRoute(GraphQlHttpHandler handler) {
			var get = (ServiceStatusHttpHandler) handler;
			return RouterFunctions.route(RequestPredicates.GET("/graphql"), get::handleGet);
		}

	}

}
