package org.innograph.system;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.micrometer.context.ContextRegistry;
import org.innograph.store.Bookmarks;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Read your own writes through any replica. An answer to a request that wrote carries the
 * store's bookmarks in the {@value #HEADER} header; a client that sends them back in the
 * same header, to this replica or another, has its reads wait until the store holds those
 * writes. Without the header a request reads what its replica's store has.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CausalConsistency implements WebGraphQlInterceptor {

	static final String HEADER = "Innograph-Bookmark";

	/** The key under which a request's bookmarks travel to its data fetchers. */
	static final String BOOKMARKS = "innograph.bookmarks";

	static {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(BOOKMARKS, Bookmarks.OF_THE_REQUEST::get, Bookmarks.OF_THE_REQUEST::set,
					Bookmarks.OF_THE_REQUEST::remove);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Bookmarks bookmarks;
		try {
			bookmarks = Bookmarks.given(request.getHeaders().getFirst(HEADER));
		}
		catch (IllegalArgumentException ex) {
			return Mono.just(refused(request, ex.getMessage()));
		}
		return chain.next(request).contextWrite(Context.of(BOOKMARKS, bookmarks)).map(response -> {
			var written = bookmarks.header();
			if (written != null) {
				response.getResponseHeaders().set(HEADER, written);
			}
			return response;
		});
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, String why) {
		var error = GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("Header '%s' %s: send back the header of an answer as it came".formatted(HEADER, why))
			.extensions(Map.of("header", HEADER))
			.build();
		var result = ExecutionResult.newExecutionResult().addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
