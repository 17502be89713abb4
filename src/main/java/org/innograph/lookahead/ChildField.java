package org.innograph.lookahead;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.innograph.filter.Conditions;
import org.innograph.system.ReadAhead;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A field that lists children of an item (the cities of a province, the rankings of an
 * entity, the sources of a fact), read in batches by a data loader, which the parent's
 * own query can bring along instead. It is the one place that says which loader reads the
 * field and under which key: the field's fetcher loads through it
 * ({@link Lookahead#load}) and reading ahead primes through it, so that the two cannot
 * drift apart and silently cost a query per level again.
 *
 * @param <P> the parent items
 * @param <A> the field's arguments, as the loader's key holds them
 * @param <C> the children
 * @param type the GraphQL type that declares the field: an object type, or an interface
 * for a field of all its types
 * @param name the field's name
 * @param loader the name of the data loader that reads it
 * @param arguments binds the field's arguments, the same way for its fetcher and for
 * reading ahead
 * @param key the loader's key for a parent and the field's arguments
 * @param subquery reads the children of the node that a parent's query binds, as a list
 * @param reader reads one item of that list, handing over what it brings along itself
 */
public record ChildField<P, A, C>(String type, String name, String loader, Function<Arguments, A> arguments,
		BiFunction<P, A, Object> key, Subquery<A, C> subquery, BiFunction<Value, ReadAhead<C>, C> reader) {

	/** The field's schema coordinates, such as {@code Province.cities}. */
	public String coordinates() {
		return this.type + "." + this.name;
	}

	/** The arguments of one occurrence of a field in a request. */
	public interface Arguments {

		/** The argument {@code name} bound to {@code type}, or null when not given. */
		<T> @Nullable T get(String name, Class<T> type);

	}

	/** The Cypher of a field's children, for a parent's query. */
	@FunctionalInterface
	public interface Subquery<A, C> {

		/**
		 * A list expression of the children of the node bound to {@code node}, each with
		 * what {@code along} brings; its variables come from {@code conditions}, its
		 * values go into the conditions' parameters.
		 */
		String cypher(String node, A arguments, ReadAhead<C> along, Conditions conditions);

	}

}
