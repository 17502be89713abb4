package org.innograph.seed;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The curated seed as written in {@code graph-schema/seed/facts.yaml}; see FORMAT.md
 * there. Bulk imports (JSON, CSV) and ingested articles take the same shape, so that one
 * loader writes them all.
 */
public record SeedFile(List<DocumentEntry> documents, List<EntityEntry> entities, List<FactEntry> facts) {

	public record DocumentEntry(String id, String role, String kind, String title, @Nullable String titleZhHans,
			@Nullable String publisher, @Nullable String site, @Nullable String section, @Nullable String publishedAt,
			@Nullable String url, @Nullable String file, @Nullable String language) {
	}

	public record EntityEntry(String id, String kind, String zhHans, @Nullable String zhHant, @Nullable String en,
			@Nullable String pinyin, @Nullable List<String> aliases, @Nullable String level, @Nullable String category,
			@Nullable String adminCode, @Nullable String established, @Nullable String note,
			@Nullable List<SourceEntry> sources) {
	}

	public record FactEntry(String id, String type, @Nullable Integer ref, @Nullable Boolean inferred,
			@Nullable String note, @Nullable List<SourceEntry> sources,
			// METRIC and RANKING
			@Nullable String subject,
			// METRIC
			@Nullable String name, @Nullable String nameEn, @Nullable Double value, @Nullable Double previousValue,
			@Nullable String unit, @Nullable String rawText, @Nullable String bound, @Nullable String period,
			@Nullable String status,
			// RANKING
			@Nullable Integer rank, @Nullable String list, @Nullable String listEn, @Nullable Integer edition,
			@Nullable String publisher,
			// DESIGNATION
			@Nullable String holder, @Nullable Integer year, @Nullable String date, @Nullable String grantor,
			@Nullable String grantorId, @Nullable String awardId,
			// RELATION
			@Nullable String from, @Nullable String relation, @Nullable String to, @Nullable String label,
			// Extracted facts: the rule that found it and its confidence, 0 to 1
			@Nullable String rule, @Nullable Double confidence) {
	}

	/**
	 * A quote; {@code start} and {@code end}, when given, place it in the document's text
	 * (otherwise its first occurrence does).
	 */
	public record SourceEntry(String doc, String quote, @Nullable Boolean inferred, @Nullable Boolean verbatim,
			@Nullable Integer start, @Nullable Integer end) {

		public SourceEntry(String doc, String quote, @Nullable Boolean inferred, @Nullable Boolean verbatim) {
			this(doc, quote, inferred, verbatim, null, null);
		}

	}

}
