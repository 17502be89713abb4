package org.innograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since migration V0005 the only index on an entity's or a fact's id is the constraint on
 * {@code :Sourced} ids. A query that looks up {@code (e:Entity {id: $id})} without that
 * label still answers right, only by scanning every entity, so no other test would
 * notice; this one reads the service's Cypher and refuses that form.
 */
class IdLookupTests {

	/**
	 * A node pattern with Entity or Fact and an id, e.g. {@code (e:Entity {id: $id})}.
	 */
	private static final Pattern BY_ID = Pattern.compile("\\(\\w*((?::\\w+)*:(?:Entity|Fact)(?::\\w+)*)\\s*\\{id:");

	/** The same in a WHERE, e.g. {@code (f:Fact) WHERE f.id IN $ids}. */
	private static final Pattern WHERE_ID = Pattern
		.compile("\\((\\w+)((?::\\w+)*:(?:Entity|Fact)(?::\\w+)*)\\)\\s*WHERE\\s+\\1\\.id\\b");

	@Test
	void everyLookupOfAnEntityOrAFactByIdNamesTheSourcedLabel() throws IOException {
		var unindexed = new ArrayList<String>();
		var scanned = 0;
		try (var files = Files.walk(Path.of("src/main/java"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var text = Files.readString(file);
				for (var matcher = BY_ID.matcher(text); matcher.find();) {
					scanned++;
					if (!matcher.group(1).contains(":Sourced")) {
						unindexed.add(file.getFileName() + ": " + matcher.group());
					}
				}
				for (var matcher = WHERE_ID.matcher(text); matcher.find();) {
					scanned++;
					if (!matcher.group(2).contains(":Sourced")) {
						unindexed.add(file.getFileName() + ": " + matcher.group());
					}
				}
			}
		}
		assertThat(scanned).as("lookups by id found in the service's queries").isGreaterThan(20);
		assertThat(unindexed).as("lookups by id that would scan every entity or fact").isEmpty();
	}

	@Test
	void thePatternsRecogniseBothFormsAndTheSourcedLabel() {
		assertThat(BY_ID.matcher("MATCH (e:Entity {id: $id})").find()).isTrue();
		assertThat(BY_ID.matcher("MATCH (:Fact:Relation {id: row.id})").find()).isTrue();
		var indexed = BY_ID.matcher("MATCH (e:Sourced:Entity {id: $id})");
		assertThat(indexed.find()).isTrue();
		assertThat(indexed.group(1)).contains(":Sourced");
		assertThat(WHERE_ID.matcher("OPTIONAL MATCH (f:Fact) WHERE f.id IN $ids").find()).isTrue();
		assertThat(WHERE_ID.matcher("MATCH (d:Document) WHERE d.id IN $ids").find()).isFalse();
	}

}
