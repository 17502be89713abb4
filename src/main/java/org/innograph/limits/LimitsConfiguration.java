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
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
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
				boolean graphQlPost = "POST".equals(request.getMethod()) && "/graphql".equals(request.getRequestURI());
				if ((length < 0 && "POST".equals(request.getMethod())) || graphQlPost) {
					var body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
					if (body.length > cap) {
						tooLarge(response, body.length);
						return;
					}
					var wrong = graphQlPost ? wronglyTyped(body) : null;
					if (wrong != null) {
						response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
						response.setContentType("application/json");
						response.getOutputStream()
							.write(JSON.writeValueAsBytes(Map.of("errors", List
								.of(Map.of("message", wrong, "extensions", Map.of("classification", "BAD_REQUEST"))))));
						return;
					}
					chain.doFilter(new BufferedBody(request, body), response);
					return;
				}
				chain.doFilter(request, response);
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
		registration.addUrlPatterns("/graphql", "/export.csv", "/export.json", "/export.graphml");
		return registration;
	}

	/** A request whose body was read ahead, served again from memory. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * What is wrongly typed in a GraphQL request body, per the GraphQL-over-HTTP spec
	 * ({@code query} a string, {@code operationName} a string or null, {@code variables}
	 * and {@code extensions} objects or null); null when nothing is, or when the body is
	 * no JSON object, which the GraphQL handler reports itself.
	 */
	static @Nullable String wronglyTyped(byte[] body) {
		JsonNode request;
		try {
			request = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return null;
		}
		if (request == null || !request.isObject()) {
			return null;
		}
		var query = request.get("query");
		if (query != null && !query.isString()) {
			return "'query' must be a string holding the GraphQL document";
		}
		var operationName = request.get("operationName");
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			return "'operationName' must be a string or null";
		}
		for (var name : List.of("variables", "extensions")) {
			var value = request.get(name);
			if (value != null && !value.isNull() && !value.isObject()) {
				return "'%s' must be a JSON object or null".formatted(name);
			}
		}
		return null;
	}

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
