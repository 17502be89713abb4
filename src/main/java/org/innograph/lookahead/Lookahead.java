package org.innograph.lookahead;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.innograph.filter.Conditions;
import org.innograph.system.ReadAhead;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.stereotype.Component;

/**
 * Plans what a field's query brings along from the request's selection below it: the
 * {@link ChildField}s that the features register, such as an entity's sources, metrics,
 * rankings and designations, the entities located in it (with their own children, to any
 * depth), a fact's sources. Each child becomes a {@code COLLECT} subquery of the field's
 * query, and what it reads is primed into the data loader of that child field, under the
 * key its data fetcher will ask for; the fetcher, which loads through the same child
 * field, then finds it without a query. A city → zones → rankings → sources selection
 * costs one query instead of four. Fields outside the plan (and children whose arguments
 * do not bind) are fetched as before, one batched query per level.
 * {@code innograph.query.read-ahead=false} turns it off, to measure what it saves.
 */
@Component
public class Lookahead {

	private static final GraphQlArgumentBinder BINDER = new GraphQlArgumentBinder();

	/** The registered child fields, by schema coordinates. */
	private final Map<String, ChildField<?, ?, ?>> fields = new ConcurrentHashMap<>();

	private volatile boolean enabled;

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
	 * Makes child fields known, so that their parents' queries bring them along; the
	 * controller that fetches a field registers it with its data loader.
	 */
	public void register(List<? extends ChildField<?, ?, ?>> fields) {
		for (var field : fields) {
			var known = this.fields.putIfAbsent(field.coordinates(), field);
			if (known != null && known != field) {
				throw new IllegalStateException(field.coordinates() + " is registered twice");
			}
		}
	}

	/** The registered child fields. */
	List<ChildField<?, ?, ?>> fields() {
		return List.copyOf(this.fields.values());
	}

	/**
	 * Whether a field's own query should bring the part of its selection at {@code path}
	 * along, such as {@code edges/sources}.
	 */
	public boolean bringsAlong(DataFetchingFieldSelectionSet selection, String path) {
		return this.enabled && selection.contains(path);
	}

	/** What to bring along for each item the current field returns. */
	public <T> ReadAhead<T> along(DataFetchingEnvironment env) {
		return this.enabled ? plan(env.getSelectionSet().getImmediateFields(), env) : ReadAhead.nothing();
	}

	/** What to bring along for each item of the page of a connection. */
	public <T> ReadAhead<T> alongPage(DataFetchingEnvironment env) {
		return this.enabled ? plan(itemFields(env), env) : ReadAhead.nothing();
	}

	/**
	 * The fetcher of a child field: loads it for {@code parent} through its data loader,
	 * under its key for the field's arguments, with what its own selection brings along.
	 * @throws IllegalStateException if the field is not the one being fetched, or not
	 * registered: reading ahead would never prime it
	 */
	public <P, A, C> CompletableFuture<List<C>> load(ChildField<P, A, C> field, P parent, DataFetchingEnvironment env) {
		var fetched = env.getFieldDefinition().getName();
		if (!(env.getParentType() instanceof GraphQLObjectType type) || !field.name().equals(fetched)
				|| !declares(type, field.type())) {
			throw new IllegalStateException("%s.%s is fetched as %s"
				.formatted(GraphQLTypeUtil.simplePrint(env.getParentType()), fetched, field.coordinates()));
		}
		if (this.fields.get(field.coordinates()) != field) {
			throw new IllegalStateException(field.coordinates() + " is loaded but not registered");
		}
		var arguments = field.arguments().apply(new FetcherArguments(env));
		return this.<C>loader(field, env).load(field.key().apply(parent, arguments), along(env));
	}

	/**
	 * Loads a child field with other arguments than its own, for another field made of it
	 * (a series of rankings); nothing comes along.
	 */
	public <P, A, C> CompletableFuture<List<C>> load(ChildField<P, A, C> field, P parent, A arguments,
			DataFetchingEnvironment env) {
		return this.<C>loader(field, env).load(field.key().apply(parent, arguments));
	}

	private <C> DataLoader<Object, List<C>> loader(ChildField<?, ?, C> field, DataFetchingEnvironment env) {
		DataLoader<Object, List<C>> loader = env.getDataLoader(field.loader());
		if (loader == null) {
			throw new IllegalStateException("No data loader " + field.loader() + " for " + field.coordinates());
		}
		return loader;
	}

