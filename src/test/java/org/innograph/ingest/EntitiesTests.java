package org.innograph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The entities a text's facts name ({@link Entities}): kinds by a name's ending, and one
 * stable id per candidate.
 */
class EntitiesTests {

	@Test
	void aNamesEndingGivesItsKind() {
		assertThat(Entities.kindOf("浙江省")).isEqualTo("Province");
		assertThat(Entities.kindOf("杭州市")).isEqualTo("City");
		assertThat(Entities.kindOf("西湖区")).isEqualTo("County");
		assertThat(Entities.kindOf("杭州高新区")).isEqualTo("HighTechZone");
		assertThat(Entities.kindOf("之江实验室")).isEqualTo("Laboratory");
		assertThat(Entities.kindOf("浙江大学")).isEqualTo("Organisation");
		assertThat(Entities.kindOf("浙江省科技厅")).isEqualTo("Department");
		assertThat(Entities.kindOf("杭州城西科创大走廊")).isEqualTo("InnovationZone");
		assertThat(Entities.kindOf("全国科技进步先进市称号")).isEqualTo("Award");
		assertThat(Entities.kindOf("创新驱动发展战略")).isEqualTo("Policy");
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
