package org.innograph.filter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;

import org.innograph.filter.Inputs.DesignationListFilter;
import org.innograph.filter.Inputs.DesignationWhere;
import org.innograph.filter.Inputs.DocumentWhere;
import org.innograph.filter.Inputs.EntityListFilter;
import org.innograph.filter.Inputs.EntityWhere;
import org.innograph.filter.Inputs.MetricListFilter;
import org.innograph.filter.Inputs.MetricWhere;
import org.innograph.filter.Inputs.RankingListFilter;
import org.innograph.filter.Inputs.RankingWhere;
import org.innograph.filter.Inputs.StringFilter;
import org.innograph.names.NameForms;
import org.jspecify.annotations.Nullable;

/**
 * Compiles filter inputs to Cypher predicates over a bound variable. Property names come
 * from this class, never from a client; every value becomes a parameter. An empty filter
 * compiles to {@code true}. Relationship filters become {@code EXISTS} subqueries:
 * {@code some} one that matches, {@code none} none that matches, {@code all} none that
 * does not match. A filter may nest {@value #MAX_DEPTH} levels of filter objects (AND, OR
 * and NOT included), hold {@value #MAX_FILTERS} of them in all, and put relationship
 * filters inside each other {@value #MAX_RELATION_DEPTH} deep: beyond that it is refused
 * with {@link FilterTooComplex} before the store sees it. The conditions on one
 * property's value are {@link PropertyConditions}'.
 */
public final class Conditions {

	/** The deepest nesting of filter objects. */
	public static final int MAX_DEPTH = 8;

	/** The most filter objects in one filter. */
	public static final int MAX_FILTERS = 100;

	/** The deepest nesting of relationship filters. */
	public static final int MAX_RELATION_DEPTH = 3;

	private final Params params;

	private final PropertyConditions properties;

	private int variables;

	private int depth;

	private int filters;

	private int relationDepth;

	public Conditions(Params params) {
		this.params = params;
		this.properties = new PropertyConditions(params);
	}

	/** The parameters of the query these conditions belong to. */
	public Params params() {
		return this.params;
	}

	public String entity(String e, @Nullable EntityWhere where) {
		return (where == null) ? "true" : nested(() -> entityConditions(e, where));
	}

	private String entityConditions(String e, EntityWhere where) {
		var parts = new ArrayList<String>();
		this.properties.id(parts, e + ".id", where.id());
		if (where.name() != null) {
			parts.add(nameForms(e, where.name()));
		}
		this.properties.string(parts, List.of(e + ".kind"), where.kind());
		this.properties.string(parts, List.of(e + ".level"), where.level());
		this.properties.string(parts, List.of(e + ".category"), where.category());
		this.properties.string(parts, List.of(e + ".adminCode"), where.adminCode());
		this.properties.string(parts, List.of(e + ".established"), where.established());
		if (where.locatedIn() != null) {
			var place = fresh("place");
			parts.add("EXISTS { MATCH (%s)-[:LOCATED_IN*1..3]->(%s:Entity) WHERE %s }".formatted(e, place,
					inside(() -> entity(place, where.locatedIn()))));
		}
		list(parts, where.located(), "(%s)<-[:LOCATED_IN]-(%s:Entity)".formatted(e, "%s"), this::entity,
				EntityListFilter::some, EntityListFilter::none, EntityListFilter::all);
		list(parts, where.metrics(), "(%s)<-[:ABOUT]-(%s:Metric)".formatted(e, "%s"), this::metric,
				MetricListFilter::some, MetricListFilter::none, MetricListFilter::all);
		list(parts, where.rankings(), "(%s)<-[:ABOUT]-(%s:Ranking)".formatted(e, "%s"), this::ranking,
				RankingListFilter::some, RankingListFilter::none, RankingListFilter::all);
		list(parts, where.designations(), "(%s)<-[:ABOUT]-(%s:Designation)".formatted(e, "%s"), this::designation,
				DesignationListFilter::some, DesignationListFilter::none, DesignationListFilter::all);
		combine(parts, e, where.AND(), where.OR(), where.NOT(), this::entity);
		return and(parts);
	}

	public String metric(String f, @Nullable MetricWhere where) {
		return (where == null) ? "true" : nested(() -> metricConditions(f, where));
	}

	private String metricConditions(String f, MetricWhere where) {
		var parts = new ArrayList<String>();
		this.properties.id(parts, f + ".id", where.id());
		this.properties.string(parts, List.of(f + ".name", f + ".nameEn"), where.name());
		this.properties.number(parts, f + ".value", where.value());
		this.properties.string(parts, List.of(f + ".unit"), where.unit());
		this.properties.string(parts, List.of(f + ".bound"), where.bound());
		this.properties.string(parts, List.of(f + ".period"), where.period());
		this.properties.integer(parts, "toInteger(left(%s.period, 4))".formatted(f), where.year());
		this.properties.string(parts, List.of("coalesce(%s.status, 'ACHIEVED')".formatted(f)), where.status());
		this.properties.inferred(parts, f, where.inferred());
		related(parts, "(%s)-[:ABOUT]->(%s:Entity)", f, where.subject());
		combine(parts, f, where.AND(), where.OR(), where.NOT(), this::metric);
		return and(parts);
	}