	/** The fields selected on a connection's items, through its edges or its nodes. */
	private static List<SelectedField> itemFields(DataFetchingEnvironment env) {
		var fields = new ArrayList<SelectedField>(env.getSelectionSet().getFields("edges/node/*"));
		fields.addAll(env.getSelectionSet().getFields("nodes/*"));
		return fields;
	}

	private <T> ReadAhead<T> plan(List<SelectedField> selected, DataFetchingEnvironment env) {
		var children = new LinkedHashSet<Child<T, ?, ?>>();
		for (var field : selected) {
			try {
				for (var childField : childFields(field, env.getGraphQLSchema())) {
					@SuppressWarnings("unchecked")
					var typed = (ChildField<T, Object, Object>) childField;
					children.add(child(typed, field, env));
				}
			}
			catch (IllegalArgumentException ex) {
				// Arguments that do not bind: the field's own fetcher reports them.
			}
		}
		return children.isEmpty() ? ReadAhead.nothing() : new Children<>(List.copyOf(children));
	}

	private <P, A, C> Child<P, A, C> child(ChildField<P, A, C> childField, SelectedField field,
			DataFetchingEnvironment env) {
		var arguments = childField.arguments().apply(new SelectedArguments(field));
		return new Child<>(childField, arguments, plan(field.getSelectionSet().getImmediateFields(), env),
				env.getDataLoaderRegistry());
	}

	/**
	 * The registered child fields that a selected field is, once for each type it is
	 * selected on: those declared by the object type, else by one of its interfaces.
	 */
	private LinkedHashSet<ChildField<?, ?, ?>> childFields(SelectedField field, GraphQLSchema schema) {
		var found = new LinkedHashSet<ChildField<?, ?, ?>>();
		for (var typeName : field.getObjectTypeNames()) {
			var childField = this.fields.get(typeName + "." + field.getName());
			var type = schema.getObjectType(typeName);
			if (childField == null && type != null) {
				childField = type.getInterfaces()
					.stream()
					.map(implemented -> this.fields.get(implemented.getName() + "." + field.getName()))
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null);
			}
			if (childField != null) {
				found.add(childField);
			}
		}
		return found;
	}

	private static boolean declares(GraphQLObjectType type, String name) {
		return type.getName().equals(name) || type.getInterfaces().stream().anyMatch(i -> i.getName().equals(name));
	}

	/** The arguments of a field selected below the one being fetched. */
	private record SelectedArguments(SelectedField field) implements ChildField.Arguments {

		@Override
		public <T> @Nullable T get(String name, Class<T> type) {
			var arguments = this.field.getArguments();
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

	}

	/**
	 * The arguments of the field being fetched, bound as for reading ahead, so that its
	 * key is the one primed.
	 */
	private record FetcherArguments(DataFetchingEnvironment env) implements ChildField.Arguments {

		@Override
		public <T> @Nullable T get(String name, Class<T> type) {
			try {
				@SuppressWarnings("unchecked")
				var value = (T) BINDER.bind(this.env, name, ResolvableType.forClass(type));
				return value;
			}
			catch (org.springframework.validation.BindException ex) {
				throw new IllegalArgumentException(ex);
			}
		}

	}

	/**
	 * One child field of the items: its subquery, and the loader what it reads goes to.
	 */
	private record Child<P, A, C>(ChildField<P, A, C> field, A arguments, ReadAhead<C> along,
			DataLoaderRegistry loaders) {

		String cypher(String node, Conditions conditions) {
			return this.field.subquery().cypher(node, this.arguments, this.along, conditions);
		}

		void handOver(P item, Value value) {
			var children = value.asList(v -> this.field.reader().apply(v, this.along));
			DataLoader<Object, Object> loader = this.loaders.getDataLoader(this.field.loader());
			if (loader != null) {
				loader.prime(this.field.key().apply(item, this.arguments), children);
			}
		}

	}

	/** The children of an item, as a map {@code {c0: ..., c1: ...}}. */
	private record Children<T>(List<Child<T, ?, ?>> children) implements ReadAhead<T> {

		@Override
		public String cypher(String node, Conditions conditions) {
			var entries = new ArrayList<String>();
			for (int i = 0; i < this.children.size(); i++) {
				entries.add("c" + i + ": " + this.children.get(i).cypher(node, conditions));
			}
			return "{" + String.join(", ", entries) + "}";
		}

		@Override
		public void handOver(T item, Value along) {
			IntStream.range(0, this.children.size()).forEach(i -> {
				var value = along.get("c" + i);
				if (!value.isNull()) {
					this.children.get(i).handOver(item, value);
				}
			});
		}

	}

}
