package org.innograph.source;

import org.jspecify.annotations.Nullable;

/**
 * A citation: the exact words of a document that a fact or an entity rests on.
 *
 * @param id stable id, derived from the document, the quote and whether it is inferred
 * @param quote the quote, pinyin glosses removed
 * @param documentId the quoted document
 * @param verbatim whether the quote is the document's own words
 * @param inferred whether the fact is inferred from this source rather than stated in it
 * @param start where the quote starts in the document's text, when verbatim
 * @param end where the quote ends (exclusive), when verbatim
 * @param document the quoted document, which every source is {@code IN}
 */
public record Source(String id, String quote, String documentId, boolean verbatim, boolean inferred,
		@Nullable Integer start, @Nullable Integer end, Document document) {
}
