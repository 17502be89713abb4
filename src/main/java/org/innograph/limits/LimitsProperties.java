package org.innograph.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of one request. Each has a default fit for the public read API.
 *
 * @param maxDocumentCharacters the largest query document, in characters
 * @param maxTokens the most parser tokens of a document
 * @param maxWhitespaceTokens the most whitespace tokens of a document
 * @param maxRuleDepth the deepest parser rule nesting
 * @param maxDepth the deepest field nesting, introspection excluded
 * @param maxCost the highest estimated cost: each field costs 1, times the size of every
 * list it lies in (the list's {@code first}, {@code last} or {@code limit}, given or by
 * default, else the size assumed for it or {@code defaultListSize}), plus the store work
 * its arguments ask for (filters, search, neighbourhood and path bounds, whole-list
 * scans); see {@link QueryShape}
 * @param defaultListSize the size assumed for a list without a page size
 * @param maxAliases the most aliased fields
 * @param maxRootFields the most fields at the root of the operation
 * @param maxDirectives the most directives in the document
 * @param maxBodyBytes the largest HTTP request body
 * @param maxResponseBytes the largest result, about as many bytes as its JSON, counted
 * while it is built
 * @param trustedDocumentsOnly whether only registered documents may run
 * @param trustedDocuments where the registered documents are: one {@code .graphql} file
 * each, matched by the SHA-256 of its text
 */
@ConfigurationProperties("innograph.limits")
record LimitsProperties(@DefaultValue("20000") int maxDocumentCharacters, @DefaultValue("5000") int maxTokens,
		@DefaultValue("20000") int maxWhitespaceTokens, @DefaultValue("200") int maxRuleDepth,
		@DefaultValue("12") int maxDepth, @DefaultValue("50000") long maxCost, @DefaultValue("5") int defaultListSize,
		@DefaultValue("30") int maxAliases, @DefaultValue("15") int maxRootFields,
		@DefaultValue("30") int maxDirectives, @DefaultValue("262144") long maxBodyBytes,
		@DefaultValue("16777216") long maxResponseBytes, @DefaultValue("false") boolean trustedDocumentsOnly,
		@DefaultValue("classpath*:trusted-documents/*.graphql") String trustedDocuments) {
}
