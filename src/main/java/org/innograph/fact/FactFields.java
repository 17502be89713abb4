package org.innograph.fact;

import java.util.List;

import org.innograph.entity.EntityNode;
import org.innograph.filter.Inputs.DesignationWhere;
import org.innograph.filter.Inputs.MetricWhere;
import org.innograph.filter.Inputs.RankingWhere;
import org.innograph.lookahead.ChildField;
import org.innograph.source.Provenance;
import org.innograph.source.Source;
import org.innograph.system.Batches.ParentKey;
import org.jspecify.annotations.Nullable;

/**
 * The fields that list facts below an entity, and the sources of a fact: the one place
 * that names their data loaders and keys, which their fetchers load through and reading
 * ahead brings along.
 */
final class FactFields {

	static final ChildField<EntityNode, FactArguments.Metrics, Fact> METRICS = new ChildField<>("Entity", "metrics",
			"metricsOf",
			arguments -> new FactArguments.Metrics(arguments.get("where", MetricWhere.class),
					arguments.get("asOf", Integer.class)),
			FactFields::keyed, FactRepository::metricsAbout, FactRepository::alongWith);

	static final ChildField<EntityNode, FactArguments.Rankings, Fact> RANKINGS = new ChildField<>("Entity", "rankings",
			"rankingsOf",
			arguments -> new FactArguments.Rankings(arguments.get("where", RankingWhere.class),
					arguments.get("asOf", Integer.class)),
			FactFields::keyed, FactRepository::rankingsAbout, FactRepository::alongWith);

	static final ChildField<EntityNode, FactArguments.Designations, Fact> DESIGNATIONS = new ChildField<>("Entity",
			"designations", "designationsOf",
			arguments -> new FactArguments.Designations(arguments.get("where", DesignationWhere.class),
					arguments.get("asOf", Integer.class)),
			FactFields::keyed, FactRepository::designationsAbout, FactRepository::alongWith);

	static final ChildField<Fact, @Nullable Void, Source> SOURCES = Provenance.sourcesField("Fact", Fact::id);

	static final List<ChildField<?, ?, ?>> ALL = List.of(METRICS, RANKINGS, DESIGNATIONS, SOURCES);

	private FactFields() {
	}

	/** Facts are loaded per entity and distinct arguments. */
	private static <A> ParentKey<A> keyed(EntityNode entity, A arguments) {
		return new ParentKey<>(entity.id(), arguments);
	}

}
