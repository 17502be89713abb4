package org.innograph.fact;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.innograph.filter.Conditions;
import org.innograph.filter.Params;
import org.innograph.store.GraphStore;
import org.innograph.store.Values;
import org.innograph.system.ReadAhead;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Reads facts. Each method is one round trip, whatever the number of ids: the queries
 * {@code UNWIND} their ids and return one row per id.
 */
@Repository
public class FactRepository {

	/**
	 * One projection for every fact type, bound to {@code f}, read by
	 * {@link #fact(Value)}.
	 */
	public static final String FACT = projection("f");

	/** The projection of every fact type for a node bound to {@code f}. */
	static String projection(String f) {
		return """
				%1$s { .id, .inferred, .note, .name, .nameEn, .value, .previousValue, .unit, .rawText, .bound, .period,
				    .status, .rank, .list, .listEn, .edition, .publisher, .year, .date, .grantor, .type, .label,
				    factType: [factLabel IN labels(%1$s) WHERE factLabel IN ['Metric', 'Ranking', 'Designation', 'Relation']][0],
				    subjectId: [(%1$s)-[:ABOUT]->(aboutNode) | aboutNode.id][0],
				    awardId: [(%1$s)-[:OF_AWARD]->(awardNode) | awardNode.id][0],
				    grantorId: [(%1$s)-[:GRANTED_BY]->(grantorNode) | grantorNode.id][0],
				    fromId: [(%1$s)-[:FROM]->(fromNode) | fromNode.id][0],
				    toId: [(%1$s)-[:TO]->(toNode) | toNode.id][0] }"""
			.formatted(f);
	}

	private final GraphStore store;

	FactRepository(GraphStore store) {
		this.store = store;
	}

	/** The facts with these ids. */
	public Map<String, Fact> byIds(Collection<String> ids) {
		return this.store.read("""
				UNWIND $ids AS id
				MATCH (f:Fact {id: id})
				RETURN %s AS f
				""".formatted(FACT), Map.of("ids", List.copyOf(ids)), r -> fact(r.get("f")))
			.stream()
			.collect(Collectors.toMap(Fact::id, f -> f));
	}

	Optional<Fact> byId(String id) {
		return this.store.read("""
				MATCH (f:Fact {id: $id})
				RETURN %s AS f
				""".formatted(FACT), Map.of("id", id), r -> fact(r.get("f"))).stream().findFirst();
	}

	/** Metrics of each subject that match, by name and period. */
	Map<String, List<Fact>> metricsOf(Collection<String> subjectIds, FactArguments.Metrics arguments,
			ReadAhead<Fact> along) {
		var conditions = new Conditions(new Params());
		return about(subjectIds, conditions, metricsAbout("subject", arguments, along, conditions), along);
	}

	/** Rankings of each subject that match, by list and newest edition first. */
	Map<String, List<Fact>> rankingsOf(Collection<String> subjectIds, FactArguments.Rankings arguments,
			ReadAhead<Fact> along) {
		var conditions = new Conditions(new Params());
		return about(subjectIds, conditions, rankingsAbout("subject", arguments, along, conditions), along);
	}

	/** Designations of each holder that match, newest first. */
	Map<String, List<Fact>> designationsOf(Collection<String> holderIds, FactArguments.Designations arguments,
			ReadAhead<Fact> along) {
		var conditions = new Conditions(new Params());
		return about(holderIds, conditions, designationsAbout("subject", arguments, along, conditions), along);
	}

