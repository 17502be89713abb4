package org.innograph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.entity.EntityNode;
import org.innograph.entity.Vocabulary;
import org.innograph.fact.Fact;
import org.innograph.fact.FactRepository;
import org.innograph.filter.Conditions;
import org.innograph.filter.Inputs.DesignationWhere;
import org.innograph.filter.Inputs.DocumentWhere;
import org.innograph.filter.Inputs.EntityWhere;
import org.innograph.filter.Inputs.MetricWhere;
import org.innograph.filter.Inputs.RankingWhere;
import org.innograph.filter.Params;
import org.innograph.names.NameForms;
import org.innograph.query.Connection.Scope;
import org.innograph.query.Grouping.Group;
import org.innograph.query.Grouping.GroupKeyValue;
import org.innograph.fact.NumberAggregate;
import org.innograph.query.QueryInputs.EntityOrder;
import org.innograph.query.QueryInputs.SortedBy;
import org.innograph.source.Document;
import org.innograph.source.Provenance;
import org.innograph.store.GraphStore;
import org.innograph.store.Values;
import org.innograph.system.ReadAhead;
import org.innograph.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Lists, counts and groups over the whole graph. Each method is one Cypher query: a scope
 * ({@code MATCH} and the compiled filter), then a page, a count, an aggregate or a
 * grouping of it.
 */
@Repository
class QueryRepository {

	private final GraphStore store;

	QueryRepository(GraphStore store) {
		this.store = store;
	}

	Connection<EntityNode> entities(@Nullable String kind, @Nullable EntityWhere where, @Nullable Integer asOf,
			List<EntityOrder> orderBy, PageRequest page, ReadAhead<EntityNode> along) {
		var scope = entityScope(kind, where, asOf);
		var conditions = new Conditions(scope.params());
		var keys = new ArrayList<SortKey>();
		for (var order : orderBy) {
			keys.add(entityKey(order, scope.params(), conditions));
		}
		if (keys.isEmpty()) {
			keys.add(SortKey.text("e.name", false));
		}
		return PageQuery.run(this.store, scope, new Ordering("entities " + orderBy, keys), "e.id",
				EntityNode.PROJECTION, page, EntityNode::from, along);
	}

	Scope entityScope(@Nullable String kind, @Nullable EntityWhere where, @Nullable Integer asOf) {
		var params = new Params();
		var conditions = new Conditions(params);
		var label = "";
		if (kind != null) {
			if (!Vocabulary.KINDS.contains(kind)) {
				throw new InvalidArgumentException("kind",
						"Unknown kind '%s'; one of %s".formatted(kind, Vocabulary.KINDS.stream().sorted().toList()));
			}
			label = ":" + kind;
		}
		var condition = conditions.entity("e", where);
		if (asOf != null) {
			condition = "(%s AND coalesce(toInteger(left(e.established, 4)) <= %s, true))".formatted(condition,
					params.add(asOf));
		}
		// A name given exactly is looked up through the name-key index first.
		if (where != null && where.name() != null && where.name().eq() != null) {
			return new Scope("""
					MATCH (anchor:NameKey)<-[:KNOWN_AS]-(e:Entity%s)
					WHERE anchor.key IN %s
					WITH DISTINCT e WHERE %s""".formatted(label, params.add(NameForms.lookupKeys(where.name().eq())),
					condition), "e", params);
		}
		return new Scope("MATCH (e:Entity%s) WHERE %s".formatted(label, condition), "e", params);
	}

