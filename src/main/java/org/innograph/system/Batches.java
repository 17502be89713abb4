package org.innograph.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.BatchLoaderEnvironment;

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
	public static <A, T> Map<ParentKey<A>, List<T>> perArguments(Set<ParentKey<A>> keys,
			BiFunction<List<String>, A, Map<String, List<T>>> load) {
		var result = new HashMap<ParentKey<A>, List<T>>();
		keys.stream().collect(Collectors.groupingBy(ParentKey::arguments)).forEach((arguments, group) -> {
			var byId = load.apply(group.stream().map(ParentKey::id).distinct().toList(), arguments);
			group.forEach(key -> result.put(key, byId.getOrDefault(key.id(), List.of())));
		});
		return result;
	}

	/**
	 * The same for fields whose items bring children along: the {@link ReadAhead} that a
	 * fetcher gave as the key's context goes into the group's query (the first of the
	 * group: the keys of one field share one selection).
	 */
	public static <A, T> Map<ParentKey<A>, List<T>> perArguments(Set<ParentKey<A>> keys, BatchLoaderEnvironment env,
			LoadReadingAhead<A, T> load) {
		var result = new HashMap<ParentKey<A>, List<T>>();
		keys.stream().collect(Collectors.groupingBy(ParentKey::arguments)).forEach((arguments, group) -> {
			ReadAhead<T> along = ReadAhead.nothing();
			for (var key : group) {
				if (env.getKeyContexts().get(key) instanceof ReadAhead<?> given) {
					@SuppressWarnings("unchecked")
					var typed = (ReadAhead<T>) given;
					along = typed;
					break;
				}
			}
			var byId = load.load(group.stream().map(ParentKey::id).distinct().toList(), arguments, along);
			group.forEach(key -> result.put(key, byId.getOrDefault(key.id(), List.of())));
		});
		return result;
	}

	/** One query for the parents with these arguments, bringing {@code along}. */
	@FunctionalInterface
	public interface LoadReadingAhead<A, T> {

		Map<String, List<T>> load(List<String> ids, A arguments, ReadAhead<T> along);

	}

	/** A parent's id with the arguments of the field asked for. */
	public record ParentKey<A>(String id, A arguments) {
	}

}
