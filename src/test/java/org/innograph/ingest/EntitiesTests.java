package org.innograph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The entities a text's facts name ({@link Entities}): kinds by a name's ending, and one
 * stable id per candidate.
 */
class EntitiesTests {

	@ParameterizedTest(name = "{0} is a {1}")
	@CsvSource({ "浙江省, Province", "杭州市, City", "西湖区, County", "杭州高新区, HighTechZone", "之江实验室, Laboratory",
			"浙江大学, Organisation", "浙江省科技厅, Department", "杭州城西科创大走廊, InnovationZone", "全国科技进步先进市称号, Award",
			"创新驱动发展战略, Policy" })
	void aNamesEndingGivesItsKind(String name, String kind) {
		assertThat(Entities.kindOf(name)).isEqualTo(kind);
	}

	@Test
	void aCandidateNamedTwiceIsOneEntityWithOneStableIdAndTheGraphsOwnKeepsItsId() {
		var text = "加快建设南太湖科创走廊，南太湖科创走廊对接杭州城西科创大走廊。";
		var entities = new Entities(SeedGazetteer.load(), NormalisedText.of(text));
		var first = entities.candidateAt("南太湖科创走廊", text.indexOf("南太湖"));
		var again = entities.candidateAt("南太湖科创走廊", text.lastIndexOf("南太湖"));
		assertThat(first).isEqualTo(again).startsWith("iz-");
		assertThat(entities.candidateAt("杭州城西科创大走廊", text.indexOf("杭州城西"))).isEqualTo("iz-chengxi-corridor");
		assertThat(entities.all()).extracting(e -> e.name(), e -> e.existing(), e -> e.start())
			.as("in the order first named, a candidate where the text first names it")
			.containsExactly(tuple("南太湖科创走廊", false, text.indexOf("南太湖")), tuple("杭州城西科创大走廊", true, null));
	}

}