	private static SortKey entityKey(EntityOrder order, Params params, Conditions conditions) {
		var given = (order.field() != null ? 1 : 0) + (order.rank() != null ? 1 : 0) + (order.metric() != null ? 1 : 0);
		if (given != 1) {
			throw new InvalidArgumentException("orderBy",
					"Each orderBy item takes exactly one of field, rank or metric");
		}
		var descending = order.descending();
		if (order.rank() != null) {
			var r = conditions.fresh("r");
			return SortKey.number("""
					COLLECT { MATCH (e)<-[:ABOUT]-(%1$s:Ranking)
					  WHERE (%1$s.list = %2$s OR %1$s.listEn = %2$s) AND (%3$s IS NULL OR %1$s.edition = %3$s)
					  RETURN %1$s.rank ORDER BY %1$s.edition DESC LIMIT 1 }[0]""".formatted(r,
					params.add(order.rank().list()), params.add(order.rank().edition())), descending);
		}
		if (order.metric() != null) {
			var m = conditions.fresh("m");
			return SortKey.number("""
					COLLECT { MATCH (e)<-[:ABOUT]-(%1$s:Metric)
					  WHERE (%1$s.name = %2$s OR %1$s.nameEn = %2$s) AND (%3$s IS NULL OR %1$s.period = %3$s)
					  RETURN %1$s.value ORDER BY %1$s.period DESC LIMIT 1 }[0]""".formatted(m,
					params.add(order.metric().name()), params.add(order.metric().period())), descending);
		}
		return SortKey.text(switch (order.field()) {
			case NAME -> "e.name";
			case ID -> "e.id";
			case KIND -> "e.kind";
			case LEVEL -> "e.level";
			case CATEGORY -> "e.category";
			case ADMIN_CODE -> "e.adminCode";
			case ESTABLISHED -> "e.established";
		}, descending);
	}

	Connection<Fact> metrics(@Nullable MetricWhere where, @Nullable Integer asOf, List<SortedBy> orderBy,
			PageRequest page, ReadAhead<Fact> along) {
		var scope = metricScope(where, asOf);
		return facts(scope, "metrics", orderBy, List.of("SUBJECT_NAME", "NAME", "PERIOD"),
				Map.of("VALUE", SortKey.number("f.value", false), "NAME", SortKey.text("f.name", false), "PERIOD",
						SortKey.text("f.period", false), "UNIT", SortKey.text("f.unit", false), "SUBJECT_NAME",
						SortKey.subjectName()),
				page, along);
	}

	Scope metricScope(@Nullable MetricWhere where, @Nullable Integer asOf) {
		var params = new Params();
		var conditions = new Conditions(params);
		var name = (where != null && where.name() != null) ? where.name().eq() : null;
		// A name given exactly is sought through the indexes, and not checked again.
		var rest = (name != null) ? where.withName(where.name().withoutEq()) : where;
		return factScope("Metric", conditions.metric("f", rest), conditions.metricAsOf("f", asOf), params,
				named("Metric", "name", "nameEn", name, params));
	}

	Connection<Fact> rankings(@Nullable RankingWhere where, @Nullable Integer asOf, List<SortedBy> orderBy,
			PageRequest page, ReadAhead<Fact> along) {
		var scope = rankingScope(where, asOf);
		return facts(scope, "rankings", orderBy, List.of("LIST", "EDITION:DESC", "RANK"),
				Map.of("RANK", SortKey.number("f.rank", false), "EDITION", SortKey.number("f.edition", false), "LIST",
						SortKey.text("f.list", false), "PUBLISHER", SortKey.text("f.publisher", false), "SUBJECT_NAME",
						SortKey.subjectName()),
				page, along);
	}

	Scope rankingScope(@Nullable RankingWhere where, @Nullable Integer asOf) {
		var params = new Params();
		var conditions = new Conditions(params);
		var list = (where != null && where.list() != null) ? where.list().eq() : null;
		// A list given exactly is sought through the indexes, and not checked again.
		var rest = (list != null) ? where.withList(where.list().withoutEq()) : where;
		return factScope("Ranking", conditions.ranking("f", rest), conditions.rankingAsOf("f", asOf), params,
				named("Ranking", "list", "listEn", list, params));
	}

	Connection<Fact> designations(@Nullable DesignationWhere where, @Nullable Integer asOf, List<SortedBy> orderBy,
			PageRequest page, ReadAhead<Fact> along) {
		var scope = designationScope(where, asOf);
		return facts(scope, "designations", orderBy, List.of("YEAR:DESC", "NAME"),
				Map.of("NAME", SortKey.text("f.name", false), "YEAR", SortKey.number("f.year", false), "GRANTOR",
						SortKey.text("f.grantor", false), "HOLDER_NAME", SortKey.subjectName()),
				page, along);
	}