	public String ranking(String f, @Nullable RankingWhere where) {
		return (where == null) ? "true" : nested(() -> rankingConditions(f, where));
	}

	private String rankingConditions(String f, RankingWhere where) {
		var parts = new ArrayList<String>();
		this.properties.id(parts, f + ".id", where.id());
		this.properties.integer(parts, f + ".rank", where.rank());
		this.properties.string(parts, List.of(f + ".list", f + ".listEn"), where.list());
		this.properties.integer(parts, f + ".edition", where.edition());
		this.properties.string(parts, List.of(f + ".publisher"), where.publisher());
		if (where.latest() != null) {
			var newer = fresh("newer");
			var latest = "NOT EXISTS { MATCH (%1$s)-[:ABOUT]->(:Entity)<-[:ABOUT]-(%2$s:Ranking) WHERE %2$s.list = %1$s.list AND %2$s.edition > %1$s.edition }"
				.formatted(f, newer);
			parts.add(where.latest() ? latest : "NOT " + latest);
		}
		this.properties.inferred(parts, f, where.inferred());
		related(parts, "(%s)-[:ABOUT]->(%s:Entity)", f, where.subject());
		combine(parts, f, where.AND(), where.OR(), where.NOT(), this::ranking);
		return and(parts);
	}

	public String designation(String f, @Nullable DesignationWhere where) {
		return (where == null) ? "true" : nested(() -> designationConditions(f, where));
	}

	private String designationConditions(String f, DesignationWhere where) {
		var parts = new ArrayList<String>();
		this.properties.id(parts, f + ".id", where.id());
		this.properties.string(parts, List.of(f + ".name", f + ".nameEn"), where.name());
		this.properties.integer(parts, f + ".year", where.year());
		this.properties.string(parts, List.of(f + ".grantor"), where.grantor());
		this.properties.string(parts, List.of("coalesce(%s.status, 'ACHIEVED')".formatted(f)), where.status());
		this.properties.inferred(parts, f, where.inferred());
		related(parts, "(%s)-[:ABOUT]->(%s:Entity)", f, where.holder());
		combine(parts, f, where.AND(), where.OR(), where.NOT(), this::designation);
		return and(parts);
	}

	public String document(String d, @Nullable DocumentWhere where) {
		return (where == null) ? "true" : nested(() -> documentConditions(d, where));
	}

	private String documentConditions(String d, DocumentWhere where) {
		var parts = new ArrayList<String>();
		this.properties.id(parts, d + ".id", where.id());
		this.properties.string(parts, List.of(d + ".title", d + ".titleZhHans"), where.title());
		this.properties.string(parts, List.of(d + ".publisher"), where.publisher());
		this.properties.string(parts, List.of(d + ".publishedAt"), where.publishedAt());
		this.properties.string(parts, List.of(d + ".role"), where.role());
		this.properties.string(parts, List.of(d + ".kind"), where.kind());
		combine(parts, d, where.AND(), where.OR(), where.NOT(), this::document);
		return and(parts);
	}

	/**
	 * The metrics valid in a year: of each subject's metric, the newest whose period does
	 * not end after the year. {@code true} when no year is given.
	 */
	public String metricAsOf(String f, @Nullable Integer year) {
		if (year == null) {
			return "true";
		}
		var y = this.params.add(year);
		var newer = fresh("newer");
		return """
				(toInteger(left(%1$s.period, 4)) <= %2$s AND NOT EXISTS { MATCH (%1$s)-[:ABOUT]->(:Entity)<-[:ABOUT]-(%3$s:Metric)
				  WHERE %3$s.name = %1$s.name AND %3$s.period > %1$s.period AND toInteger(left(%3$s.period, 4)) <= %2$s })"""
			.formatted(f, y, newer);
	}

	/**
	 * The rankings valid in a year: of each subject's list, the newest edition not after
	 * the year. {@code true} when no year is given.
	 */
	public String rankingAsOf(String f, @Nullable Integer year) {
		if (year == null) {
			return "true";
		}
		var y = this.params.add(year);
		var newer = fresh("newer");
		return """
				(%1$s.edition <= %2$s AND NOT EXISTS { MATCH (%1$s)-[:ABOUT]->(:Entity)<-[:ABOUT]-(%3$s:Ranking)
				  WHERE %3$s.list = %1$s.list AND %3$s.edition > %1$s.edition AND %3$s.edition <= %2$s })"""
			.formatted(f, y, newer);
	}

	/** The designations held in a year: granted in it or before. */
	public String designationAsOf(String f, @Nullable Integer year) {
		if (year == null) {
			return "true";
		}
		return "coalesce(%s.year <= %s, false)".formatted(f, this.params.add(year));
	}

	/** A fresh variable name for a subquery. */
	public String fresh(String base) {
		return base + this.variables++;
	}

