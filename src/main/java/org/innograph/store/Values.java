package org.innograph.store;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** Reads optional properties of a map projection, where a missing key is a null value. */
public final class Values {

	private Values() {
	}

	public static @Nullable String string(Value value) {
		return value.isNull() ? null : value.asString();
	}

	public static @Nullable Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	public static @Nullable Double decimal(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

	public static boolean flag(Value value) {
		return !value.isNull() && value.asBoolean();
	}

	public static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

}
