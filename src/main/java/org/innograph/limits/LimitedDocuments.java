package org.innograph.limits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.micrometer.core.instrument.MeterRegistry;
import org.innograph.store.Sha256;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Checks every document against the limits before it runs, and keeps the documents that
 * passed parsing and validation, so that a repeated query is neither parsed nor validated
 * again. In trusted-documents mode only registered documents run.
 */
public class LimitedDocuments implements PreparsedDocumentProvider {

	/** The request context's key for the estimated cost of the request. */
	public static final String COST = "queryCost";

	/** The request context's key for the depth of the request. */
	public static final String DEPTH = "queryDepth";

	private static final int CACHED_DOCUMENTS = 1000;

	private final LimitsProperties limits;

	private final ObjectProvider<GraphQlSource> graphQlSource;

	private final Set<String> trustedHashes;

	private final MeterRegistry meters;

	private final Map<String, PreparsedDocumentEntry> cache = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
			return size() > CACHED_DOCUMENTS;
		}
	};

	LimitedDocuments(LimitsProperties limits, ObjectProvider<GraphQlSource> graphQlSource, Set<String> trustedHashes,
			MeterRegistry meters) {
		this.limits = limits;
		this.graphQlSource = graphQlSource;
		this.trustedHashes = trustedHashes;
		this.meters = meters;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		var query = input.getQuery();
		if (query.length() > this.limits.maxDocumentCharacters()) {
			return rejected(
					new QueryLimitExceeded("documentCharacters", query.length(), this.limits.maxDocumentCharacters()));
		}
		if (this.limits.trustedDocumentsOnly() && !this.trustedHashes.contains(Sha256.hex(query))) {
			return rejected(new UntrustedDocument(Sha256.hex(query)));
		}
		PreparsedDocumentEntry entry;
		synchronized (this.cache) {
			entry = this.cache.get(query);
		}
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (entry.hasErrors()) {
				return CompletableFuture.completedFuture(entry);
			}
			synchronized (this.cache) {
				this.cache.put(query, entry);
			}
		}
		var schema = this.graphQlSource.getObject().schema();
		var shape = QueryShape.of(entry.getDocument(), input.getOperationName(), input.getVariables(), schema,
				this.limits.defaultListSize());
		// The request log and the metrics report what each request was estimated to cost.
		input.getGraphQLContext().put(COST, (long) Math.min(shape.cost(), Long.MAX_VALUE));
		input.getGraphQLContext().put(DEPTH, shape.depth());
		var violations = new ArrayList<GraphQLError>();
		check(violations, "depth", shape.depth(), this.limits.maxDepth());
		check(violations, "cost", (long) Math.min(shape.cost(), Long.MAX_VALUE), this.limits.maxCost());
		check(violations, "aliases", shape.aliases(), this.limits.maxAliases());
		check(violations, "rootFields", shape.rootFields(), this.limits.maxRootFields());
		check(violations, "directives", shape.directives(), this.limits.maxDirectives());
		if (!violations.isEmpty()) {
			return rejected(violations.toArray(GraphQLError[]::new));
		}
		return CompletableFuture.completedFuture(entry);
	}

	private void check(ArrayList<GraphQLError> violations, String limit, long measured, long cap) {
		if (measured > cap) {
			violations.add(new QueryLimitExceeded(limit, measured, cap));
		}
	}

	private CompletableFuture<PreparsedDocumentEntry> rejected(GraphQLError... errors) {
		for (var error : errors) {
			var limit = (error instanceof QueryLimitExceeded exceeded) ? exceeded.limit() : "trustedDocuments";
			this.meters.counter("innograph.query.rejected", "limit", limit).increment();
		}
		return CompletableFuture.completedFuture(new PreparsedDocumentEntry(java.util.List.of(errors)));
	}

}
