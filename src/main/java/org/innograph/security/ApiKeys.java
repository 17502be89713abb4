package org.innograph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Reads the bearer token of each GraphQL request and puts its roles in the request's
 * context. Keys are stored only as SHA-256 hashes, from configuration; a key compares in
 * constant time. When reads are not public, a request without a valid key is refused.
 */
@Component
public class ApiKeys implements WebGraphQlInterceptor {

	private final Map<String, Role> rolesByHash = new HashMap<>();

	private final boolean publicReads;

	ApiKeys(SecurityProperties properties) {
		for (var entry : properties.apiKeys()) {
			var parts = entry.split(":", 2);
			if (parts.length != 2 || !parts[1].matches("[0-9a-fA-F]{64}")) {
				throw new IllegalStateException(
						"innograph.security.api-keys takes role:sha256-of-key entries; one is malformed");
			}
			this.rolesByHash.put(parts[1].toLowerCase(Locale.ROOT), Role.valueOf(parts[0].toUpperCase(Locale.ROOT)));
		}
		this.publicReads = properties.publicReads();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var roles = roles(request.getHeaders().getFirst("Authorization"));
		if (!this.publicReads && roles.isEmpty()) {
			var error = GraphQLError.newError()
				.errorType(ErrorType.UNAUTHORIZED)
				.message("This endpoint needs a token: send 'Authorization: Bearer <key>'")
				.build();
			return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
					ExecutionResult.newExecutionResult().addError(error).build())));
		}
		request
			.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Access.ROLES, roles)).build());
		return chain.next(request);
	}

	/** Whether a request needs a key to read. */
	public boolean readsNeedAKey() {
		return !this.publicReads;
	}

	/**
	 * The roles of an {@code Authorization} header's bearer key; none for a missing or
	 * unknown key.
	 */
	public Set<Role> roles(@Nullable String authorization) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return Set.of();
		}
		var hash = Sha256.hex(authorization.substring("Bearer ".length()).strip());
		for (var entry : this.rolesByHash.entrySet()) {
			if (MessageDigest.isEqual(entry.getKey().getBytes(StandardCharsets.US_ASCII),
					hash.getBytes(StandardCharsets.US_ASCII))) {
				return (entry.getValue() == Role.ADMIN) ? EnumSet.of(Role.ADMIN, Role.EDITOR) : EnumSet.of(Role.EDITOR);
			}
		}
		return Set.of();
	}

}
