package org.innograph.limits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.ErrorType;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.micrometer.core.instrument.MeterRegistry;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Checks every document against the limits before it runs, and keeps the documents that
 * passed parsing and validation, so that a repeated query is neither parsed nor validated
 * again, nor validated again when only its comments or layout differ. In
 * trusted-documents mode only registered documents run.
 */
public class LimitedDocuments implements PreparsedDocumentProvider {

	/** The request context's key for the estimated cost of the request. */
	public static final String COST = "queryCost";

	/** The request context's key for the depth of the request. */
	public static final String DEPTH = "queryDepth";

	/**
	 * The request context's key that, when true, lets only queries run: exports set it,
	 * so that no mutation runs there whatever the document or the token.
	 */
	public static final String QUERIES_ONLY = "queriesOnly";

	private static final int CACHED_DOCUMENTS = 1000;

	private final LimitsProperties limits;

	private final ObjectProvider<GraphQlSource> graphQlSource;

	private final Set<String> trustedHashes;

	private final MeterRegistry meters;

	/** A validated document and the text it was read from. */
	private record Cached(String text, PreparsedDocumentEntry entry) {
	}

	/**
	 * The validated documents, by the SHA-256 of their normal form: comments and layout
	 * do not make a document new.
	 */
	private final Map<String, Cached> cache = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
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
		var key = Sha256.hex(NormalisedDocuments.of(query));
		Cached cached;
		synchronized (this.cache) {
			cached = this.cache.get(key);
		}
		PreparsedDocumentEntry entry;
		if (cached == null) {
			this.meters.counter("innograph.query.validations").increment();
			entry = parseAndValidate.apply(input);
			if (entry.hasErrors()) {
				return CompletableFuture.completedFuture(entry);
			}
			synchronized (this.cache) {
				this.cache.put(key, new Cached(query, entry));
			}
		}
		else if (cached.text().equals(query)) {
			entry = cached.entry();
		}
		else {
			// The same tokens laid out otherwise: parsed again, so that error locations
			// are this text's, but not validated again.
			var parsed = ParseAndValidate.parse(input);
			entry = parsed.isFailure() ? new PreparsedDocumentEntry(parsed.getSyntaxException().toInvalidSyntaxError())
					: new PreparsedDocumentEntry(parsed.getDocument());
			if (entry.hasErrors()) {
				return CompletableFuture.completedFuture(entry);
			}
		}
		if (Boolean.TRUE.equals(input.getGraphQLContext().get(QUERIES_ONLY))
				&& !onlyQueries(entry.getDocument(), input.getOperationName())) {
			return CompletableFuture.completedFuture(new PreparsedDocumentEntry(List.of(GraphQLError.newError()
				.errorType(ErrorType.OperationNotSupported)
				.message("Only queries run here; send mutations to /graphql")
				.build())));
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

	/**
	 * Whether the operation that would run is a query; an operation that cannot be picked
	 * counts as one, since execution then refuses it.
	 */
	private static boolean onlyQueries(Document document, @Nullable String operationName) {
		var operations = document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter(o -> operationName == null || operationName.equals(o.getName()))
			.toList();
		return operations.size() != 1 || operations.getFirst().getOperation() == OperationDefinition.Operation.QUERY;
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
		return CompletableFuture.completedFuture(new PreparsedDocumentEntry(List.of(errors)));
	}

}
