package org.innograph.seed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.innograph.seed.SeedFile.DocumentEntry;
import org.innograph.seed.SeedFile.EntityEntry;
import org.innograph.seed.SeedFile.FactEntry;
import org.innograph.seed.SeedFile.SourceEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The seed is checked whole before anything is written, and every problem is named. */
class SeedGraphTests {

	static final String TEXT = "您現(xiàn)在的位置: 網(wǎng)\n標題\n杭州第5、寧波第13位。\n文章錄入:x\n垃圾";

	static final DocumentEntry ARTICLE = new DocumentEntry("doc", "PRIMARY", "ARTICLE", "標題", null, null, null, null,
			"2023-04-20", null, "a.txt", "zh-Hant");

	static final EntityEntry NINGBO = new EntityEntry("city-ningbo", "City", "宁波市", "寧波市", "Ningbo", "Níngbō Shì",
			List.of(), null, null, "330200", null, null, List.of(new SourceEntry("doc", "寧波第13位", null, null)));

	static FactEntry ranking(String id, String subject, String quote) {
		return new FactEntry(id, "RANKING", 18, null, null, List.of(new SourceEntry("doc", quote, null, null)), subject,
				null, null, null, null, null, null, null, null, null, 13, "国家高新区", null, 2022, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
	}

	static SeedGraph build(List<EntityEntry> entities, List<FactEntry> facts) {
		return SeedGraph.of(new SeedFile(List.of(ARTICLE), entities, facts),
				Map.of("a.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void buildsRowsWithOffsetsIntoTheCleanedText() {
		var graph = build(List.of(NINGBO), List.of(ranking("a18", "city-ningbo", "寧波第13位")));
		assertThat(graph.documents().getFirst().get("text")).isEqualTo("標題\n杭州第5、寧波第13位。");
		@SuppressWarnings("unchecked")
		var props = (Map<String, Object>) graph.sources().getFirst().get("props");
		assertThat(props).containsEntry("start", 8).containsEntry("end", 14).containsEntry("verbatim", true);
		@SuppressWarnings("unchecked")
		var keys = (List<Map<String, Object>>) graph.entities().getFirst().get("keys");
		assertThat(keys).extracting(k -> k.get("key")).contains("宁波市", "宁波", "寧波", "ningbo", "ningboshi");
	}

	@Test
	void refusesTheWholeSeedAndNamesEveryProblem() {
		assertThatExceptionOfType(SeedException.class)
			.isThrownBy(() -> build(List.of(NINGBO, NINGBO),
					List.of(ranking("a17", "city-nowhere", "杭州第5"), ranking("a99", "city-ningbo", "垃圾"),
							ranking("a98", "city-ningbo", "現(xiàn)在"))))
			.withMessageContaining("entity city-ningbo is defined twice")
			.withMessageContaining("fact a17 refers to unknown entity city-nowhere")
			.withMessageContaining("quote «垃圾» does not occur in the text of doc")
			.withMessageContaining("holds a pinyin gloss");
	}

}
