package org.innograph.system;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.innograph.filter.FilterTooComplex;
import org.innograph.security.AccessDeniedException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.innograph.store.RequestOutOfTime;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where exceptions become GraphQL errors. Clients get a type and a message
 * they can act on; the detail (a Cypher error, a stack trace) stays in the server log.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	static final String UNAVAILABLE = "UNAVAILABLE";

	static final String STORE_UNAVAILABLE = "The graph store is unavailable; try again shortly";

	/** Whether an error's extensions say that the store was away. */
	static boolean storeAway(@Nullable Map<String, Object> extensions) {
		return extensions != null && UNAVAILABLE.equals(extensions.get("reason"));
	}

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment env) {
		return badRequest(ex.getMessage(), env, Map.of("argument", ex.argument()));
	}

	@GraphQlExceptionHandler
	GraphQLError filterTooComplex(FilterTooComplex ex, DataFetchingEnvironment env) {
		return badRequest(ex.getMessage(), env, Map.of("argument", "where", "limit", ex.limit()));
	}

	private static GraphQLError badRequest(@Nullable String message, DataFetchingEnvironment env,
			Map<String, Object> extensions) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(withRequestId(env, extensions))
			.build();
	}

	/**
	 * A subscription's event still being resolved when its client left: there is no one
	 * to tell, and it is no fault.
	 */
	@GraphQlExceptionHandler
	List<GraphQLError> cancelled(AbortExecutionException ex) {
		return List.of();
	}

	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(ex.authenticated() ? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED)
			.message(ex.getMessage())
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(withRequestId(env, Map.of()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError storeUnavailable(ServiceUnavailableException ex, DataFetchingEnvironment env) {
		log.warn("Neo4j is unavailable while fetching {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
		return GraphQLError.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message(STORE_UNAVAILABLE)
			.path(env.getExecutionStepInfo().getPath())
			.extensions(withRequestId(env, Map.of("reason", UNAVAILABLE)))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError outOfTime(RequestOutOfTime ex, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message(ex.getMessage())
			.path(env.getExecutionStepInfo().getPath())
			.extensions(withRequestId(env, Map.of("reason", "TIMEOUT", "limit", "request time")))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError storeFailure(Neo4jException ex, DataFetchingEnvironment env) {
		if (ex.code() != null && ex.code().contains("TransactionTimedOut")) {
			log.warn("Query of {} cancelled by the store's timeout", env.getExecutionStepInfo().getPath());
			return GraphQLError.newError()
				.errorType(ErrorType.INTERNAL_ERROR)
				.message("The query ran longer than the store's time limit and was cancelled; ask for less")
				.path(env.getExecutionStepInfo().getPath())
				.extensions(withRequestId(env, Map.of("reason", "TIMEOUT", "limit", "timeout")))
				.build();
		}
		log.error("Neo4j failed while fetching {} (request {})", env.getExecutionStepInfo().getPath(),
				env.getGraphQlContext().get(RequestIds.KEY), ex);
		return GraphQLError.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("The graph store could not answer this request")
			.path(env.getExecutionStepInfo().getPath())
			.extensions(withRequestId(env, Map.of()))
			.build();
	}

	/** The error's extensions with the request's id, which the server's log names too. */
	private static Map<String, Object> withRequestId(DataFetchingEnvironment env, Map<String, Object> extensions) {
		var all = new java.util.LinkedHashMap<String, Object>(extensions);
		var requestId = env.getGraphQlContext().get(RequestIds.KEY);
		if (requestId != null) {
			all.put(RequestIds.KEY, requestId);
		}
		return all;
	}

}
