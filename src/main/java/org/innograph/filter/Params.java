package org.innograph.filter;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of one Cypher query under construction: every value a client gives goes
 * in here and only its {@code $name} into the text.
 */
public final class Params {

	private final Map<String, @Nullable Object> values = new HashMap<>();

	private int next;

	/** Adds a value and returns its placeholder, e.g. {@code $p3}. */
	public String add(@Nullable Object value) {
		var name = "p" + this.next++;
		this.values.put(name, value);
		return "$" + name;
	}

	/** Adds a value under a fixed name and returns its placeholder. */
	public String put(String name, @Nullable Object value) {
		this.values.put(name, value);
		return "$" + name;
	}

	public Map<String, @Nullable Object> values() {
		return this.values;
	}

}
