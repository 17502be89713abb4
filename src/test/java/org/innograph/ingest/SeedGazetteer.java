package org.innograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.ingest.Gazetteer.Known;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The dictionary of the seed's entities, read from facts.yaml without a store: the same
 * names the graph holds once the seed is loaded.
 */
final class SeedGazetteer {

	static final Path SEED_ARTICLE = Path.of("graph-schema/seed/documents/000_f7761f349029cf22.txt");

	static final Path GOLD = Path.of("graph-schema/corpus/seed/000_f7761f349029cf22.json");

	private SeedGazetteer() {
	}

	@SuppressWarnings("unchecked")
	static Gazetteer load() {
		try {
			var seed = YAMLMapper.builder()
				.build()
				.readValue(Files.readString(Path.of("graph-schema/seed/facts.yaml")), Map.class);
			var known = new ArrayList<Known>();
			for (var entity : (List<Map<String, Object>>) seed.get("entities")) {
				known.add(new Known((String) entity.get("id"), (String) entity.get("kind"),
						(String) entity.get("zhHans"), (String) entity.get("zhHant"),
						(List<String>) entity.getOrDefault("aliases", List.of())));
			}
			return new Gazetteer(known, ExtractionTests.RULES.places().known());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] seedArticle() {
		try {
			return Files.readAllBytes(SEED_ARTICLE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
