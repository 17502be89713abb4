package org.innograph.fact;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.innograph.entity.Entities;
import org.innograph.entity.EntityNode;
import org.innograph.source.Document;
import org.innograph.source.Provenance;
import org.innograph.source.Source;
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

	FactController(FactRepository facts, Entities entities, Provenance provenance, BatchLoaderRegistry loaders) {
		this.facts = facts;
		this.entities = entities;
		this.provenance = provenance;
		loaders.<RelationsKey, List<Fact>>forName("relations")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> relations(keys)));
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

	@BatchMapping(typeName = "Entity", field = "metrics")
	Map<EntityNode, List<Fact>> metricsOf(List<EntityNode> subjects) {
		return byParent(subjects, EntityNode::id, this.facts.metricsOf(ids(subjects)));
	}

	@BatchMapping(typeName = "Entity", field = "rankings")
	Map<EntityNode, List<Fact>> rankingsOf(List<EntityNode> subjects) {
		return byParent(subjects, EntityNode::id, this.facts.rankingsOf(ids(subjects)));
	}

	@BatchMapping(typeName = "Entity", field = "designations")
	Map<EntityNode, List<Fact>> designationsOf(List<EntityNode> holders) {
		return byParent(holders, EntityNode::id, this.facts.designationsOf(ids(holders)));
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

	@BatchMapping(typeName = "Fact", field = "sources")
	Map<Fact, List<Source>> sources(List<Fact> facts) {
		return byParent(facts, Fact::id, this.provenance.sourcesOf(facts.stream().map(Fact::id).distinct().toList()));
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
