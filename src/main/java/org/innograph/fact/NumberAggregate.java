package org.innograph.fact;

import org.jspecify.annotations.Nullable;

/** count, min, max, avg and sum of a set of numbers; the statistics are null for none. */
public record NumberAggregate(int count, @Nullable Double min, @Nullable Double max, @Nullable Double avg,
		@Nullable Double sum) {
}
