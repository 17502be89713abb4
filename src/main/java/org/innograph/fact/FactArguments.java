package org.innograph.fact;

import org.innograph.filter.Inputs.DesignationWhere;
import org.innograph.filter.Inputs.MetricWhere;
import org.innograph.filter.Inputs.RankingWhere;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of an entity's fact fields: data loaders batch per distinct arguments.
 */
final class FactArguments {

	private FactArguments() {
	}

	record Metrics(@Nullable MetricWhere where, @Nullable Integer asOf) {
	}

	record Rankings(@Nullable RankingWhere where, @Nullable Integer asOf) {
	}

	record Designations(@Nullable DesignationWhere where, @Nullable Integer asOf) {
	}

}
