package org.innograph.lookahead;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.innograph.entity.Entities;
import org.innograph.entity.Entities.Located;
import org.innograph.entity.EntityNode;
import org.innograph.fact.Fact;
import org.innograph.fact.FactArguments;
import org.innograph.fact.FactRepository;
import org.innograph.filter.Conditions;
import org.innograph.filter.Inputs.DesignationWhere;
import org.innograph.filter.Inputs.EntityWhere;
import org.innograph.filter.Inputs.MetricWhere;
import org.innograph.filter.Inputs.RankingWhere;
import org.innograph.source.Provenance;
import org.innograph.system.Along;
import org.innograph.system.Batches.Keyed;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.stereotype.Component;

/**
 * Plans what a field's query brings along from the request's selection below it: an
 * entity's sources, metrics, rankings and designations, the entities located in it (with
 * their own children, to any depth), a fact's sources. Each child becomes a
 * {@code COLLECT} subquery of the field's query, and what it reads is primed into the
 * data loader of that child field, under the key its data fetcher will ask for; the
 * fetcher then finds it without a query. A city → zones → rankings → sources selection
 * costs one query instead of four. Fields outside the plan (and children whose arguments
 * do not bind) are fetched as before, one batched query per level.
 * {@code innograph.query.read-ahead=false} turns it off, to measure what it saves.
 */
@Component
public class Lookahead {

	private static final GraphQlArgumentBinder BINDER = new GraphQlArgumentBinder();

	private volatile boolean enabled;

	/** The fields that list located entities, by type and field. */
	private static final Map<String, Located> LOCATED = Map.of("Province.cities", new Located("City", false, null),
			"City.counties", new Located("County", false, null), "City.highTechZones",
			new Located("HighTechZone", false, null), "City.laboratories", new Located("Laboratory", false, null),
			"InnovationZone.cities", new Located("City", true, null));

