package org.innograph.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.entity.Entities.Located;
import org.innograph.lookahead.ChildField;
import org.innograph.lookahead.Lookahead;
import org.innograph.source.Provenance;
import org.innograph.source.Source;
import org.innograph.system.ReadAhead;
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

import static org.innograph.system.Batches.perArguments;

/**
 * Entities and their place in the hierarchy. Every parent → children field is a batch
 * mapping: one round trip per field for all the parents of a request.
 */
@Controller
class EntityController {

	private static final ChildField<EntityNode, @Nullable Void, Source> SOURCES = Provenance.sourcesField("Entity",
			EntityNode::id);

	private final Entities entities;

	private final Lookahead lookahead;

	EntityController(Entities entities, Lookahead lookahead, BatchLoaderRegistry loaders) {
		this.lookahead = lookahead;
		this.entities = entities;
		loaders.<ParentKey<Located>, List<EntityNode>>forName(LocatedFields.LOADER)
			.registerMappedBatchLoader(
					(keys, env) -> Mono.fromSupplier(() -> perArguments(keys, env, entities::located)));
		lookahead.register(LocatedFields.ALL);
		lookahead.register(List.of(SOURCES));
	}

	@QueryMapping
	@Nullable EntityNode entity(@Argument String id, DataFetchingEnvironment env) {
		return this.entities.byId(InvalidArgumentException.requireText("id", id), this.lookahead.along(env))
			.orElse(null);
	}

	@QueryMapping
	@Nullable EntityNode city(@Argument String name, DataFetchingEnvironment env) {
		return this.entities
			.firstByName(InvalidArgumentException.requireText("name", name), "City", this.lookahead.along(env))
			.orElse(null);
	}

	@QueryMapping
	List<EntityNode> entitiesByName(@Argument String name, @Argument @Nullable String kind,
			DataFetchingEnvironment env) {
		return this.entities.byName(InvalidArgumentException.requireText("name", name), kind,
				this.lookahead.along(env));
	}

	@SchemaMapping(typeName = "Entity", field = "sources")
	CompletableFuture<List<Source>> sources(EntityNode entity, DataFetchingEnvironment env) {
		return this.lookahead.load(SOURCES, entity, env);
	}

	@SchemaMapping(typeName = "Province", field = "cities")
	CompletableFuture<List<EntityNode>> citiesOfProvince(EntityNode province, DataFetchingEnvironment env) {
		return this.lookahead.load(LocatedFields.CITIES_OF_PROVINCE, province, env);
	}

	@SchemaMapping(typeName = "City", field = "counties")
	CompletableFuture<List<EntityNode>> countiesOfCity(EntityNode city, DataFetchingEnvironment env) {
		return this.lookahead.load(LocatedFields.COUNTIES_OF_CITY, city, env);
	}

	@SchemaMapping(typeName = "City", field = "highTechZones")
	CompletableFuture<List<EntityNode>> highTechZonesOfCity(EntityNode city, DataFetchingEnvironment env) {
		return this.lookahead.load(LocatedFields.HIGH_TECH_ZONES_OF_CITY, city, env);
	}

	@SchemaMapping(typeName = "City", field = "laboratories")
	CompletableFuture<List<EntityNode>> laboratoriesOfCity(EntityNode city, DataFetchingEnvironment env) {
		return this.lookahead.load(LocatedFields.LABORATORIES_OF_CITY, city, env);
	}

	@SchemaMapping(typeName = "InnovationZone", field = "cities")
	CompletableFuture<List<EntityNode>> citiesOfZone(EntityNode zone, DataFetchingEnvironment env) {
		return this.lookahead.load(LocatedFields.CITIES_OF_ZONE, zone, env);
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
		var byId = this.entities.located(ids(entities), new Located(kind, true, null), ReadAhead.nothing());
		var result = new HashMap<EntityNode, @Nullable EntityNode>();
		for (var entity : entities) {
			var places = byId.getOrDefault(entity.id(), List.of());
			result.put(entity, places.isEmpty() ? null : places.getFirst());
		}
		return result;
	}

}
