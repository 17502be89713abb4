package org.innograph.system;

import org.innograph.filter.Conditions;
import org.neo4j.driver.Value;

/** What {@link ReadAhead#nothing()} gives: no children. */
final class NothingReadAhead implements ReadAhead<Object> {

	static final NothingReadAhead INSTANCE = new NothingReadAhead();

	private NothingReadAhead() {
	}

	@Override
	public String cypher(String node, Conditions conditions) {
		return "{}";
	}

	@Override
	public void handOver(Object item, Value along) {
	}

}
