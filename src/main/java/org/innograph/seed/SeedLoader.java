package org.innograph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.innograph.store.GraphStore;
import org.innograph.store.StoreSetUp;
import org.innograph.store.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the curated seed at start-up when the graph does not hold this version of it yet
 * (keyed by the checksum of the file and its documents). The load is one transaction of
 * batched {@code MERGE}s on constrained ids: it completes or leaves the graph as it was,
 * and running it again changes nothing. It runs after the migrations and before the HTTP
 * port opens.
 */
@Component
class SeedLoader {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	/**
	 * Part of the seed's checksum: raise it when the way the seed is written changes, so
	 * that stores loaded by an older version are brought up to date at the next start.
	 */
	static final int WRITER_VERSION = 4;

	/**
	 * What the seed's facts are marked as loaded by: a fact removed from the seed is
	 * removed from the graph at its next load.
	 */
	static final String LOADED_BY = "seed";

	private final GraphStore store;

	private final SeedProperties properties;

	private final ResourceLoader resources;

	/** Loads the seed as a step of the store's set-up, after the migrations. */
	SeedLoader(GraphStore store, SeedProperties properties, ResourceLoader resources, StoreSetUp setUp) {
		this.store = store;
		this.properties = properties;
		this.resources = resources;
		setUp.add(10, "seed", () -> {
			if (this.properties.enabled()) {
				loadIfMissing();
			}
		});
	}

	/** Loads the seed unless this version of it is in the graph; true when it loaded. */
	boolean loadIfMissing() {
		var yaml = read(this.properties.location());
		var seed = YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build()
			.readValue(yaml, SeedFile.class);
		var files = new HashMap<String, byte[]>();
		var checksumInput = new StringBuilder("writer " + WRITER_VERSION + "\n").append(Sha256.hex(yaml));
		for (var document : seed.documents()) {
			if (document.file() != null) {
				var bytes = read(this.properties.location().replaceFirst("[^/]*$", "documents/" + document.file()));
				files.put(document.file(), bytes);
				checksumInput.append(Sha256.hex(bytes));
			}
		}
		var checksum = Sha256.hex(checksumInput.toString());
		var loaded = this.store.readForMaintenance(
				"MATCH (s:SeedLoad {checksum: $checksum}) RETURN count(s) > 0 AS loaded", Map.of("checksum", checksum),
				r -> r.get("loaded").asBoolean());
		if (loaded.getFirst()) {
			log.info("Seed {} is already in the graph", checksum.substring(0, 12));
			return false;
		}
		var graph = SeedGraph.of(seed, files);
		this.store.writeForMaintenance(tx -> {
			graph.write(tx, LOADED_BY);
			tx.run("""
					MERGE (s:SeedLoad {checksum: $checksum})
					ON CREATE SET s.loadedAt = datetime(), s.location = $location,
					  s.entities = $entities, s.facts = $facts, s.sources = $sources
					""",
					Map.of("checksum", checksum, "location", this.properties.location(), "entities",
							graph.entities().size(), "facts", graph.facts().size() + graph.relations().size(),
							"sources", graph.sources().size()))
				.consume();
			return null;
		});
		log.info("Loaded seed {}: {} documents, {} entities, {} facts, {} sources", checksum.substring(0, 12),
				graph.documents().size(), graph.entities().size(), graph.facts().size() + graph.relations().size(),
				graph.sources().size());
		return true;
	}

	private byte[] read(String location) {
		try (var in = this.resources.getResource(location).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed at " + location, ex);
		}
	}

}
