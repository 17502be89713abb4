package org.innograph.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.innograph.entity.Entities.Located;
import org.innograph.filter.Inputs.EntityWhere;
import org.innograph.source.Provenance;
import org.innograph.source.Source;
import org.innograph.system.Batches.Keyed;
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
 * Entities and their place in the hierarchy. Every parent → children field is a batch
 * mapping: one round trip per field for all the parents of a request.
 */
@Controller
class EntityController {

	private final Entities entities;

	private final Provenance provenance;

	EntityController(Entities entities, Provenance provenance, BatchLoaderRegistry loaders) {
		this.entities = entities;
		this.provenance = provenance;
		loaders.<Keyed<Located>, List<EntityNode>>forName("located")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> perArguments(keys, entities::located)));
	}

	@QueryMapping
	@Nullable EntityNode entity(@Argument String id) {
		return this.entities.byId(InvalidArgumentException.requireText("id", id)).orElse(null);
	}

	@QueryMapping
	@Nullable EntityNode city(@Argument String name) {
		var found = this.entities.byName(InvalidArgumentException.requireText("name", name), "City");
		return found.isEmpty() ? null : found.getFirst();
	}

	@QueryMapping
	List<EntityNode> entitiesByName(@Argument String name, @Argument @Nullable String kind) {
		return this.entities.byName(InvalidArgumentException.requireText("name", name), kind);
	}

	@BatchMapping(typeName = "Entity", field = "sources")
	Map<EntityNode, List<Source>> sources(List<EntityNode> entities) {
		return byParent(entities, EntityNode::id, this.provenance.sourcesOf(ids(entities)));
	}

	@SchemaMapping(typeName = "Province", field = "cities")
	CompletableFuture<List<EntityNode>> citiesOfProvince(EntityNode province, @Argument @Nullable EntityWhere where,
			DataLoader<Keyed<Located>, List<EntityNode>> located) {
		return located.load(new Keyed<>(province.id(), new Located("City", false, where)));
	}

	@SchemaMapping(typeName = "City", field = "counties")
	CompletableFuture<List<EntityNode>> countiesOfCity(EntityNode city, @Argument @Nullable EntityWhere where,
			DataLoader<Keyed<Located>, List<EntityNode>> located) {
		return located.load(new Keyed<>(city.id(), new Located("County", false, where)));
	}

	@SchemaMapping(typeName = "City", field = "highTechZones")
	CompletableFuture<List<EntityNode>> highTechZonesOfCity(EntityNode city, @Argument @Nullable EntityWhere where,
			DataLoader<Keyed<Located>, List<EntityNode>> located) {
		return located.load(new Keyed<>(city.id(), new Located("HighTechZone", false, where)));
	}

	@SchemaMapping(typeName = "City", field = "laboratories")
	CompletableFuture<List<EntityNode>> laboratoriesOfCity(EntityNode city, @Argument @Nullable EntityWhere where,
			DataLoader<Keyed<Located>, List<EntityNode>> located) {
		return located.load(new Keyed<>(city.id(), new Located("Laboratory", false, where)));
	}

	@SchemaMapping(typeName = "InnovationZone", field = "cities")
	CompletableFuture<List<EntityNode>> citiesOfZone(EntityNode zone, @Argument @Nullable EntityWhere where,
			DataLoader<Keyed<Located>, List<EntityNode>> located) {
		return located.load(new Keyed<>(zone.id(), new Located("City", true, where)));
	}

	@BatchMapping(typeName = "City", field = "province")
	Map<EntityNode, @Nullable EntityNode> provinceOfCity(List<EntityNode> cities) {
		return first(cities, "Province");
	}

	@BatchMapping(typeName = "County", field = "city")
	Map<EntityNode, @Nullable EntityNode> cityOfCounty(List<EntityNode> counties) {
		return first(counties, "City");
	}

	@BatchMapping(typeName = "HighTechZone", field = "city")
	Map<EntityNode, @Nullable EntityNode> cityOfZone(List<EntityNode> zones) {
		return first(zones, "City");
	}

	@BatchMapping(typeName = "Laboratory", field = "city")
	Map<EntityNode, @Nullable EntityNode> cityOfLaboratory(List<EntityNode> laboratories) {
		return first(laboratories, "City");
	}

	static List<String> ids(Collection<EntityNode> entities) {
		return entities.stream().map(EntityNode::id).distinct().toList();
	}

	/** The place of {@code kind} each entity lies in, or null. */
	private Map<EntityNode, @Nullable EntityNode> first(List<EntityNode> entities, String kind) {
		var byId = this.entities.located(ids(entities), new Located(kind, true, null));
		var result = new HashMap<EntityNode, @Nullable EntityNode>();
		for (var entity : entities) {
			var places = byId.getOrDefault(entity.id(), List.of());
			result.put(entity, places.isEmpty() ? null : places.getFirst());
		}
		return result;
	}

}
