package org.innograph.fact;

import org.jspecify.annotations.Nullable;

public record Relation(String id, String type, @Nullable String label, @Nullable String period, boolean inferred,
		@Nullable String note, String fromId, String toId) implements Fact {
}
