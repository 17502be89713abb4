package org.innograph.entity;

import java.util.List;

import org.innograph.entity.Entities.Located;
import org.innograph.filter.Inputs.EntityWhere;
import org.innograph.lookahead.ChildField;
import org.innograph.system.Batches.ParentKey;
import org.jspecify.annotations.Nullable;

/**
 * The fields that list the entities located in an entity (the cities of a province) or
 * that it lies in (the cities of an innovation zone): the one table of them, which their
 * fetchers load through and reading ahead brings along.
 */
final class LocatedFields {

	/** The data loader of them all, keyed by parent and {@link Located}. */
	static final String LOADER = "located";

	static final ChildField<EntityNode, @Nullable EntityWhere, EntityNode> CITIES_OF_PROVINCE = inward("Province",
			"cities", "City");

	static final ChildField<EntityNode, @Nullable EntityWhere, EntityNode> COUNTIES_OF_CITY = inward("City", "counties",
			"County");

	static final ChildField<EntityNode, @Nullable EntityWhere, EntityNode> HIGH_TECH_ZONES_OF_CITY = inward("City",
			"highTechZones", "HighTechZone");

	static final ChildField<EntityNode, @Nullable EntityWhere, EntityNode> LABORATORIES_OF_CITY = inward("City",
			"laboratories", "Laboratory");

	static final ChildField<EntityNode, @Nullable EntityWhere, EntityNode> CITIES_OF_ZONE = outward("InnovationZone",
			"cities", "City");

	static final List<ChildField<EntityNode, @Nullable EntityWhere, EntityNode>> ALL = List.of(CITIES_OF_PROVINCE,
			COUNTIES_OF_CITY, HIGH_TECH_ZONES_OF_CITY, LABORATORIES_OF_CITY, CITIES_OF_ZONE);

	private LocatedFields() {
	}

	/** The entities of {@code kind} located in one of {@code type}. */
	private static ChildField<EntityNode, @Nullable EntityWhere, EntityNode> inward(String type, String field,
			String kind) {
		return located(type, field, kind, false);
	}

	/** The entities of {@code kind} that one of {@code type} lies in. */
	private static ChildField<EntityNode, @Nullable EntityWhere, EntityNode> outward(String type, String field,
			String kind) {
		return located(type, field, kind, true);
	}

	private static ChildField<EntityNode, @Nullable EntityWhere, EntityNode> located(String type, String field,
			String kind, boolean outward) {
		return new ChildField<EntityNode, @Nullable EntityWhere, EntityNode>(type, field, LOADER,
				arguments -> arguments.get("where", EntityWhere.class),
				(parent, where) -> new ParentKey<>(parent.id(), new Located(kind, outward, where)),
				// Read ahead for entities of any kind: the field is only that type's.
				(node, where, along, conditions) -> "CASE WHEN %s.kind = %s THEN %s END".formatted(node,
						conditions.params().add(type),
						Entities.located(node, new Located(kind, outward, where), along, conditions)),
				Entities::alongWith);
	}

}
