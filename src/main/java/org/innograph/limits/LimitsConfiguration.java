package org.innograph.limits;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.parser.ParserOptions;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import org.innograph.security.ApiKeys;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the limits in force: parser options, the document check, and the body size. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer limitedDocuments(LimitsProperties limits, ObjectProvider<GraphQlSource> source,
			MeterRegistry meters) throws IOException {
		// graphql-java reads its parser limits from a process-wide default.
		ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxCharacters(limits.maxDocumentCharacters())
				.maxTokens(limits.maxTokens())
				.maxWhitespaceTokens(limits.maxWhitespaceTokens())
				.maxRuleDepth(limits.maxRuleDepth())));
		var provider = new LimitedDocuments(limits, source, trustedHashes(limits), meters);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}

	/** One client's requests may not starve the others'. */
	@Bean
	FilterRegistrationBean<ClientLimits> clientLimits(ClientLimitsProperties limits, MeterRegistry meters,
			ApiKeys apiKeys) {
		var registration = new FilterRegistrationBean<>(
				new ClientLimits(limits, meters, authorization -> !apiKeys.roles(authorization).isEmpty()));
		registration.addUrlPatterns(GRAPHQL_BODIES.toArray(String[]::new));
		// A WebSocket's handshake counts as one request; its subscriptions then run on
		// the connection.
		registration.addUrlPatterns("/graphql-ws");
		registration.setEnabled(limits.enabled());
		// Before the body is read: a refused client costs next to nothing.
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** Counts a result's bytes while it is built and stops it at the cap. */
	@Bean
	graphql.execution.instrumentation.Instrumentation responseSizeLimit(LimitsProperties limits) {
		return new ResponseSizeLimit(limits.maxResponseBytes());
	}

	private static Set<String> trustedHashes(LimitsProperties limits) throws IOException {
		var hashes = new HashSet<String>();
		for (var resource : new PathMatchingResourcePatternResolver().getResources(limits.trustedDocuments())) {
			hashes.add(Sha256.hex(resource.getContentAsString(StandardCharsets.UTF_8)));
		}
		return hashes;
	}

	/**
	 * Refuses a request body over the cap: by its Content-Length before anything reads
	 * it, or, for a body sent in chunks, by reading at most one byte more than the cap.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestBodyLimit(LimitsProperties limits, MeterRegistry meters) {
		var cap = limits.maxBodyBytes();
		var filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				var length = request.getContentLengthLong();
				if (length > cap) {
					tooLarge(response, length);
					return;
				}
				var graphQlBody = "POST".equals(request.getMethod())
						&& GRAPHQL_BODIES.contains(request.getRequestURI());
				if (graphQlBody && !json(request.getContentType())) {
					refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
							"Send the request as JSON, with 'Content-Type: application/json'");
					return;
				}
				if ((length < 0 && "POST".equals(request.getMethod())) || graphQlBody) {
					var body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
					if (body.length > cap) {
						tooLarge(response, body.length);
						return;
					}
					var problem = graphQlBody ? RequestBodies.problem(body) : null;
					if (problem != null) {
						refuse(response, HttpServletResponse.SC_BAD_REQUEST, problem);
						return;
					}
					chain.doFilter(new BufferedBody(request, body), response);
					return;
				}
				chain.doFilter(request, response);
			}

			private void refuse(HttpServletResponse response, int status, String message) throws IOException {
				response.setStatus(status);
				response.setContentType("application/json");
				response.getOutputStream()
					.write(JSON.writeValueAsBytes(Map.of("errors", List
						.of(Map.of("message", message, "extensions", Map.of("classification", "BAD_REQUEST"))))));
			}

			private void tooLarge(HttpServletResponse response, long measured) throws IOException {
				meters.counter("innograph.query.rejected", "limit", "bodyBytes").increment();
				response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				response.setContentType("application/json");
				var exceeded = new QueryLimitExceeded("bodyBytes", measured, cap);
				response.getOutputStream()
					.write("""
							{"errors":[{"message":"%s","extensions":{"classification":"BAD_REQUEST","limit":"bodyBytes","measured":%d,"cap":%d}}]}"""
						.formatted(exceeded.getMessage(), measured, cap)
						.getBytes(StandardCharsets.UTF_8));
			}
		};
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
		registration.addUrlPatterns(GRAPHQL_BODIES.toArray(String[]::new));
		return registration;
	}

	/** The paths whose POST body is a GraphQL request. */
	private static final Set<String> GRAPHQL_BODIES = Set.of("/graphql", "/export.csv", "/export.zip", "/export.json",
			"/export.graphml");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Whether a content type is JSON (application/json or a +json type). */
	private static boolean json(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			var type = MediaType.parseMediaType(contentType);
			return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** A request whose body was read ahead, served again from memory. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body was read ahead");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
