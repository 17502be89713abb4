package org.innograph.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.innograph.store.GraphStore;
import org.innograph.store.Sha256;
import org.neo4j.driver.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every node (labels and properties) and every relationship (type, the nodes at its ends
 * and properties) of a store as sorted text, so that two stores can be compared whole. A
 * relationship names its nodes by a hash of their text: element ids differ between
 * stores.
 */
record GraphContents(List<String> nodes, List<String> relationships) {

	static GraphContents of(GraphStore store) {
		var keys = new HashMap<String, String>();
		var nodes = new ArrayList<String>();
		store.readForMaintenance("""
				MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion
				RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
				""", Map.of(), r -> {
			var text = r.get("labels").asList(Value::asString).stream().sorted().toList() + " "
					+ canonical(r.get("properties"));
			keys.put(r.get("id").asString(), Sha256.hex(text).substring(0, 20));
			nodes.add(text);
			return text;
		});
		var relationships = new ArrayList<String>(store.readForMaintenance(
				"""
						MATCH (a)-[r]->(b) WHERE NOT a:Migration AND NOT a:GraphVersion AND NOT b:Migration AND NOT b:GraphVersion
						RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS properties
						""",
				Map.of(), r -> "(" + keys.get(r.get("start").asString()) + ")-[" + r.get("type").asString() + " "
						+ canonical(r.get("properties")) + "]->(" + keys.get(r.get("end").asString()) + ")"));
		nodes.sort(null);
		relationships.sort(null);
		return new GraphContents(nodes, relationships);
	}

	/** Properties as text that keeps each value's type. */
	private static String canonical(Value value) {
		return switch (value.type().name()) {
			case "MAP" -> new TreeMap<>(value.asMap(GraphContents::canonical)).toString();
			case "LIST" -> value.asList(GraphContents::canonical).toString();
			default -> value.type().name() + ":" + value.asObject();
		};
	}

	/** Fails at the first node or relationship that differs, naming both sides. */
	void assertSameAs(GraphContents expected) {
		same("node", this.nodes, expected.nodes);
		same("relationship", this.relationships, expected.relationships);
	}

	private static void same(String what, List<String> actual, List<String> expected) {
		for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
			if (!actual.get(i).equals(expected.get(i))) {
				fail("The %d-th %s (sorted) differs:%n expected %s%n but was  %s", i, what, expected.get(i),
						actual.get(i));
			}
		}
		assertThat(actual.size()).as(what + "s").isEqualTo(expected.size());
	}

}
