package org.innograph.source;

import org.jspecify.annotations.Nullable;

/**
 * A source document: the primary article, or a background source it is checked against.
 */
public record Document(String id, String title, @Nullable String titleZhHans, @Nullable String publisher,
		@Nullable String publishedAt, @Nullable String url, @Nullable String site, String role, String kind,
		@Nullable String language, @Nullable String sha256, @Nullable String text) {
}
