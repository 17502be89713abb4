package org.innograph.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The GraphQL-over-HTTP handler, with one addition: a request refused whole because the
 * store is away (no {@code data}, only UNAVAILABLE errors) is HTTP 503 for clients that
 * accept {@code application/graphql-response+json}, as the spec allows for a response
 * without data. Plain {@code application/json} clients keep getting 200, as the spec
 * asks.
 */
class ServiceStatusHttpHandler extends GraphQlHttpHandler {

	ServiceStatusHttpHandler(WebGraphQlHandler handler) {
		super(handler);
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

	/**
	 * Only where the service serves HTTP: the backup command runs without a web server.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Registration {

		@Bean
		GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
			return new ServiceStatusHttpHandler(handler);
		}

	}

}
