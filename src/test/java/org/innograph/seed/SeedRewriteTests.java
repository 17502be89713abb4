package org.innograph.seed;

import java.util.List;
import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.innograph.seed.SeedFile.DocumentEntry;
import org.innograph.seed.SeedFile.EntityEntry;
import org.innograph.seed.SeedFile.FactEntry;
import org.innograph.seed.SeedFile.SourceEntry;
import org.innograph.seed.SeedGraph.Existing;
import org.innograph.seed.SeedGraph.HeldText;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edited seed, loaded again, is the whole new truth of what it holds: a designation
 * moved to another holder keeps no shortcut from the old one, a fact removed from the
 * file leaves the graph with the source only it cited, and a renamed entity is no longer
 * found by its old name.
 */
@EmbeddedServiceTest
class SeedRewriteTests {

	static final String LOADED_BY = "seed-rewrite-test";

	static final String TEXT = "写重甲市获评写重称号。写重乙市新增企业30家。";

	static final DocumentEntry DOCUMENT = new DocumentEntry("sr-doc", "PRIMARY", "ARTICLE", "写重", null, null, null,
			null, "2026-12-04", null, "sr.txt", "zh-Hans");

	@Autowired
	GraphStore store;

	@AfterEach
	void removeTestSeed() {
		this.store.write(tx -> {
			tx.run("MATCH (n:Sourced) WHERE n.id STARTS WITH 'sr-' DETACH DELETE n").consume();
			tx.run("MATCH (d:Document {id: 'sr-doc'}) OPTIONAL MATCH (d)<-[:IN]-(s:Source) DETACH DELETE s, d")
				.consume();
			tx.run("MATCH (k:NameKey) WHERE k.key STARTS WITH '写重' OR k.key STARTS WITH 'srtest' DETACH DELETE k")
				.consume();
			return null;
		});
	}

	static EntityEntry city(String id, String name, String en) {
		return new EntityEntry(id, "City", name, null, en, null, List.of(), null, null, null, null, null,
				List.of(source("写重甲市获评写重称号")));
	}

	static SourceEntry source(String quote) {
		return new SourceEntry("sr-doc", quote, null, null);
	}

	static FactEntry designation(String holder) {
		return new FactEntry("sr-designation", "DESIGNATION", null, null, null, List.of(source("写重甲市获评写重称号")), null,
				"写重称号", null, null, null, null, null, null, null, null, null, null, null, null, null, holder, 2022,
				null, null, null, "sr-award", null, null, null, null, null, null);
	}

	static FactEntry metric() {
		return new FactEntry("sr-metric", "METRIC", null, null, null, List.of(source("新增企业30家")), "sr-city-b", "新增企业",
				null, 30.0, null, "count", "30家", null, "2022", null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
	}

	void write(List<EntityEntry> entities, List<FactEntry> facts) {
		var graph = SeedGraph.of(new SeedFile(List.of(DOCUMENT), entities, facts),
				Map.of("sr.txt", new HeldText(TEXT, "0".repeat(64))), Existing.NONE);
		this.store.write(tx -> {
			graph.write(tx, LOADED_BY);
			return null;
		});
	}

	List<String> strings(String cypher) {
		return this.store.read(cypher, Map.of(), r -> r.get(0).asString());
	}

	@Test
	void anEditedSeedLoadsAsTheWholeNewTruth() {
		var award = new EntityEntry("sr-award", "Award", "写重称号", null, null, null, List.of(), null, null, null, null,
				null, List.of(source("写重甲市获评写重称号")));
		write(List.of(award, city("sr-city-a", "写重甲市", "SRTest Alpha"), city("sr-city-b", "写重乙市", "SRTest Beta")),
				List.of(designation("sr-city-a"), metric()));
		assertThat(strings("MATCH (h)-[r:HOLDS {factId: 'sr-designation'}]->(a) RETURN h.id + '>' + a.id"))
			.containsExactly("sr-city-a>sr-award");

		write(List.of(award, city("sr-city-a", "写重甲市", "SRTest Alpha Renamed"),
				city("sr-city-b", "写重乙市", "SRTest Beta")), List.of(designation("sr-city-b")));

		assertThat(strings("MATCH (h)-[r:HOLDS {factId: 'sr-designation'}]->(a) RETURN h.id + '>' + a.id"))
			.containsExactly("sr-city-b>sr-award");
		assertThat(strings("MATCH (:Fact {id: 'sr-designation'})-[l]->(e:Entity) RETURN type(l) + ' ' + e.id"))
			.containsExactlyInAnyOrder("ABOUT sr-city-b", "OF_AWARD sr-award");
		assertThat(strings("MATCH (f:Fact {id: 'sr-metric'}) RETURN f.id")).isEmpty();
		assertThat(strings("MATCH (s:Source {quote: '新增企业30家'}) RETURN s.id")).as("the quote only it cited").isEmpty();
		assertThat(strings(
				"MATCH (k:NameKey)<-[:KNOWN_AS]-(e {id: 'sr-city-a'}) WHERE k.key STARTS WITH 'srtest' RETURN k.key"))
			.containsExactly("srtestalpharenamed");
		assertThat(strings("MATCH (k:NameKey {key: 'srtestalpha'}) RETURN k.key")).isEmpty();
	}

}
