package org.innograph.entity;

import java.util.List;
import java.util.Set;

/** The fixed words of the graph: entity kinds (labels) and relation types. */
public final class Vocabulary {

	/** Entity kinds; each is also a node label and a GraphQL type. */
	public static final Set<String> KINDS = Set.of("Country", "Department", "Organisation", "Province", "City",
			"County", "HighTechZone", "Laboratory", "InnovationZone", "Award", "Policy", "Event");

	/** Kinds whose names drop a 省/市/县/区 suffix in everyday use: 杭州市 is also 杭州. */
	public static final Set<String> ADMINISTRATIVE = Set.of("Province", "City", "County");

	/** Stated relations between entities; each is also a relationship type. */
	public static final List<String> RELATION_TYPES = List.of("LOCATED_IN", "ADVANCES", "BASED_ON", "EXHIBITED_AT",
			"ORGANISED_BY", "PUBLISHED", "NAMED_AFTER", "PARTICIPATES_IN", "REFORMS", "FOLLOWS", "CONTRIBUTES_TO",
			"PART_OF");

	/** The link from an entity to a title or zone it holds, mirroring a designation. */
	public static final String HOLDS = "HOLDS";

	private Vocabulary() {
	}

}