	Lookahead(
			@org.springframework.beans.factory.annotation.Value("${innograph.query.read-ahead:true}") boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Turns reading ahead on or off while running, which the tests use to compare the
	 * two.
	 */
	public void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Whether a field's own query should bring the part of its selection at {@code path}
	 * along, such as {@code edges/sources}.
	 */
	public boolean bringsAlong(DataFetchingFieldSelectionSet selection, String path) {
		return this.enabled && selection.contains(path);
	}

	/** What to bring along for each entity the current field returns. */
	public Along<EntityNode> entities(DataFetchingEnvironment env) {
		return this.enabled ? entities(env.getSelectionSet().getImmediateFields(), env.getDataLoaderRegistry())
				: Along.nothing();
	}

	/** What to bring along for each entity of the page of a connection. */
	public Along<EntityNode> entitiesOfPage(DataFetchingEnvironment env) {
		return this.enabled ? entities(itemFields(env), env.getDataLoaderRegistry()) : Along.nothing();
	}

	/** What to bring along for each fact of the page of a connection. */
	public Along<Fact> factsOfPage(DataFetchingEnvironment env) {
		return this.enabled ? facts(itemFields(env), env.getDataLoaderRegistry()) : Along.nothing();
	}

	/** The fields selected on a connection's items, through its edges or its nodes. */
	private static List<SelectedField> itemFields(DataFetchingEnvironment env) {
		var fields = new ArrayList<SelectedField>(env.getSelectionSet().getFields("edges/node/*"));
		fields.addAll(env.getSelectionSet().getFields("nodes/*"));
		return fields;
	}

	/** What to bring along for each fact the current field returns. */
	public Along<Fact> facts(DataFetchingEnvironment env) {
		return this.enabled ? facts(env.getSelectionSet().getImmediateFields(), env.getDataLoaderRegistry())
				: Along.nothing();
	}

	private static Along<EntityNode> entities(List<SelectedField> fields, DataLoaderRegistry loaders) {
		var children = new LinkedHashSet<Child<EntityNode>>();
		for (var field : fields) {
			try {
				switch (field.getName()) {
					case "sources" -> children.add(new SourcesOf<>(loaders, EntityNode::id));
					case "metrics" -> children.add(new Facts(Kind.METRICS,
							new FactArguments.Metrics(bind(field, "where", MetricWhere.class),
									bind(field, "asOf", Integer.class)),
							facts(field.getSelectionSet().getImmediateFields(), loaders), loaders));
					case "rankings" -> children.add(new Facts(Kind.RANKINGS,
							new FactArguments.Rankings(bind(field, "where", RankingWhere.class),
									bind(field, "asOf", Integer.class)),
							facts(field.getSelectionSet().getImmediateFields(), loaders), loaders));
					case "designations" -> children.add(new Facts(Kind.DESIGNATIONS,
							new FactArguments.Designations(bind(field, "where", DesignationWhere.class),
									bind(field, "asOf", Integer.class)),
							facts(field.getSelectionSet().getImmediateFields(), loaders), loaders));
					default -> located(field, loaders, children);
				}
			}
			catch (IllegalArgumentException ex) {
				// Arguments that do not bind: the field's own fetcher reports them.
			}
		}
		return children.isEmpty() ? Along.nothing() : new Children<>(List.copyOf(children));
	}

	private static void located(SelectedField field, DataLoaderRegistry loaders,
			LinkedHashSet<Child<EntityNode>> children) {
		for (var type : field.getObjectTypeNames()) {
			var located = LOCATED.get(type + "." + field.getName());
			if (located != null) {
				children.add(new LocatedIn(type,
						new Located(located.kind(), located.outward(), bind(field, "where", EntityWhere.class)),
						entities(field.getSelectionSet().getImmediateFields(), loaders), loaders));
			}
		}
	}

	private static Along<Fact> facts(List<SelectedField> fields, DataLoaderRegistry loaders) {
		var sources = fields.stream().anyMatch(f -> f.getName().equals("sources"));
		return sources ? new Children<Fact>(List.of(new SourcesOf<>(loaders, Fact::id))) : Along.nothing();
	}

	private static <T> @Nullable T bind(SelectedField field, String name, Class<T> type) {
		var arguments = field.getArguments();
		try {
			@SuppressWarnings("unchecked")
			var value = (T) BINDER.bind(arguments.get(name), !arguments.containsKey(name),
					ResolvableType.forClass(type));
			return value;
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static void prime(DataLoaderRegistry loaders, String loader, Object key, Object value) {
		DataLoader<Object, Object> dataLoader = loaders.getDataLoader(loader);
		if (dataLoader != null) {
			dataLoader.prime(key, value);
		}
	}

	/** One child field: its subquery, and where what it reads goes. */
	private interface Child<T> {

		String cypher(String node, Conditions conditions);

		void prime(T item, Value value);

	}

	/** The children of an item, as a map {@code {c0: ..., c1: ...}}. */
	private record Children<T>(List<Child<T>> children) implements Along<T> {

		@Override
		public String cypher(String node, Conditions conditions) {
			var entries = new ArrayList<String>();
			for (int i = 0; i < this.children.size(); i++) {
				entries.add("c" + i + ": " + this.children.get(i).cypher(node, conditions));
			}
			return "{" + String.join(", ", entries) + "}";
		}

		@Override
		public void prime(T item, Value along) {
			IntStream.range(0, this.children.size()).forEach(i -> {
				var value = along.get("c" + i);
				if (!value.isNull()) {
					this.children.get(i).prime(item, value);
				}
			});
		}

	}

	/** The sources of an entity or a fact: both are Sourced, in one id space. */
	private record SourcesOf<T>(DataLoaderRegistry loaders, Function<T, String> id) implements Child<T> {

		@Override
		public String cypher(String node, Conditions conditions) {
			return Provenance.sourcesOf(node, conditions);
		}

		@Override
		public void prime(T item, Value value) {
			Lookahead.prime(this.loaders, "sourcesOf", this.id.apply(item), value.asList(Provenance::source));
		}

	}

	private enum Kind {

		METRICS("metricsOf"), RANKINGS("rankingsOf"), DESIGNATIONS("designationsOf");

		final String loader;

		Kind(String loader) {
			this.loader = loader;
		}

	}

	private record Facts(Kind kind, Record arguments, Along<Fact> along,
			DataLoaderRegistry loaders) implements Child<EntityNode> {

		@Override
		public String cypher(String node, Conditions conditions) {
			return switch (this.kind) {
				case METRICS ->
					FactRepository.metricsAbout(node, (FactArguments.Metrics) this.arguments, this.along, conditions);
				case RANKINGS ->
					FactRepository.rankingsAbout(node, (FactArguments.Rankings) this.arguments, this.along, conditions);
				case DESIGNATIONS -> FactRepository.designationsAbout(node, (FactArguments.Designations) this.arguments,
						this.along, conditions);
			};
		}

		@Override
		public void prime(EntityNode entity, Value value) {
			var facts = value.asList(v -> FactRepository.alongWith(v, this.along));
			Lookahead.prime(this.loaders, this.kind.loader, new Keyed<>(entity.id(), this.arguments), facts);
		}

	}

	/** The entities located in an entity of one type (or that it lies in). */
	private record LocatedIn(String type, Located located, Along<EntityNode> along,
			DataLoaderRegistry loaders) implements Child<EntityNode> {

		@Override
		public String cypher(String node, Conditions conditions) {
			return "CASE WHEN %s.kind = %s THEN %s END".formatted(node, conditions.params().add(this.type),
					Entities.located(node, this.located, this.along, conditions));
		}

		@Override
		public void prime(EntityNode entity, Value value) {
			if (entity.kind().equals(this.type)) {
				var related = value.asList(v -> Entities.alongWith(v, this.along));
				Lookahead.prime(this.loaders, "located", new Keyed<>(entity.id(), this.located), related);
			}
		}

	}

}
