package org.innograph.system;

import org.innograph.filter.Conditions;
import org.neo4j.driver.Value;

/**
 * The children that a query brings along for each item it returns, so that a nested
 * selection costs one query instead of one per level: the query adds {@link #cypher} for
 * each item, and the children it reads are handed over by {@link #prime} to the data
 * loaders that would otherwise fetch them one level later.
 *
 * @param <T> the items the query returns
 */
public interface ReadAhead<T> {

	/**
	 * A Cypher map expression of the children of the node bound to {@code node}; its
	 * variables come from {@code conditions}, its values go into the conditions'
	 * parameters.
	 */
	String cypher(String node, Conditions conditions);

	/** Hands over the children read for {@code item}. */
	void handOver(T item, Value along);

	/**
	 * Nothing along: the query reads the items only. One instance, so that two children
	 * that bring nothing are equal.
	 */
	static <T> ReadAhead<T> nothing() {
		@SuppressWarnings("unchecked")
		var nothing = (ReadAhead<T>) NothingReadAhead.INSTANCE;
		return nothing;
	}

}
