package org.innograph.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.innograph.reference.Division;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated graph is a function of its seed and scale, and keeps the model's rules:
 * ids unique, every fact sourced, every verbatim quote at its offsets in its document.
 */
class SyntheticGraphTests {

	private static List<Chunk> chunks(long seed, double scale) {
		return new SyntheticGraph(seed, scale).chunks().stream().map(s -> s.get()).toList();
	}

	@Test
	void theSameSeedAndScaleGiveTheSameRowsAndAnotherSeedOtherNames() {
		var once = chunks(7, 0.1);
		var again = chunks(7, 0.1);
		assertThat(again).isEqualTo(once);
		var other = chunks(8, 0.1);
		assertThat(names(other.get(1))).isNotEqualTo(names(once.get(1)));
	}

	private static List<String> names(Chunk chunk) {
		return chunk.entities().stream().map(e -> String.valueOf(((Map<?, ?>) e.get("props")).get("name"))).toList();
	}

	@Test
	void scaleOneHasTheProvincesCitiesAndZonesItPromises() {
		var kinds = new HashMap<String, Integer>();
		for (var chunk : chunks(42, 1)) {
			for (var e : chunk.entities()) {
				kinds.merge((String) e.get("kind"), 1, Integer::sum);
			}
		}
		assertThat(kinds).containsEntry("Province", 34)
			.containsEntry("City", 340)
			.containsEntry("County", 1360)
			.containsEntry("HighTechZone", 510)
			.containsEntry("Laboratory", 1020)
			.containsEntry("Organisation", 2720);
	}

	@Test
	void realPlacesAreChinasCitiesAndCountiesWithTheirCodes() {
		var divisions = new HashMap<String, Division>();
		Division.bundled().forEach(d -> divisions.put(d.code(), d));
		var kinds = new HashMap<String, Integer>();
		var parents = new HashMap<String, String>();
		var codes = new HashMap<String, String>();
		for (var chunk : new SyntheticGraph(42, 1, true).chunks().stream().map(s -> s.get()).toList()) {
			for (var e : chunk.entities()) {
				var kind = (String) e.get("kind");
				kinds.merge(kind, 1, Integer::sum);
				var props = (Map<?, ?>) e.get("props");
				if (kind.equals("City") || kind.equals("County")) {
					var division = divisions.get((String) props.get("adminCode"));
					assertThat(division).as("a real code: %s", props).isNotNull();
					assertThat(props.get("name")).isEqualTo(division.zhHans());
					codes.put((String) e.get("id"), division.code());
				}
			}
			for (var r : chunk.relations()) {
				if ("LOCATED_IN".equals(r.get("type"))) {
					parents.put((String) r.get("fromId"), (String) r.get("toId"));
				}
			}
		}
		long realCities = divisions.values().stream().filter(d -> d.level().equals("PREFECTURE")).count();
		long realCountiesInCities = divisions.values()
			.stream()
			.filter(d -> d.level().equals("COUNTY") && divisions.get(d.parent()).level().equals("PREFECTURE"))
			.count();
		assertThat(kinds).containsEntry("Province", 34)
			.containsEntry("City", (int) realCities)
			.containsEntry("County", (int) realCountiesInCities);
		// Each county lies in its real city.
		codes.forEach((id, code) -> {
			if (id.startsWith("gen-county-")) {
				assertThat(codes.get(parents.get(id))).isEqualTo(divisions.get(code).parent());
			}
		});
		// Below scale 1, the first of each province's cities.
		var small = new HashMap<String, Integer>();
		new SyntheticGraph(42, 0.05, true).chunks()
			.forEach(s -> s.get().entities().forEach(e -> small.merge((String) e.get("kind"), 1, Integer::sum)));
		assertThat(small.get("City")).isBetween(27, 40);
	}

	@Test
	void idsAreUniqueEveryFactIsSourcedAndQuotesStandAtTheirOffsets() {
		var ids = new HashSet<String>();
		var texts = new HashMap<String, String>();
		var sources = new ArrayList<Map<String, Object>>();
		for (var chunk : chunks(42, 0.2)) {
			for (var d : chunk.documents()) {
				if (d.get("text") != null) {
					texts.put((String) d.get("id"), (String) d.get("text"));
				}
			}
			sources.addAll(chunk.sources());
			for (var rows : List.of(chunk.entities(), chunk.facts(), chunk.relations())) {
				for (var row : rows) {
					assertThat(ids.add((String) row.get("id"))).as("id %s is new", row.get("id")).isTrue();
					assertThat((List<?>) row.get("sourceIds")).as("sources of %s", row.get("id")).isNotEmpty();
				}
			}
		}
		for (var source : sources) {
			@SuppressWarnings("unchecked")
			var props = (Map<String, Object>) source.get("props");
			if (Boolean.TRUE.equals(props.get("verbatim"))) {
				var text = texts.get((String) source.get("documentId"));
				assertThat(text.substring((int) props.get("start"), (int) props.get("end")))
					.isEqualTo(props.get("quote"));
			}
		}
	}

}
