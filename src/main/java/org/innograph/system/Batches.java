package org.innograph.system;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shapes the answer of one batched query into what a batch mapping returns. */
public final class Batches {

	private Batches() {
	}

	/**
	 * Every parent gets the list found for its id, or an empty list when the store has
	 * nothing for it.
	 */
	public static <P, T> Map<P, List<T>> byParent(List<P> parents, Function<P, String> id, Map<String, List<T>> byId) {
		return parents.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), p -> byId.getOrDefault(id.apply(p), List.of())));
	}

}
