package org.innograph.fact;

import org.jspecify.annotations.Nullable;

public record Metric(String id, String name, @Nullable String nameEn, double value, @Nullable Double previousValue,
		String unit, String rawText, String bound, @Nullable String period, String status, boolean inferred,
		@Nullable String note, String subjectId) implements Fact {
}
