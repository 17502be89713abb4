package org.innograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.innograph.ingest.Gazetteer.Known;
import org.innograph.reference.Division;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The dictionary of the seed's entities, read from facts.yaml without a store: the same
 * names the graph holds once the seed is loaded.
 */
final class SeedGazetteer {

	static final Path SEED_ARTICLE = Path.of("graph-schema/seed/documents/000_f7761f349029cf22.txt");

	static final Path HIGH_TECH_ZONES = Path.of("graph-schema/reference/high-tech-zones.csv");

	static final Path GOLD = Path.of("graph-schema/corpus/seed/000_f7761f349029cf22.json");

	private SeedGazetteer() {
	}

	static Gazetteer load() {
		return new Gazetteer(seedEntities(), ExtractionTests.RULES.places().known());
	}

	/**
	 * The seed's entities, China's divisions and the national high-tech zones, as the
	 * graph holds them once the service has started: the dictionary
	 * {@code ingest --evaluate} links against.
	 */
	static Gazetteer withDivisions() {
		var known = new ArrayList<>(seedEntities());
		var seedNames = new HashSet<String>();
		known.forEach(k -> seedNames.add(k.name()));
		for (var d : Division.bundled()) {
			if (!seedNames.contains(d.zhHans())) {
				known.add(new Known(d.defaultId(), d.entityKind(), d.zhHans(), d.zhHant(), d.aliases()));
			}
		}
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (var parser = format.parse(Files.newBufferedReader(HIGH_TECH_ZONES))) {
			for (var row : parser) {
				var shortName = row.get("shortName");
				// As the reference loader: only a zone the graph holds already stands for
				// it
				// (a county-level division of the same name, 长春高新技术产业开发区, does not).
				if (known.stream()
					.anyMatch(k -> k.kind().equals("HighTechZone")
							&& (k.aliases().contains(shortName) || k.name().equals(row.get("name"))))) {
					continue;
				}
				// <city>国家高新区 the dictionary derives from the short name itself.
				var aliases = new ArrayList<>(List.of(shortName));
				if (!row.get("aliases").isBlank()) {
					aliases.addAll(List.of(row.get("aliases").split("\\|")));
				}
				known.add(new Known("htz-" + row.get("name"), "HighTechZone", row.get("name"), null, aliases));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Gazetteer(known, ExtractionTests.RULES.places().known());
	}

	@SuppressWarnings("unchecked")
	private static List<Known> seedEntities() {
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
			return known;
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
