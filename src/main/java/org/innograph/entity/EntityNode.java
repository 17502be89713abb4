package org.innograph.entity;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.innograph.store.Values;

/**
 * An entity of any kind, as the API shows it; {@code kind} names its GraphQL type.
 */
public record EntityNode(String id, String kind, String name, Names names, @Nullable String level,
		@Nullable String category, @Nullable String adminCode, @Nullable String adminKind,
		@Nullable String established) {

	/**
	 * The map projection that {@link #from(Value)} reads, for a node bound to {@code e}.
	 */
	public static final String PROJECTION = projection("e");

	/**
	 * The map projection that {@link #from(Value)} reads, for a node bound to {@code e}.
	 */
	public static String projection(String e) {
		return "%s { .id, .kind, .name, .zhHant, .en, .pinyin, .aliases, .level, .category, .adminCode, .adminKind, .established }"
			.formatted(e);
	}

	public static EntityNode from(Value e) {
		var name = e.get("name").asString();
		return new EntityNode(e.get("id").asString(), e.get("kind").asString(), name,
				new Names(name, Values.string(e.get("zhHant")), Values.string(e.get("en")),
						Values.string(e.get("pinyin")), Values.strings(e.get("aliases"))),
				Values.string(e.get("level")), Values.string(e.get("category")), Values.string(e.get("adminCode")),
				Values.string(e.get("adminKind")), Values.string(e.get("established")));
	}

}
