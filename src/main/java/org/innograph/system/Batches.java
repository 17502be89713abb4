package org.innograph.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
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

	/**
	 * Loads a field that takes arguments for many parents: one query per distinct set of
	 * arguments, each for all the parents that asked with them. The number of queries is
	 * bounded by the request, not by the data.
	 */
	public static <A, T> Map<Keyed<A>, List<T>> perArguments(Set<Keyed<A>> keys,
			BiFunction<List<String>, A, Map<String, List<T>>> load) {
		var result = new HashMap<Keyed<A>, List<T>>();
		keys.stream().collect(Collectors.groupingBy(Keyed::arguments)).forEach((arguments, group) -> {
			var byId = load.apply(group.stream().map(Keyed::id).distinct().toList(), arguments);
			group.forEach(key -> result.put(key, byId.getOrDefault(key.id(), List.of())));
		});
		return result;
	}

	/** A parent's id with the arguments of the field asked for. */
	public record Keyed<A>(String id, A arguments) {
	}

}