	/**
	 * The name filter matches any name form through the name keys: an equal key for
	 * {@code eq} and {@code in}, a key containing or starting with the folded text for
	 * {@code contains} and {@code startsWith}. Order comparisons use the canonical name.
	 */
	private String nameForms(String e, StringFilter filter) {
		var parts = new ArrayList<String>();
		if (filter.eq() != null) {
			parts.add(hasKey(e, "IN " + this.params.add(NameForms.lookupKeys(filter.eq()))));
		}
		if (filter.ne() != null) {
			parts.add("NOT " + hasKey(e, "IN " + this.params.add(NameForms.lookupKeys(filter.ne()))));
		}
		if (filter.in() != null) {
			var keys = new LinkedHashSet<String>();
			filter.in().forEach(name -> keys.addAll(NameForms.lookupKeys(name)));
			parts.add(hasKey(e, "IN " + this.params.add(List.copyOf(keys))));
		}
		if (filter.contains() != null) {
			parts.add(hasKey(e, "CONTAINS " + this.params.add(NameForms.key(filter.contains()))));
		}
		if (filter.startsWith() != null) {
			parts.add(hasKey(e, "STARTS WITH " + this.params.add(NameForms.key(filter.startsWith()))));
		}
		this.properties.compare(parts, e + ".name", ">", filter.gt());
		this.properties.compare(parts, e + ".name", ">=", filter.gte());
		this.properties.compare(parts, e + ".name", "<", filter.lt());
		this.properties.compare(parts, e + ".name", "<=", filter.lte());
		return and(parts);
	}

	private String hasKey(String e, String keyCondition) {
		var k = fresh("key");
		return "EXISTS { MATCH (%s)-[:KNOWN_AS]->(%s:NameKey) WHERE %s.key %s }".formatted(e, k, k, keyCondition);
	}

	private void related(List<String> parts, String pattern, String f, @Nullable EntityWhere where) {
		if (where != null) {
			var entity = fresh("entity");
			parts.add("EXISTS { MATCH %s WHERE %s }".formatted(pattern.formatted(f, entity),
					inside(() -> entity(entity, where))));
		}
	}

	private <F, W> void list(List<String> parts, @Nullable F filter, String pattern,
			BiFunction<String, @Nullable W, String> condition, java.util.function.Function<F, @Nullable W> some,
			java.util.function.Function<F, @Nullable W> none, java.util.function.Function<F, @Nullable W> all) {
		if (filter == null) {
			return;
		}
		if (some.apply(filter) != null) {
			var x = fresh("x");
			parts.add("EXISTS { MATCH %s WHERE %s }".formatted(pattern.formatted(x),
					inside(() -> condition.apply(x, some.apply(filter)))));
		}
		if (none.apply(filter) != null) {
			var x = fresh("x");
			parts.add("NOT EXISTS { MATCH %s WHERE %s }".formatted(pattern.formatted(x),
					inside(() -> condition.apply(x, none.apply(filter)))));
		}
		if (all.apply(filter) != null) {
			var x = fresh("x");
			parts.add("NOT EXISTS { MATCH %s WHERE NOT coalesce(%s, false) }".formatted(pattern.formatted(x),
					inside(() -> condition.apply(x, all.apply(filter)))));
		}
	}

	private <W> void combine(List<String> parts, String variable, @Nullable List<W> and, @Nullable List<W> or,
			@Nullable W not, BiFunction<String, @Nullable W, String> condition) {
		if (and != null && !and.isEmpty()) {
			parts.add(and(and.stream().map(w -> condition.apply(variable, w)).toList()));
		}
		if (or != null && !or.isEmpty()) {
			parts.add("(" + String.join(" OR ", or.stream().map(w -> "(" + condition.apply(variable, w) + ")").toList())
					+ ")");
		}
		if (not != null) {
			parts.add("NOT coalesce(" + condition.apply(variable, not) + ", false)");
		}
	}

	/** Compiles one filter object, one level deeper, counting it against the limits. */
	private String nested(java.util.function.Supplier<String> condition) {
		if (++this.depth > MAX_DEPTH) {
			throw new FilterTooComplex("depth",
					"The filter nests more than %d levels (AND, OR and NOT count); flatten it".formatted(MAX_DEPTH));
		}
		if (++this.filters > MAX_FILTERS) {
			throw new FilterTooComplex("conditions",
					"The filter holds more than %d filter objects; ask in several requests, or use 'in'"
						.formatted(MAX_FILTERS));
		}
		try {
			return condition.get();
		}
		finally {
			this.depth--;
		}
	}

	/** Compiles a relationship filter's inner condition, one level deeper. */
	private String inside(java.util.function.Supplier<String> condition) {
		if (++this.relationDepth > MAX_RELATION_DEPTH) {
			throw new FilterTooComplex("relationDepth",
					"The filter puts relationship filters (locatedIn, located, metrics, rankings, designations, subject) "
							+ "inside each other more than %d deep".formatted(MAX_RELATION_DEPTH));
		}
		try {
			return condition.get();
		}
		finally {
			this.relationDepth--;
		}
	}

	private static String and(List<String> parts) {
		var real = parts.stream().filter(p -> !p.equals("true")).toList();
		if (real.isEmpty()) {
			return "true";
		}
		return real.size() == 1 ? real.getFirst() : "(" + String.join(" AND ", real) + ")";
	}

}
