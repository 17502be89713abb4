package org.innograph.fact;

import org.innograph.filter.Inputs.DesignationWhere;
import org.innograph.filter.Inputs.MetricWhere;
import org.innograph.filter.Inputs.RankingWhere;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of an entity's fact fields: data loaders batch per distinct arguments.
 */
public final class FactArguments {

	private FactArguments() {
	}

	public record Metrics(@Nullable MetricWhere where, @Nullable Integer asOf) {
	}

	public record Rankings(@Nullable RankingWhere where, @Nullable Integer asOf) {
	}

	public record Designations(@Nullable DesignationWhere where, @Nullable Integer asOf) {
	}

}
