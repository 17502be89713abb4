package org.innograph.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.innograph.source.Provenance;
import org.innograph.source.Source;
import org.innograph.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static org.innograph.system.Batches.byParent;

/**
 * Entities and their place in the hierarchy. Every parent → children field is a batch
 * mapping: one round trip per field for all the parents of a request.
 */
@Controller
class EntityController {

	private final Entities entities;

	private final Provenance provenance;

	EntityController(Entities entities, Provenance provenance) {
		this.entities = entities;
		this.provenance = provenance;
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

	@BatchMapping(typeName = "Province", field = "cities")
	Map<EntityNode, List<EntityNode>> citiesOfProvince(List<EntityNode> provinces) {
		return byParent(provinces, EntityNode::id, this.entities.located(ids(provinces), "City", false));
	}

	@BatchMapping(typeName = "City", field = "province")
	Map<EntityNode, @Nullable EntityNode> provinceOfCity(List<EntityNode> cities) {
		return first(cities, this.entities.located(ids(cities), "Province", true));
	}

	@BatchMapping(typeName = "City", field = "counties")
	Map<EntityNode, List<EntityNode>> countiesOfCity(List<EntityNode> cities) {
		return byParent(cities, EntityNode::id, this.entities.located(ids(cities), "County", false));
	}

	@BatchMapping(typeName = "City", field = "highTechZones")
	Map<EntityNode, List<EntityNode>> highTechZonesOfCity(List<EntityNode> cities) {
		return byParent(cities, EntityNode::id, this.entities.located(ids(cities), "HighTechZone", false));
	}

	@BatchMapping(typeName = "City", field = "laboratories")
	Map<EntityNode, List<EntityNode>> laboratoriesOfCity(List<EntityNode> cities) {
		return byParent(cities, EntityNode::id, this.entities.located(ids(cities), "Laboratory", false));
	}

	@BatchMapping(typeName = "County", field = "city")
	Map<EntityNode, @Nullable EntityNode> cityOfCounty(List<EntityNode> counties) {
		return first(counties, this.entities.located(ids(counties), "City", true));
	}

	@BatchMapping(typeName = "HighTechZone", field = "city")
	Map<EntityNode, @Nullable EntityNode> cityOfZone(List<EntityNode> zones) {
		return first(zones, this.entities.located(ids(zones), "City", true));
	}

	@BatchMapping(typeName = "Laboratory", field = "city")
	Map<EntityNode, @Nullable EntityNode> cityOfLaboratory(List<EntityNode> laboratories) {
		return first(laboratories, this.entities.located(ids(laboratories), "City", true));
	}

	@BatchMapping(typeName = "InnovationZone", field = "cities")
	Map<EntityNode, List<EntityNode>> citiesOfZone(List<EntityNode> zones) {
		return byParent(zones, EntityNode::id, this.entities.located(ids(zones), "City", true));
	}

	static List<String> ids(Collection<EntityNode> entities) {
		return entities.stream().map(EntityNode::id).distinct().toList();
	}

	private static Map<EntityNode, @Nullable EntityNode> first(List<EntityNode> parents,
			Map<String, List<EntityNode>> byId) {
		var result = new java.util.HashMap<EntityNode, @Nullable EntityNode>();
		for (var parent : parents) {
			var related = byId.getOrDefault(parent.id(), List.of());
			result.put(parent, related.isEmpty() ? null : related.getFirst());
		}
		return result;
	}

}
