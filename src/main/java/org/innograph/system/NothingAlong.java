package org.innograph.system;

import org.innograph.filter.Conditions;
import org.neo4j.driver.Value;

/** What {@link Along#nothing()} gives: no children. */
final class NothingAlong implements Along<Object> {

	static final NothingAlong INSTANCE = new NothingAlong();

	private NothingAlong() {
	}

	@Override
	public String cypher(String node, Conditions conditions) {
		return "{}";
	}

	@Override
	public void prime(Object item, Value along) {
	}

}