	private Map<String, List<Fact>> about(Collection<String> subjectIds, Conditions conditions, String facts,
			ReadAhead<Fact> along) {
		return this.store.read("""
				UNWIND %s AS id
				MATCH (subject:Entity {id: id})
				RETURN id, %s AS facts
				""".formatted(conditions.params().add(List.copyOf(subjectIds)), facts), conditions.params().values(),
				r -> Map.entry(r.get("id").asString(), r.get("facts").asList(v -> alongWith(v, along))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The metrics about the entity bound to {@code subject} that match, by name and
	 * period, as a list of {@code {item, along}} maps read by {@link #alongWith}.
	 */
	static String metricsAbout(String subject, FactArguments.Metrics arguments, ReadAhead<Fact> along,
			Conditions conditions) {
		var f = conditions.fresh("metric");
		return factsAbout(subject, f, "Metric", "%1$s.name, %1$s.period",
				conditions.metric(f, arguments.where()) + " AND " + conditions.metricAsOf(f, arguments.asOf()), along,
				conditions);
	}

	/**
	 * The rankings about the entity bound to {@code subject}, by list and newest edition
	 * first.
	 */
	static String rankingsAbout(String subject, FactArguments.Rankings arguments, ReadAhead<Fact> along,
			Conditions conditions) {
		var f = conditions.fresh("ranking");
		return factsAbout(subject, f, "Ranking", "%1$s.list, %1$s.edition DESC",
				conditions.ranking(f, arguments.where()) + " AND " + conditions.rankingAsOf(f, arguments.asOf()), along,
				conditions);
	}

	/** The designations the entity bound to {@code subject} holds, newest first. */
	static String designationsAbout(String subject, FactArguments.Designations arguments, ReadAhead<Fact> along,
			Conditions conditions) {
		var f = conditions.fresh("designation");
		return factsAbout(subject, f, "Designation", "%1$s.year DESC, %1$s.name",
				conditions.designation(f, arguments.where()) + " AND "
						+ conditions.designationAsOf(f, arguments.asOf()),
				along, conditions);
	}

	// Each list projects the facts before it orders them: ordering nodes by an indexed
	// property and projecting them afterwards trips a planner fault of Neo4j 2026.08
	// ("should not appear non-cached") once the planner prefers the index.
	private static String factsAbout(String subject, String f, String label, String order, String condition,
			ReadAhead<Fact> along, Conditions conditions) {
		var fact = conditions.fresh("fact");
		var children = conditions.fresh("along");
		// label and order come from the fixed calls above; the condition's values are
		// parameters.
		return """
				COLLECT { MATCH (%1$s)<-[:ABOUT]-(%2$s:%3$s)
				  WHERE %4$s
				  WITH %5$s AS %6$s, %7$s AS %8$s
				  ORDER BY %9$s, %6$s.id
				  RETURN {item: %6$s, along: %8$s} }""".formatted(subject, f, label, condition, projection(f), fact,
				along.cypher(f, conditions), children, order.formatted(fact));
	}

	/** Reads an {@code {item, along}} map: the fact, with its children handed over. */
	static Fact alongWith(Value value, ReadAhead<Fact> along) {
		var fact = fact(value.get("item"));
		along.handOver(fact, value.get("along"));
		return fact;
	}

	/** Statistics of the values of each subject's matching metrics. */
	Map<String, List<NumberAggregate>> metricAggregateOf(Collection<String> subjectIds,
			FactArguments.Metrics arguments) {
		var params = new Params();
		return aggregateOf(subjectIds, "Metric", "f.value", params,
				new Conditions(params).metric("f", arguments.where()));
	}

	/** Statistics of each subject's matching ranks. */
	Map<String, List<NumberAggregate>> rankingAggregateOf(Collection<String> subjectIds,
			FactArguments.Rankings arguments) {
		var params = new Params();
		return aggregateOf(subjectIds, "Ranking", "f.rank", params,
				new Conditions(params).ranking("f", arguments.where()));
	}

	private Map<String, List<NumberAggregate>> aggregateOf(Collection<String> subjectIds, String label, String value,
			Params params, String condition) {
		return this.store
			.read("""
					UNWIND %s AS id
					OPTIONAL MATCH (:Entity {id: id})<-[:ABOUT]-(f:%s)
					WHERE %s
					WITH id, %s AS v
					RETURN id, count(v) AS count, min(v) AS min, max(v) AS max, avg(v) AS avg, sum(v) AS sum
					""".formatted(params.add(List.copyOf(subjectIds)), label, condition, value), params.values(),
					r -> Map.entry(r.get("id").asString(),
							List.of(new NumberAggregate(r.get("count").asInt(), Values.decimal(r.get("min")),
									Values.decimal(r.get("max")), Values.decimal(r.get("avg")),
									r.get("count").asInt() == 0 ? null : Values.decimal(r.get("sum"))))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Designations of each award, zone or list entity: who holds it. */
	Map<String, List<Fact>> holdersOf(Collection<String> awardIds) {
		return grouped("""
				UNWIND $ids AS id
				MATCH (:Entity {id: id})<-[:OF_AWARD]-(f:Designation)
				WITH id, %s AS f
				ORDER BY f.year DESC, f.id
				RETURN id, collect(f) AS facts
				""".formatted(FACT), Map.of("ids", List.copyOf(awardIds)));
	}

	/**
	 * Relations of each entity in the given direction, optionally of one type; by type
	 * and id.
	 */
	Map<String, List<Fact>> relationsOf(Collection<String> entityIds, Direction direction, @Nullable String type) {
		var pattern = switch (direction) {
			case OUTGOING -> "(e)<-[:FROM]-(f:Relation)";
			case INCOMING -> "(e)<-[:TO]-(f:Relation)";
			case BOTH -> "(e)<-[:FROM|TO]-(f:Relation)";
		};
		var parameters = new HashMap<String, @Nullable Object>();
		parameters.put("ids", List.copyOf(entityIds));
		parameters.put("type", type);
		return grouped("""
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})
				MATCH %s
				WHERE $type IS NULL OR f.type = $type
				WITH DISTINCT id, f
				WITH id, %s AS f
				ORDER BY f.type, f.id
				RETURN id, collect(f) AS facts
				""".formatted(pattern, FACT), parameters);
	}

	/** Every fact that cites each document, in id order. */
	Map<String, List<Fact>> citing(Collection<String> documentIds) {
		return grouped("""
				UNWIND $ids AS id
				MATCH (:Document {id: id})<-[:IN]-(:Source)<-[:SOURCED_FROM]-(f:Fact)
				WITH DISTINCT id, f
				WITH id, %s AS f
				ORDER BY f.id
				RETURN id, collect(f) AS facts
				""".formatted(FACT), Map.of("ids", List.copyOf(documentIds)));
	}

	/** Metrics of one subject, or of all, by subject, name and period. */
	List<Fact> metrics(@Nullable String subjectId, int first) {
		var parameters = new HashMap<String, @Nullable Object>();
		parameters.put("subjectId", subjectId);
		parameters.put("first", first);
		return this.store.read("""
				MATCH (f:Metric)-[:ABOUT]->(s:Entity)
				WHERE $subjectId IS NULL OR s.id = $subjectId
				WITH f, s ORDER BY s.name, f.name, f.period, f.id
				LIMIT $first
				RETURN %s AS f
				""".formatted(FACT), parameters, r -> fact(r.get("f")));
	}

	private Map<String, List<Fact>> grouped(String cypher, Map<String, ?> parameters) {
		return this.store
			.read(cypher, parameters,
					r -> Map.entry(r.get("id").asString(), r.get("facts").asList(FactRepository::fact)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public static Fact fact(Value f) {
		var id = f.get("id").asString();
		var inferred = Values.flag(f.get("inferred"));
		var note = Values.string(f.get("note"));
		return switch (f.get("factType").asString()) {
			case "Metric" -> new Metric(id, f.get("name").asString(), Values.string(f.get("nameEn")),
					f.get("value").asDouble(), Values.decimal(f.get("previousValue")), f.get("unit").asString(),
					f.get("rawText").asString(), f.get("bound").asString(), Values.string(f.get("period")),
					f.get("status").asString("ACHIEVED"), inferred, note, f.get("subjectId").asString());
			case "Ranking" -> new Ranking(id, f.get("rank").asInt(), f.get("list").asString(),
					Values.string(f.get("listEn")), Values.integer(f.get("edition")), Values.string(f.get("publisher")),
					inferred, note, f.get("subjectId").asString());
			case "Designation" -> new Designation(id, f.get("name").asString(), Values.string(f.get("nameEn")),
					Values.integer(f.get("year")), Values.string(f.get("date")), Values.string(f.get("grantor")),
					inferred, note, f.get("subjectId").asString(), Values.string(f.get("awardId")),
					Values.string(f.get("grantorId")), f.get("status").asString("ACHIEVED"));
			case "Relation" -> new Relation(id, f.get("type").asString(), Values.string(f.get("label")),
					Values.string(f.get("period")), inferred, note, f.get("fromId").asString(),
					f.get("toId").asString());
			default -> throw new IllegalStateException("Unknown fact type of " + id);
		};
	}

}
