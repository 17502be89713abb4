package org.innograph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.innograph.ingest.Gazetteer.Known;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer's test of a subject: the entity the fact names against the name the gold
 * gives, by name or by identity in the dictionary, never by a loose match.
 */
class EvaluationTests {

	private static final Gazetteer DICTIONARY = new Gazetteer(
			List.of(new Known("city-330600", "City", "绍兴市", null, List.of("绍兴")),
					new Known("county-330603", "County", "柯桥区", null, List.of("柯桥")),
					new Known("county-330602", "County", "越城区", null, List.of("越城")),
					new Known("zone-changsha", "HighTechZone", "长沙高新技术产业开发区", null, List.of("长沙高新区"))));

	private static final Evaluation.Entities PROPOSED = new Evaluation.Entities(Map.of("county-330603", "柯桥区",
			"zone-changsha", "长沙高新技术产业开发区", "city-330600", "绍兴市", "candidate-1", "浙江网上技术市场"), DICTIONARY);

	@Test
	void aNameQualifiedByItsParentDivisionIsThatDivision() {
		assertThat(PROPOSED.same("county-330603", "绍兴市柯桥区")).isTrue();
		assertThat(PROPOSED.same("city-330600", "绍兴市柯桥区")).isFalse();
		assertThat(PROPOSED.same("county-330603", "绍兴市越城区")).isFalse();
	}

	@Test
	void anAliasTheDictionaryKnowsIsTheEntity() {
		assertThat(PROPOSED.same("zone-changsha", "长沙高新区")).isTrue();
		assertThat(PROPOSED.same("city-330600", "长沙高新区")).isFalse();
	}

	@Test
	void namesTheDictionaryDoesNotKnowCompareByName() {
		assertThat(PROPOSED.same("candidate-1", "浙江网上技术市场")).isTrue();
		assertThat(PROPOSED.same("city-330600", "浙江网上技术市场")).isFalse();
		assertThat(PROPOSED.same("city-330600", "绍兴")).isTrue();
		assertThat(PROPOSED.same(null, "绍兴市")).isFalse();
		assertThat(PROPOSED.same("city-330600", null)).isTrue();
	}

	@Test
	void holdersOfOneDesignationInOneClauseAreEachFound() {
		var text = "湖北省科技工作会议召开\n枝江、赤壁、谷城、潜江4个县(市)获批国家创新型县(市)。\n";
		var proposal = GeneralisationTests.PIPELINE.propose(text.getBytes(StandardCharsets.UTF_8),
				SeedGazetteer.withDivisions(), "2023-08-05");
		var anchor = "潜江4个县(市)获批";
		var gold = new Evaluation.Gold(
				"T", null, null, null, "2023-08-05", null, null, null, null, List.of(designation(1, "枝江市", anchor),
						designation(2, "赤壁市", anchor), designation(3, "谷城县", anchor), designation(4, "潜江市", anchor)),
				null, null);
		var score = Evaluation.score("T", proposal, gold, SeedGazetteer.withDivisions());
		assertThat(score.recall()).isEqualTo(1.0);
		assertThat(score.lenientRecall()).as("each entry counted once, not the first four times").isEqualTo(1.0);
		assertThat(score.unfound()).isEmpty();
	}

	private static Evaluation.GoldFact designation(int ref, String holder, String anchor) {
		return new Evaluation.GoldFact(ref, "DESIGNATION", anchor, holder, "国家创新型县(市)", null, null, null, null, null,
				null, null, null, null, null, null);
	}

	@Test
	void aCountsNameIsTheSameWithOrWithoutTheWordForCount() {
		assertThat(NameAgreement.sameName("高新区数量", "高新区数")).isTrue();
		assertThat(NameAgreement.sameName("科技专家数量", "获得国家级人才称号科技专家数")).isTrue();
		assertThat(NameAgreement.sameName("高新区数量", "孵化器数量")).isFalse();
	}

}
