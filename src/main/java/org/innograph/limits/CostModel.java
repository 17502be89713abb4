package org.innograph.limits;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import org.jspecify.annotations.Nullable;

/**
 * The estimated cost of one field, in units of about one field's value: how many times
 * its selections run, and what it makes the store do besides reading its items. The
 * numbers are fitted to the scale-1 graph and checked against measurements by
 * {@code CostModelMeasurementTests}.
 */
final class CostModel {

	private static final List<String> PAGE_ARGUMENTS = List.of("first", "last", "limit");

	/** The page of a connection asked with neither {@code first} nor {@code last}. */
	static final int DEFAULT_PAGE = 20;

	/**
	 * The work of reading or filtering a whole list, in the cost's unit (about one
	 * field's value): at scale 1 a scan of the entities with one condition that needs a
	 * subquery takes about as long as reading a thousand values.
	 */
	static final double SCAN = 1000;

	/** The fields that count or group a whole list, not just its page. */
	private static final Set<String> SCANS = Set.of("totalCount", "aggregate", "groupBy");

	/**
	 * The size assumed for each list that has no page size, generous for the scale-1
	 * graph: a city has about a hundred metric observations, a document cites about fifty
	 * facts, the graph holds a few thousand documents. A list not named here counts as
	 * {@code defaultListSize}.
	 */
	private static final Map<String, Double> LIST_SIZES = Map.ofEntries(Map.entry("metrics", 100.0),
			Map.entry("metricSeries", 10.0), Map.entry("rankingSeries", 3.0), Map.entry("points", 10.0),
			Map.entry("changes", 10.0), Map.entry("rankings", 10.0), Map.entry("relations", 10.0),
			Map.entry("designations", 5.0), Map.entry("holders", 50.0), Map.entry("cities", 10.0),
			Map.entry("counties", 4.0), Map.entry("highTechZones", 2.0), Map.entry("laboratories", 3.0),
			Map.entry("facts", 50.0), Map.entry("documents", 3000.0), Map.entry("groupBy", 20.0),
			Map.entry("sources", 2.0), Map.entry("aliases", 2.0));

	/**
	 * The largest page any field serves: a larger page size is refused by the field
	 * itself, with an error that names its argument, so the cost counts no more than
	 * this.
	 */
	static final double LARGEST_PAGE = 1000;

	private final int defaultListSize;

	CostModel(int defaultListSize) {
		this.defaultListSize = defaultListSize;
	}

	/** What a field's arguments below it bound: items of a page or subgraph, hops. */
	record Bounds(int items, int hops) {

		static final Bounds NONE = new Bounds(0, 0);

	}

	/**
	 * The bounds a field's arguments set for the lists below it: a connection's page, a
	 * neighbourhood's node limit, a path's hops.
	 */
	Bounds ownBounds(String typeName, FieldArguments arguments) {
		if (typeName.endsWith("Connection")) {
			var page = arguments.integer("first");
			page = (page != null) ? page : arguments.integer("last");
			return new Bounds((page != null) ? page : DEFAULT_PAGE, 0);
		}
		if (typeName.equals("Subgraph")) {
			return new Bounds(orDefault(arguments.integer("limit"), 100), 0);
		}
		if (typeName.equals("Path")) {
			return new Bounds(0, orDefault(arguments.integer("maxHops"), 4));
		}
		return Bounds.NONE;
	}

	/**
	 * How many times the field's selections run: its page size, its parent's bound, or
	 * the size assumed for a list without either.
	 */
	double multiplier(String name, GraphQLOutputType type, String parentName, FieldArguments arguments, Bounds bounds) {
		if (!isList(type)) {
			// A connection's or a subgraph's page bounds its lists, not the field.
			return 1;
		}
		for (var page : PAGE_ARGUMENTS) {
			var size = arguments.integer(page);
			if (size != null) {
				return Math.clamp(size, 1, LARGEST_PAGE);
			}
		}
		if (parentName.endsWith("Connection") && (name.equals("edges") || name.equals("nodes"))) {
			return Math.clamp(bounds.items(), 1, LARGEST_PAGE);
		}
		if (parentName.equals("Subgraph")) {
			// Every link among the nodes: about two for each.
			return Math.clamp(bounds.items(), 1, LARGEST_PAGE) * (name.equals("edges") ? 2 : 1);
		}
		if (parentName.equals("Path")) {
			return Math.max(1, bounds.hops() + (name.equals("nodes") ? 1 : 0));
		}
		return LIST_SIZES.getOrDefault(name, (double) this.defaultListSize);
	}

	/**
	 * What a field makes the store do besides reading its items: scanning a whole list to
	 * filter, count, group or sort it, searching, walking a neighbourhood or paths.
	 */
	double work(String name, String typeName, String parentName, FieldArguments arguments, double multiplier) {
		double work = 0;
		var where = arguments.value("where");
		if (where != null) {
			var definition = arguments.definition("where");
			var filter = new FilterWeight(arguments);
			filter.measure(where, (definition != null) ? definition.getType() : null, 1, 0);
			// A root list filters every candidate; a nested one only its own items.
			work += filter.work() * (typeName.endsWith("Connection") ? SCAN : multiplier);
		}
		if (parentName.endsWith("Connection") && SCANS.contains(name)) {
			work += (name.equals("groupBy") ? 3 : 1) * SCAN / 3;
		}
		switch (name) {
			case "search" -> work += SCAN / 2;
			case "neighborhood" ->
				work += 200 * Math.pow(4.5, Math.clamp(orDefault(arguments.integer("depth"), 1), 1, 3) - 1);
			case "path" -> work += 50 * Math.pow(2, Math.clamp(orDefault(arguments.integer("maxHops"), 4), 1, 6));
			case "metrics" -> {
				if (parentName.equals("Query") && arguments.value("subjectId") == null) {
					// Every metric of the graph, sorted.
					work += 8 * SCAN;
				}
			}
			default -> {
			}
		}
		return work;
	}

	private static int orDefault(@Nullable Integer value, int otherwise) {
		return (value != null) ? value : otherwise;
	}

	private static boolean isList(GraphQLType type) {
		var unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		return unwrapped instanceof GraphQLList;
	}

}
