package org.innograph.fact;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.innograph.entity.Entities;
import org.innograph.entity.EntityNode;
import org.innograph.source.Document;
import org.innograph.source.Provenance;
import org.innograph.source.Source;
import org.innograph.filter.Inputs.MetricWhere;
import org.innograph.filter.Inputs.RankingWhere;
import org.innograph.filter.Inputs.StringFilter;
import org.innograph.lookahead.Lookahead;
import org.innograph.system.Batches.ParentKey;
import org.innograph.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static org.innograph.system.Batches.byParent;
import static org.innograph.system.Batches.perArguments;

/**
 * Facts and the entities and sources they link. Every parent → children field is loaded
 * in one round trip for all the parents of a request; {@code relations}, which takes
 * arguments, goes through a data loader keyed by entity and arguments, so that it costs
 * one round trip per distinct set of arguments.
 */
@Controller
class FactController {

	static final int DEFAULT_METRICS = 100;

	static final int MAX_METRICS = 1000;

	private final FactRepository facts;

	private final Entities entities;

	private final Provenance provenance;

	private final Lookahead lookahead;

	FactController(FactRepository facts, Entities entities, Provenance provenance, Lookahead lookahead,
			BatchLoaderRegistry loaders) {
		this.lookahead = lookahead;
		this.facts = facts;
		this.entities = entities;
		this.provenance = provenance;
		loaders.<RelationsKey, List<Fact>>forName("relations")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> relations(keys)));
		loaders.<ParentKey<FactArguments.Metrics>, List<Fact>>forName(FactFields.METRICS.loader())
			.registerMappedBatchLoader(
					(keys, env) -> Mono.fromSupplier(() -> perArguments(keys, env, facts::metricsOf)));
		loaders.<ParentKey<FactArguments.Rankings>, List<Fact>>forName(FactFields.RANKINGS.loader())
			.registerMappedBatchLoader(
					(keys, env) -> Mono.fromSupplier(() -> perArguments(keys, env, facts::rankingsOf)));
		loaders.<ParentKey<FactArguments.Metrics>, List<NumberAggregate>>forName("metricAggregateOf")
			.registerMappedBatchLoader(
					(keys, env) -> Mono.fromSupplier(() -> perArguments(keys, facts::metricAggregateOf)));
		loaders.<ParentKey<FactArguments.Rankings>, List<NumberAggregate>>forName("rankingAggregateOf")
			.registerMappedBatchLoader(
					(keys, env) -> Mono.fromSupplier(() -> perArguments(keys, facts::rankingAggregateOf)));
		loaders.<ParentKey<FactArguments.Designations>, List<Fact>>forName(FactFields.DESIGNATIONS.loader())
			.registerMappedBatchLoader(
					(keys, env) -> Mono.fromSupplier(() -> perArguments(keys, env, facts::designationsOf)));
		lookahead.register(FactFields.ALL);
	}

	@QueryMapping
	List<Fact> metrics(@Argument @Nullable String subjectId, @Argument @Nullable Integer first) {
		var limit = (first != null) ? first : DEFAULT_METRICS;
		return this.facts.metrics(subjectId, InvalidArgumentException.requireRange("first", limit, 1, MAX_METRICS));
	}

	@QueryMapping
	@Nullable Fact fact(@Argument String id) {
		return this.facts.byId(InvalidArgumentException.requireText("id", id)).orElse(null);
	}

	@SchemaMapping(typeName = "Entity", field = "metrics")
	CompletableFuture<List<Fact>> metricsOf(EntityNode subject, DataFetchingEnvironment env) {
		return this.lookahead.load(FactFields.METRICS, subject, env);
	}

	@SchemaMapping(typeName = "Entity", field = "rankings")
	CompletableFuture<List<Fact>> rankingsOf(EntityNode subject, DataFetchingEnvironment env) {
		return this.lookahead.load(FactFields.RANKINGS, subject, env);
	}

	@SchemaMapping(typeName = "Entity", field = "designations")
	CompletableFuture<List<Fact>> designationsOf(EntityNode holder, DataFetchingEnvironment env) {
		return this.lookahead.load(FactFields.DESIGNATIONS, holder, env);
	}

	@SchemaMapping(typeName = "Entity", field = "metricAggregate")
	CompletableFuture<NumberAggregate> metricAggregateOf(EntityNode subject, @Argument @Nullable MetricWhere where,
			DataLoader<ParentKey<FactArguments.Metrics>, List<NumberAggregate>> metricAggregateOf) {
		return metricAggregateOf.load(new ParentKey<>(subject.id(), new FactArguments.Metrics(where, null)))
			.thenApply(List::getFirst);
	}

	@SchemaMapping(typeName = "Entity", field = "rankingAggregate")
	CompletableFuture<NumberAggregate> rankingAggregateOf(EntityNode subject, @Argument @Nullable RankingWhere where,
			DataLoader<ParentKey<FactArguments.Rankings>, List<NumberAggregate>> rankingAggregateOf) {
		return rankingAggregateOf.load(new ParentKey<>(subject.id(), new FactArguments.Rankings(where, null)))
			.thenApply(List::getFirst);
	}

	@SchemaMapping(typeName = "Entity", field = "rankingSeries")
	CompletableFuture<List<Series.RankingSeries>> rankingSeries(EntityNode subject, @Argument @Nullable String list,
			DataFetchingEnvironment env) {
		return this.lookahead.load(FactFields.RANKINGS, subject, new FactArguments.Rankings(listIs(list), null), env)
			.thenApply(Series::rankings);
	}

	@SchemaMapping(typeName = "Entity", field = "rankChange")
	CompletableFuture<Series.@Nullable RankChange> rankChange(EntityNode subject, @Argument String list,
			@Argument @Nullable Integer from, @Argument @Nullable Integer to, DataFetchingEnvironment env) {
		return this.lookahead.load(FactFields.RANKINGS, subject, new FactArguments.Rankings(listIs(list), null), env)
			.thenApply(rankings -> Series.rankChange(rankings, list, from, to));
	}

	@SchemaMapping(typeName = "Entity", field = "metricSeries")
	CompletableFuture<List<Series.MetricSeries>> metricSeries(EntityNode subject, @Argument @Nullable String name,
			DataFetchingEnvironment env) {
		var where = (name == null) ? null
				: new MetricWhere(null, equal(name), null, null, null, null, null, null, null, null, null, null, null);
		return this.lookahead.load(FactFields.METRICS, subject, new FactArguments.Metrics(where, null), env)
			.thenApply(Series::metrics);
	}

	private static @Nullable RankingWhere listIs(@Nullable String list) {
		return (list == null) ? null
				: new RankingWhere(null, null, equal(list), null, null, null, null, null, null, null, null);
	}

	private static StringFilter equal(String value) {
		return new StringFilter(value, null, null, null, null, null, null, null, null);
	}

	@BatchMapping(typeName = "Award", field = "holders")
	Map<EntityNode, List<Fact>> holdersOf(List<EntityNode> awards) {
		return byParent(awards, EntityNode::id, this.facts.holdersOf(ids(awards)));
	}

	@SchemaMapping(typeName = "Entity", field = "relations")
	CompletableFuture<List<Fact>> relationsOf(EntityNode entity, @Argument @Nullable Direction direction,
			@Argument @Nullable String type, DataLoader<RelationsKey, List<Fact>> relations) {
		return relations.load(new RelationsKey(entity.id(), (direction != null) ? direction : Direction.BOTH, type));
	}

	@BatchMapping(typeName = "Document", field = "facts")
	Map<Document, List<Fact>> citing(List<Document> documents) {
		return byParent(documents, Document::id,
				this.facts.citing(documents.stream().map(Document::id).distinct().toList()));
	}

	@SchemaMapping(typeName = "Fact", field = "sources")
	CompletableFuture<List<Source>> sources(Fact fact, DataFetchingEnvironment env) {
		return this.lookahead.load(FactFields.SOURCES, fact, env);
	}

	@BatchMapping(typeName = "Metric", field = "subject")
	Map<Metric, EntityNode> subjectOfMetric(List<Metric> metrics) {
		return entityOf(metrics, Metric::subjectId);
	}

	@BatchMapping(typeName = "Ranking", field = "subject")
	Map<Ranking, EntityNode> subjectOfRanking(List<Ranking> rankings) {
		return entityOf(rankings, Ranking::subjectId);
	}

	@BatchMapping(typeName = "Designation", field = "holder")
	Map<Designation, EntityNode> holderOfDesignation(List<Designation> designations) {
		return entityOf(designations, Designation::holderId);
	}

	@BatchMapping(typeName = "Designation", field = "award")
	Map<Designation, EntityNode> awardOfDesignation(List<Designation> designations) {
		return entityOf(designations.stream().filter(d -> d.awardId() != null).toList(), Designation::awardId);
	}

	@BatchMapping(typeName = "Designation", field = "grantedBy")
	Map<Designation, EntityNode> grantorOfDesignation(List<Designation> designations) {
		return entityOf(designations.stream().filter(d -> d.grantorId() != null).toList(), Designation::grantorId);
	}

	@BatchMapping(typeName = "Relation", field = "from")
	Map<Relation, EntityNode> fromOfRelation(List<Relation> relations) {
		return entityOf(relations, Relation::fromId);
	}

	@BatchMapping(typeName = "Relation", field = "to")
	Map<Relation, EntityNode> toOfRelation(List<Relation> relations) {
		return entityOf(relations, Relation::toId);
	}

	private Map<RelationsKey, List<Fact>> relations(Set<RelationsKey> keys) {
		var result = new HashMap<RelationsKey, List<Fact>>();
		keys.stream()
			.collect(Collectors.groupingBy(key -> new RelationsKey("", key.direction(), key.type())))
			.forEach((arguments, group) -> {
				var byEntity = this.facts.relationsOf(group.stream().map(RelationsKey::entityId).toList(),
						arguments.direction(), arguments.type());
				group.forEach(key -> result.put(key, byEntity.getOrDefault(key.entityId(), List.of())));
			});
		return result;
	}

	/**
	 * Parents whose entity is missing are left out, which GraphQL reports for non-null
	 * fields.
	 */
	private <P> Map<P, EntityNode> entityOf(List<P> parents, Function<P, @Nullable String> entityId) {
		var byId = this.entities.byIds(parents.stream().map(entityId).distinct().toList());
		var result = new HashMap<P, EntityNode>();
		for (var parent : parents) {
			var entity = byId.get(entityId.apply(parent));
			if (entity != null) {
				result.put(parent, entity);
			}
		}
		return result;
	}

	private static List<String> ids(Collection<EntityNode> entities) {
		return entities.stream().map(EntityNode::id).distinct().toList();
	}

	record RelationsKey(String entityId, Direction direction, @Nullable String type) {
	}

}
