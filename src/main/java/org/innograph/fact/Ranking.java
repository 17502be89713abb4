package org.innograph.fact;

import org.jspecify.annotations.Nullable;

public record Ranking(String id, int rank, String list, @Nullable String listEn, @Nullable Integer edition,
		@Nullable String publisher, boolean inferred, @Nullable String note, String subjectId) implements Fact {
}