	Scope designationScope(@Nullable DesignationWhere where, @Nullable Integer asOf) {
		var params = new Params();
		var conditions = new Conditions(params);
		return factScope("Designation", conditions.designation("f", where), conditions.designationAsOf("f", asOf),
				params, null);
	}

	/**
	 * The facts of one type that match, each bound to {@code f}; its subject {@code s} is
	 * matched when a key needs it.
	 */
	private static Scope factScope(String label, String condition, String asOf, Params params,
			@Nullable String anchor) {
		var match = (anchor != null) ? anchor + " WITH f" : "MATCH (f:%s)".formatted(label);
		return new Scope("%s WHERE %s AND %s".formatted(match, condition, asOf), "f", params,
				"MATCH (f)-[:ABOUT]->(s:Entity)");
	}

	/**
	 * The facts whose name (or list) is given exactly, in either its own or its English
	 * form: a seek of each property's index, the second leaving out what the first found.
	 * The planner's own plan for the {@code OR} of both seeks removes duplicates from all
	 * rows, which on a long ranked list costs a fifth of the query.
	 */
	private static @Nullable String named(String label, String property, String english, @Nullable String value,
			Params params) {
		if (value == null) {
			return null;
		}
		var given = params.add(value);
		return """
				CALL () {
				  MATCH (f:%1$s) WHERE f.%2$s = %4$s RETURN f
				  UNION ALL
				  MATCH (f:%1$s) WHERE f.%3$s = %4$s AND coalesce(f.%2$s <> %4$s, true) RETURN f
				}""".formatted(label, property, english, given);
	}

	Connection<Document> documents(@Nullable DocumentWhere where, List<SortedBy> orderBy, PageRequest page) {
		var params = new Params();
		var scope = new Scope("MATCH (d:Document) WHERE " + new Conditions(params).document("d", where), "d", params);
		var keys = keys(orderBy, List.of("ROLE:DESC", "PUBLISHED_AT"),
				Map.of("PUBLISHED_AT", SortKey.text("d.publishedAt", false), "TITLE", SortKey.text("d.title", false),
						"ROLE", SortKey.text("d.role", false)));
		return PageQuery.run(this.store, scope, new Ordering("documents " + orderBy, keys), "d.id", Provenance.DOCUMENT,
				page, Provenance::document, ReadAhead.nothing());
	}

	private Connection<Fact> facts(Scope scope, String list, List<SortedBy> orderBy, List<String> defaults,
			Map<String, SortKey> available, PageRequest page, ReadAhead<Fact> along) {
		var keys = keys(orderBy, defaults, available);
		var sorted = scope.withSubject(keys.stream().anyMatch(SortKey::subject));
		return PageQuery.run(this.store, sorted, new Ordering(list + " " + orderBy, keys), "f.id", FactRepository.FACT,
				page, FactRepository::fact, along);
	}

	private static List<SortKey> keys(List<SortedBy> orderBy, List<String> defaults, Map<String, SortKey> available) {
		var chosen = orderBy;
		if (chosen.isEmpty()) {
			chosen = defaults.stream().map(d -> {
				var parts = d.split(":");
				return new SortedBy(parts[0], parts.length > 1 ? "DESC" : "ASC");
			}).toList();
		}
		return chosen.stream().map(order -> {
			var key = available.get(order.field());
			return key.descending(order.descending());
		}).toList();
	}

	int count(Scope scope) {
		return this.store
			.read(scope.match() + "\nRETURN count(*) AS n", scope.params().values(), r -> r.get("n").asInt())
			.getFirst();
	}

	/**
	 * The aggregate of a value over the scope, computing only the statistics asked for.
	 * @param wanted which of {@link #STATISTICS} to compute; the others are null
	 */
	NumberAggregate aggregate(Scope scope, String value, Set<String> wanted) {
		return this.store
			.read("""
					%s
					WITH %s AS v
					WITH count(v) AS count%s
					RETURN count, %s
					""".formatted(scope.match(), value, computed(wanted), returned(wanted)), scope.params().values(),
					r -> aggregate(r.get("count"), r.get("min"), r.get("max"), r.get("avg"), r.get("sum")))
			.getFirst();
	}

