package org.innograph.ingest;

import org.jspecify.annotations.Nullable;

/**
 * A family of extraction rules. The extractor hands each family every clause of the text
 * in order, dated; the family adds what it finds to the facts of the {@link Reading}.
 */
interface RuleFamily {

	/**
	 * A clause of the text: its span, where its sentence starts, its period and status
	 * ({@code TARGET} or {@code ACHIEVED}), and how many facts the text held before it.
	 */
	record Clause(int start, int end, int sentenceStart, @Nullable String period, String status, int factsBefore) {
	}

	/** Reads one clause. */
	void read(Clause clause);

	/** After the last clause: the rules that read the text as a whole. */
	default void readToTheEnd() {
	}

}