	/**
	 * Counts the scope's items by one or more keys, largest group first.
	 * @param keys each key's name and its expressions
	 * @param value the expression to aggregate per group, or null
	 */
	List<Group> groupBy(Scope all, Map<String, GroupKeys.Key> keys, @Nullable String value, Set<String> wanted) {
		var scope = all.withSubject(keys.values().stream().anyMatch(GroupKeys.Key::subject));
		var names = List.copyOf(keys.keySet());
		var perItem = new ArrayList<String>();
		var grouping = new ArrayList<String>();
		var groupKey = new ArrayList<String>();
		var order = new ArrayList<String>(List.of("count DESC"));
		var unwind = new StringBuilder();
		for (int i = 0; i < names.size(); i++) {
			var key = keys.get(names.get(i));
			grouping.add("group" + i);
			if (key.map()) {
				// An item counts under each entity it lies in, or under null if none.
				perItem.add("%s AS groups%d".formatted(key.group(), i));
				unwind.append("UNWIND CASE WHEN size(groups%1$d) = 0 THEN [null] ELSE groups%1$d END AS group%1$d\n"
					.formatted(i));
				groupKey.add("group" + i);
			}
			else if (key.display() != null) {
				perItem.add("%s AS group%d".formatted(key.group(), i));
				perItem.add("%s AS display%d".formatted(key.display(), i));
				grouping.add("min(display%1$d) AS display%1$d".formatted(i));
				groupKey.add("{value: toString(group%1$d), display: display%1$d}".formatted(i));
			}
			else {
				perItem.add("%s AS group%d".formatted(key.group(), i));
				groupKey.add("{value: toString(group%1$d), display: toString(group%1$d)}".formatted(i));
			}
			order.add("toString(groupKey[%d].value)".formatted(i));
		}
		// Without a value there is nothing but the count to compute.
		var statistics = (value != null) ? wanted : Set.<String>of();
		var cypher = """
				%s
				WITH %s, %s AS v
				%sWITH %s, count(*) AS count%s
				RETURN [%s] AS groupKey, count, %s
				ORDER BY %s
				""".formatted(scope.match(), String.join(", ", perItem), value == null ? "null" : value, unwind,
				String.join(", ", grouping), computed(statistics), String.join(", ", groupKey), returned(statistics),
				String.join(", ", order));
		return this.store.read(cypher, scope.params().values(), r -> {
			var found = r.get("groupKey");
			var values = new ArrayList<GroupKeyValue>();
			for (int i = 0; i < names.size(); i++) {
				var key = found.get(i);
				values.add(new GroupKeyValue(names.get(i), key.isNull() ? null : Values.string(key.get("value")),
						key.isNull() ? null : Values.string(key.get("display"))));
			}
			return new Group(values, r.get("count").asInt(), value == null ? null
					: aggregate(r.get("count"), r.get("min"), r.get("max"), r.get("avg"), r.get("sum")));
		});
	}

	/** The statistics an aggregate offers besides its count. */
	static final List<String> STATISTICS = List.of("min", "max", "avg", "sum");

	private static String computed(Set<String> wanted) {
		return STATISTICS.stream()
			.filter(wanted::contains)
			.map(statistic -> ", %1$s(v) AS %1$s".formatted(statistic))
			.collect(Collectors.joining());
	}

	/** Each statistic, null where it was not asked for and not computed. */
	private static String returned(Set<String> wanted) {
		return STATISTICS.stream()
			.map(statistic -> wanted.contains(statistic) ? statistic : "null AS " + statistic)
			.collect(Collectors.joining(", "));
	}

	private static NumberAggregate aggregate(Value count, Value min, Value max, Value avg, Value sum) {
		return new NumberAggregate(count.asInt(), Values.decimal(min), Values.decimal(max), Values.decimal(avg),
				count.asInt() == 0 ? null : Values.decimal(sum));
	}

}
